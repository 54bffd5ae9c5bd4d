import Foundation
import LastCallKit

/// Reads the files users name on the command line (`-` is standard input),
/// with a clear failure when one cannot be read. Standard input is bounded
/// like a file: `yes | lastcall parse -` stops at the limit with a message
/// instead of growing without end.
public enum InputFile {
    /// The largest file `lastcall` reads whole (scenario, rubric, replies),
    /// and the most it reads whole from standard input.
    public static let maximumSize = 64 * 1024 * 1024

    /// The limit as people say it: "64 MB".
    public static var limitText: String { "\(maximumSize / 1_048_576) MB" }

    /// The bytes of `path` resolved in `context`, or a failure naming it;
    /// `-` reads standard input through the console.
    public static func bytes(_ path: String, context: CommandContext) throws(CommandFailure) -> [UInt8] {
        if path == "-" { return try standardInput(context.console) }
        let url = try checkedFile(path, context: context)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure("\(TerminalText.inert(path)): cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }

    /// All of standard input, or a failure once it passes `maximumSize`
    /// (reading stops there: nothing past the limit is held).
    public static func standardInput(_ console: any Console, limit: Int = maximumSize) throws(CommandFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = console.readInput(maximumCount: min(1 << 16, limit + 1 - bytes.count))
            if chunk.isEmpty { return bytes }
            bytes += chunk
            if bytes.count > limit {
                throw CommandFailure("standard input is larger than the \(limit >= 1_048_576 ? "\(limit / 1_048_576) MB" : "\(limit)-byte") limit",
                                     hint: "save it to a file and check its size, or pass a smaller input")
            }
        }
    }

    /// A file handle on `path` for reading as a stream, after the same
    /// checks as `bytes` (there, a file, within the size limit).
    public static func open(_ path: String, context: CommandContext) throws(CommandFailure) -> FileHandle {
        let url = try checkedFile(path, context: context)
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw CommandFailure("\(TerminalText.inert(path)): cannot be read (check its permissions)")
        }
        return handle
    }

    /// The URL of `path` once it is known to be a file within the limit.
    private static func checkedFile(_ path: String, context: CommandContext) throws(CommandFailure) -> URL {
        let url = context.url(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .missing("\(TerminalText.inert(path)): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure("\(TerminalText.inert(path)): is a folder, not a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumSize {
            throw CommandFailure("\(TerminalText.inert(path)): file is \(size / 1_048_576) MB, larger than the \(limitText) limit")
        }
        return url
    }

    /// The YAML files under `path` (a file is returned as is), sorted, so a
    /// folder can be checked or listed as a whole.
    public static func yamlFiles(under path: String, context: CommandContext) throws(CommandFailure) -> [String] {
        let url = context.url(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .missing("\(TerminalText.inert(path)): no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: url.path) else {
            throw CommandFailure("\(TerminalText.inert(path)): cannot be read")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            files.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
        }
        return files.sorted()
    }
}
