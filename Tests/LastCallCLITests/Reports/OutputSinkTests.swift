import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// `export --output` to something other than a regular file: a device or a
/// named pipe is written in place, never replaced; a folder is refused.
@Suite struct OutputSinkTests {
    /// What a reader of a named pipe received, once the writer closed it.
    final class PipeReader: @unchecked Sendable {
        private let lock = NSLock()
        private var received: Data?
        private let done = DispatchSemaphore(value: 0)

        /// Starts reading the pipe at `path` to its end on another thread
        /// (opening it waits for a writer, as any reader's open does).
        init(path: String) {
            Thread.detachNewThread { [self] in
                let data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile()
                lock.withLock { received = data }
                done.signal()
            }
        }

        /// The bytes read; if no writer ever came, one is let in and out so
        /// the reader's open returns, and the result is empty.
        func finish(path: String) -> Data? {
            if done.wait(timeout: .now() + 2) == .timedOut {
                let fd = open(path, O_WRONLY | O_NONBLOCK)
                if fd >= 0 { close(fd) }
                _ = done.wait(timeout: .now() + 30)
            }
            return lock.withLock { received }
        }
    }

    @Test func devNullJustWorksAndStaysADevice() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line()])
        #expect(box.run(["export", "--format", "csv", "--output", "/dev/null"]) == 0, "\(box.console.errors)")
        #expect(box.console.output.isEmpty)
        #expect(box.console.errors.contains("wrote /dev/null (csv, 1 trainee)"))
        #expect(Platform.fileKind("/dev/null") == .characterDevice)
    }

    @Test(arguments: ["csv", "xapi"])
    func aNamedPipeGetsTheExportInPlace(format: String) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line(), ReportLines.line(day: 2)])
        #expect(box.run(["export", "--format", format]) == 0)
        let expected = box.console.output
        box.console.output = ""
        let fifo = box.root.appendingPathComponent("export.pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = PipeReader(path: fifo)
        #expect(box.run(["export", "--format", format, "--output", "export.pipe"]) == 0, "\(box.console.errors)")
        #expect(reader.finish(path: fifo).map { String(decoding: $0, as: UTF8.self) } == expected)
        #expect(Platform.fileKind(fifo) == .fifo)
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.root.path).sorted() == ["export.pipe", "progress"])
    }

    @Test func aFolderIsAClearErrorAndLeftAlone() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line()])
        try FileManager.default.createDirectory(at: box.root.appendingPathComponent("out"), withIntermediateDirectories: false)
        #expect(box.run(["export", "--format", "html", "--output", "out"]) == 1)
        #expect(box.console.errors.hasSuffix("lastcall: cannot write out: it is a folder\n  hint: name a file inside it for --output\n"))
        #expect(Platform.fileKind(box.root.appendingPathComponent("out").path) == .directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.root.appendingPathComponent("out").path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: box.root.path).sorted() == ["out", "progress"])
    }

    @Test func aRegularFileIsStillReplacedWhole() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line()])
        let file = box.root.appendingPathComponent("out.csv")
        try Data(String(repeating: "old export\n", count: 1000).utf8).write(to: file)
        #expect(box.run(["export", "--format", "csv", "--output", "out.csv"]) == 0)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("trainee,") && !written.contains("old export"))
        #expect(Platform.fileKind(file.path) == .regular)
    }

    @Test func fileKindFollowsLinks() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let link = box.root.appendingPathComponent("null-link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        #expect(Platform.fileKind(link) == .characterDevice)
        #expect(Platform.fileKind(box.progress.path) == .directory)
        #expect(Platform.fileKind(box.root.appendingPathComponent("nothing").path) == nil)
    }
}
