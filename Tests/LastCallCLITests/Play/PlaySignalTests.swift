import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// Signals sent to the real `lastcall` binary in the middle of a session:
/// the session must be in the progress file afterwards, abandoned, with the
/// reply given and the half-typed line.
@Suite(.serialized) struct PlaySignalTests {
    /// The built `lastcall` beside the test bundle.
    static func binary() throws -> URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lastcall"),
            Workspace.packageRoot.appendingPathComponent(".build/debug/lastcall"),
        ]
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try #require(found, "build the lastcall executable first (swift build); looked at \(candidates.map(\.path))")
    }

    static let firstReply = "I'm so sorry about this. I'll take care of it myself."
    static let halfTyped = "I'll call you back by 4"

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        return workspace
    }

    /// Starts `lastcall play late` with `input` and `output` as its standard
    /// input and output.
    func start(in workspace: Workspace, arguments: [String], input: Any, output: Any) throws -> Process {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = ["play", "late", "--trainee", "sam", "--progress", "p", "--seed", "1"] + arguments
        process.currentDirectoryURL = workspace.root
        process.environment = ["HOME": workspace.root.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin", "COLUMNS": "80"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits up to `seconds` for `condition`.
    func wait(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }

    /// Waits for `process` to end (killing it after 30 s so a hang fails
    /// the test instead of stopping the run).
    func finish(_ process: Process) -> Bool {
        if wait(seconds: 30, until: { !process.isRunning }) { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    /// Waits until `process` catches `signal` (on Linux, its
    /// `/proc/PID/status` shows it caught: the dispatch source's handler);
    /// elsewhere waits two seconds. False when it never does, as when the
    /// tests run where the signal is ignored (under `nohup`, or as a
    /// background job for SIGINT): `lastcall` then leaves it ignored.
    func waitUntilCatching(_ signal: Int32, in process: Process) -> Bool {
        let status = "/proc/\(process.processIdentifier)/status"
        guard FileManager.default.fileExists(atPath: status) else {
            Thread.sleep(forTimeInterval: 2)
            return true
        }
        func mask(_ name: String, in text: String) -> UInt64 {
            let line = text.split(separator: "\n").first { $0.hasPrefix(name + ":") } ?? ""
            return UInt64(String(line.dropFirst(name.count + 1)).trimmingWhitespace(), radix: 16) ?? 0
        }
        return wait(seconds: 30) {
            guard let text = try? String(contentsOfFile: status, encoding: .utf8) else { return false }
            return mask("SigCgt", in: text) & (1 << UInt64(signal - 1)) != 0
        }
    }

    func savedRecord(_ workspace: Workspace) throws -> SessionRecord {
        let text = try #require(workspace.read("p/sam.jsonl"), "no progress file")
        let lines = text.split(separator: "\n")
        try #require(lines.count == 1, "\(text)")
        return try SessionRecord(json: JSONParser.parse(String(lines[0])))
    }

    @Test(arguments: [(SIGINT, true), (SIGTERM, true), (SIGHUP, false)])
    func aSignalDuringScriptedRepliesSavesTheSessionWithTheHalfTypedLine(signal: Int32, showsEndCard: Bool) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let input = Pipe(), output = OutputCollector()
        let process = try start(in: workspace, arguments: ["--replies", "-"], input: input, output: output.pipe)
        input.fileHandleForWriting.write(Data((Self.firstReply + "\n").utf8))
        let answered = wait(seconds: 30) { output.text.contains("Dana: When will I hear?") }
        try #require(answered, "the session never reached the second step: \(output.text)")
        input.fileHandleForWriting.write(Data(Self.halfTyped.utf8))
        // Give the reader a moment to take the half line off the pipe.
        Thread.sleep(forTimeInterval: 0.5)
        try #require(waitUntilCatching(signal, in: process), "lastcall never caught signal \(signal)")
        kill(process.processIdentifier, signal)
        #expect(finish(process), "lastcall did not end after signal \(signal)")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signal)

        let record = try savedRecord(workspace)
        #expect(record.outcome == .abandoned)
        #expect(record.turns.map(\.reply) == [Self.firstReply])
        #expect(record.unfinishedReply == Self.halfTyped)
        output.waitForEnd()
        #expect(output.text.contains("Outcome: abandoned") == showsEndCard, "\(output.text)")
        #expect(output.text.contains("Unfinished reply (saved, not scored): \u{201C}\(Self.halfTyped)\u{201D}") == showsEndCard)
    }

    @Test func aSignalBeforeAnyReplyStillSavesTheSession() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let input = Pipe(), output = OutputCollector()
        let process = try start(in: workspace, arguments: ["--replies", "-", "--json"], input: input, output: output.pipe)
        // With --json nothing is printed before the end.
        try #require(waitUntilCatching(SIGTERM, in: process), "lastcall never caught SIGTERM")
        kill(process.processIdentifier, SIGTERM)
        #expect(finish(process))
        #expect(process.terminationStatus == 143)
        let record = try savedRecord(workspace)
        #expect(record.outcome == .abandoned)
        #expect(record.turns.isEmpty)
        #expect(record.unfinishedReply == nil)
        output.waitForEnd()
        // The JSON form prints the saved record, so a script still gets it.
        let printed = try JSONParser.parse(output.text.trimmingWhitespace())
        #expect(printed["id"] == .string(record.id))
        #expect(printed["outcome"] == .string("abandoned"))
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalAtTheTerminalSavesTheSession(signal: Int32) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let terminal = try PseudoTerminal()
        let process = try start(in: workspace, arguments: [], input: terminal.follower, output: terminal.follower)
        terminal.closeFollower()
        let asked = wait(seconds: 30) { terminal.text.contains("you> ") }
        try #require(asked, "no prompt: \(terminal.text)")
        terminal.type(Self.firstReply + "\n")
        let answered = wait(seconds: 30) { terminal.text.contains("Dana: When will I hear?") }
        try #require(answered, "the session never reached the second step: \(terminal.text)")
        try #require(waitUntilCatching(signal, in: process), "lastcall never caught signal \(signal)")
        kill(process.processIdentifier, signal)
        #expect(finish(process))
        #expect(process.terminationStatus == 128 + signal)
        let record = try savedRecord(workspace)
        #expect(record.outcome == .abandoned)
        #expect(record.turns.map(\.reply) == [Self.firstReply])
        if signal != SIGHUP {
            #expect(wait(seconds: 5) { terminal.text.contains("Outcome: abandoned") }, "\(terminal.text)")
        }
    }

    /// Ctrl-C at "Press Enter for your results" ends a call that is already
    /// over: the end card follows, and the customer's closing line, shown
    /// before the prompt, is not shown again.
    @Test func ctrlCAtTheResultsPromptShowsTheClosingLineOnce() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let terminal = try PseudoTerminal()
        let process = try start(in: workspace, arguments: [], input: terminal.follower, output: terminal.follower)
        terminal.closeFollower()
        try #require(wait(seconds: 30) { terminal.text.contains("you> ") }, "no prompt: \(terminal.text)")
        terminal.type(Self.firstReply + "\n")
        try #require(wait(seconds: 30) { terminal.text.contains("Dana: When will I hear?") }, "\(terminal.text)")
        terminal.type("I'll call you back by 4pm today.\n")
        try #require(wait(seconds: 30) { terminal.text.contains("Press Enter for your results") }, "\(terminal.text)")
        try #require(waitUntilCatching(SIGINT, in: process), "lastcall never caught SIGINT")
        kill(process.processIdentifier, SIGINT)
        #expect(finish(process))
        #expect(process.terminationStatus == 128 + SIGINT)
        #expect(wait(seconds: 5) { terminal.text.contains("Outcome: resolved") }, "\(terminal.text)")
        #expect(terminal.text.components(separatedBy: "Dana: Thank you.").count - 1 == 1, "\(terminal.text)")
        #expect(try savedRecord(workspace).outcome == .resolved)
    }

    /// At a real terminal play asks for pastes to be marked, takes a pasted
    /// paragraph as one reply without showing the marks, keeps an open
    /// paste whole on Ctrl-C, and asks the terminal to stop marking at the end.
    @Test func aPasteAtTheTerminalIsOneReplyAndAnOpenOneIsKeptOnCtrlC() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let terminal = try PseudoTerminal()
        let process = try start(in: workspace, arguments: [], input: terminal.follower, output: terminal.follower)
        terminal.closeFollower()
        try #require(wait(seconds: 30) { terminal.text.contains("you> ") }, "no prompt: \(terminal.text)")
        #expect(terminal.text.contains(PasteMarks.turnOn))
        terminal.type(PasteMarks.start + "I'm so sorry about this.\rI'll take care of it myself." + PasteMarks.end + "\r")
        try #require(wait(seconds: 30) { terminal.text.contains("Dana: When will I hear?") }, "\(terminal.text)")
        #expect(terminal.text.contains("(2 pasted lines, sent as one reply)"))
        #expect(!terminal.text.contains("^["), "the marks echoed: \(terminal.text)")
        terminal.type(PasteMarks.start + "I'll call you\rback by 4pm" + PasteMarks.end)
        Thread.sleep(forTimeInterval: 0.5)
        try #require(waitUntilCatching(SIGINT, in: process), "lastcall never caught SIGINT")
        kill(process.processIdentifier, SIGINT)
        #expect(finish(process))
        let record = try savedRecord(workspace)
        #expect(record.turns.map(\.reply) == [Self.firstReply])
        #expect(record.unfinishedReply == "I'll call you back by 4pm")
        #expect(wait(seconds: 5) { terminal.text.contains(PasteMarks.turnOff) }, "\(terminal.text)")
    }

    @Test func ctrlDAtTheTerminalShowsTheEndCardMarkedAbandoned() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let terminal = try PseudoTerminal()
        let process = try start(in: workspace, arguments: [], input: terminal.follower, output: terminal.follower)
        terminal.closeFollower()
        #expect(wait(seconds: 30) { terminal.text.contains("you> ") }, "no prompt: \(terminal.text)")
        terminal.type("\u{4}")
        #expect(finish(process))
        #expect(process.terminationStatus == 1)
        #expect(wait(seconds: 5) { terminal.text.contains("Outcome: abandoned") }, "\(terminal.text)")
        #expect(try savedRecord(workspace).outcome == .abandoned)
    }
}

