import Foundation
import LastCallKit

/// Where an export goes: standard output, or a file written atomically (a
/// temporary file beside it, renamed over it only when complete), so a
/// reader never sees a half-written export. A character device or a named
/// pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written directly instead:
/// renaming over it would replace the device, not write to it. Text is
/// buffered and written in large pieces.
final class OutputSink {
    private let console: any Console
    private let destination: URL?
    private let temporary: URL?
    private let handle: FileHandle?
    private var buffer = ""
    /// The first failed write to the file (a full disk), reported by `commit`.
    private var writeError: (any Error)?
    /// The file as the user named it, or nil for standard output.
    let path: String?

    /// Opens the sink: a temporary file beside `path`, or standard output.
    init(path: String?, context: CommandContext) throws(CommandFailure) {
        console = context.console
        self.path = path
        guard let path, path != "-" else {
            destination = nil; temporary = nil; handle = nil
            return
        }
        let url = context.url(for: path)
        switch Platform.fileKind(url.path) {
        case nil, .regular?:
            break
        case .characterDevice?, .fifo?:
            do {
                handle = try Platform.openStreamForWriting(url.path)
            } catch {
                throw CommandFailure("cannot write \(TerminalText.inert(path)): \(error.reason)")
            }
            destination = nil; temporary = nil
            return
        case .directory?:
            throw CommandFailure("cannot write \(TerminalText.inert(path)): it is a folder", hint: "name a file inside it for --output")
        case let other?:
            let what = other == .blockDevice ? "a block device (a disk)" : other == .socket ? "a socket" : "not a file"
            throw CommandFailure("will not write \(TerminalText.inert(path)): it is \(what)",
                                 hint: "--output takes a file, a named pipe or a device such as /dev/null")
        }
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("cannot write \(TerminalText.inert(path)): no folder \(TerminalText.inert(folder.path))")
        }
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil),
              let opened = try? FileHandle(forWritingTo: temp) else {
            throw CommandFailure("cannot write \(TerminalText.inert(path)): cannot create a file in \(TerminalText.inert(folder.path)) (check its permissions)")
        }
        destination = url; temporary = temp; handle = opened
    }

    /// Appends `text`.
    func write(_ text: String) {
        buffer += text
        if buffer.utf8.count >= 1 << 20 { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        if let handle {
            // write(contentsOf:) throws where write(_:) would crash (ENOSPC).
            if writeError == nil {
                do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { writeError = error }
            }
        } else {
            console.write(buffer)
        }
        buffer = ""
    }

    /// Finishes: flushes, and for a file renames the temporary file over it.
    func commit() throws(CommandFailure) {
        flush()
        // A device or a pipe: written in place, nothing to sync or rename.
        if let handle, temporary == nil {
            do {
                if let writeError { throw writeError }
                try handle.close()
            } catch {
                throw CommandFailure("cannot write \(TerminalText.inert(path ?? "")): \(error.localizedDescription)")
            }
            return
        }
        guard let handle, let temporary, let destination else { return }
        do {
            if let writeError { throw writeError }
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw CommandFailure("cannot write \(TerminalText.inert(path ?? "")): \(error.localizedDescription)")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            discard()
            throw CommandFailure("cannot replace \(TerminalText.inert(destination.path)) (check its permissions)")
        }
    }

    /// Abandons a file export: removes the temporary file, leaves any
    /// earlier export untouched.
    func discard() {
        buffer = ""
        try? handle?.close()
        if let temporary { try? FileManager.default.removeItem(at: temporary) }
    }
}
