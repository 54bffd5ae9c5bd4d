import Foundation
import LastCallKit

/// Reads the files users name on the command line (`-` is standard input),
/// with a clear failure when one cannot be read.
public enum InputFile {
    /// The largest file `lastcall` reads whole (scenario, rubric, replies).
    public static let maximumSize = 64 * 1024 * 1024

    /// The bytes of `path` resolved in `context`, or a failure naming it.
    public static func bytes(_ path: String, context: CommandContext) throws(CommandFailure) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [UInt8](data)
        }
        let url = context.url(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(TerminalText.inert(path)): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandFailure("\(TerminalText.inert(path)): is a folder, not a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumSize {
            throw CommandFailure("\(TerminalText.inert(path)): file is \(size / 1_048_576) MB, larger than the \(maximumSize / 1_048_576) MB limit")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure("\(TerminalText.inert(path)): cannot be read (check its permissions)")
        }
        return [UInt8](data)
    }

    /// The YAML files under `path` (a file is returned as is), sorted, so a
    /// folder can be checked or listed as a whole.
    public static func yamlFiles(under path: String, context: CommandContext) throws(CommandFailure) -> [String] {
        let url = context.url(for: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CommandFailure("\(TerminalText.inert(path)): no such file or folder")
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