/// Collects a child's standard output from a pipe as it comes.
final class OutputCollector: @unchecked Sendable {
    let pipe = Pipe()
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init() {
        let fd = pipe.fileHandleForReading.fileDescriptor
        Thread.detachNewThread { [self] in
            // read(2) returns what the pipe holds; FileHandle.read(upToCount:)
            // would wait for the whole count.
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 1 << 16) }
                if count <= 0 { break }
                lock.lock(); bytes += buffer[..<count]; lock.unlock()
            }
            done.signal()
        }
    }

    var text: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits (up to 10 s) until the writer has closed the pipe.
    func waitForEnd() {
        try? pipe.fileHandleForWriting.close()
        _ = done.wait(timeout: .now() + 10)
    }
}

/// A pseudo-terminal: the child gets the follower side as its terminal
/// (so `lastcall` is interactive), the test types and reads on the leader.
final class PseudoTerminal: @unchecked Sendable {
    let leader: Int32
    let follower: FileHandle
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    // Glibc's module map leaves out the X/Open pseudo-terminal calls, so
    // they are looked up by name in the C library already loaded.
    private typealias OpenCall = @convention(c) (Int32) -> Int32
    private typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    private static func call<T>(_ name: String, as type: T.Type) throws -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw CocoaError(.featureUnsupported) }
        return unsafeBitCast(symbol, to: type)
    }

    init() throws {
        let openLeader = try Self.call("posix_openpt", as: OpenCall.self)
        let grant = try Self.call("grantpt", as: OpenCall.self)
        let unlock = try Self.call("unlockpt", as: OpenCall.self)
        let followerName = try Self.call("ptsname", as: NameCall.self)
        leader = openLeader(O_RDWR | O_NOCTTY)
        guard leader >= 0, grant(leader) == 0, unlock(leader) == 0, let name = followerName(leader) else {
            throw CocoaError(.fileReadUnknown)
        }
        let fd = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard fd >= 0 else { throw CocoaError(.fileReadUnknown) }
        follower = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let leader = self.leader
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(leader, $0.baseAddress, 4096) }
                if count <= 0 { break }
                lock.lock(); bytes += buffer[..<count]; lock.unlock()
            }
        }
    }

    /// Closes the test's copy of the follower once the child has its own,
    /// so the leader sees the end when the child exits.
    func closeFollower() { try? follower.close() }

    /// Types `text` as a person at the keyboard would.
    func type(_ text: String) {
        let data = Array(text.utf8)
        _ = data.withUnsafeBytes { write(leader, $0.baseAddress, $0.count) }
    }

    var text: String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }

    deinit { close(leader) }
}
