import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// Standard input without end fed to the real binary (`yes | lastcall ...`,
/// cut at 100 MB so a regression fails instead of hanging the run): it must
/// stop at the 64 MB limit with a message, or play the session to its end,
/// instead of reading all of it.
@Suite(.serialized) struct StandardInputLimitTests {
    /// Runs `PRODUCER | lastcall ARGUMENTS` in `workspace` and returns the
    /// exit status and standard error (killed after 60 s, failing the test).
    func run(_ producer: String, _ arguments: [String], in workspace: Workspace) throws -> (status: Int32, errors: String) {
        let binary = try PlaySignalTests.binary().path
        let quoted = ([binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(producer) | \(quoted) > /dev/null"]
        process.currentDirectoryURL = workspace.root
        process.environment = ["HOME": workspace.root.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("lastcall \(arguments) did not stop on endless input")
        }
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }

    @Test func parseStopsAtTheLimit() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let (status, errors) = try run("yes | head -c 100000000", ["parse", "-"], in: workspace)
        #expect(status == 1)
        #expect(errors == "lastcall: standard input is larger than the 64 MB limit\n  hint: save it to a file and check its size, or pass a smaller input\n")
    }

    @Test func playReadsEndlessRepliesOnlyUntilTheConversationEnds() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        let (status, errors) = try run("yes | head -c 100000000", ["play", "late", "--trainee", "sam", "--replies", "-", "--progress", "p"], in: workspace)
        #expect(status == 1, "\(errors)")
        let text = try #require(workspace.read("p/sam.jsonl"))
        let record = try SessionRecord(json: JSONParser.parse(text.trimmingWhitespace()))
        #expect(record.outcome != .abandoned)
        #expect(record.turns.allSatisfy { $0.reply == "y" })
        #expect(!record.turns.isEmpty)
    }

    @Test func playStopsAtAnEndlessReplyAndSavesWhatCameBefore() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        let producer = "{ echo \"I'm so sorry. I'll take care of it myself.\"; yes | tr -d '\\n' | head -c 100000000; }"
        let (status, errors) = try run(producer, ["play", "late", "--trainee", "sam", "--replies", "-", "--progress", "p"], in: workspace)
        #expect(status == 1)
        #expect(errors == "lastcall: standard input, line 2: a reply longer than the 64 MB limit\n  hint: the session ended there and was saved as abandoned\n")
        let text = try #require(workspace.read("p/sam.jsonl"))
        let record = try SessionRecord(json: JSONParser.parse(text.trimmingWhitespace()))
        #expect(record.outcome == .abandoned)
        #expect(record.turns.map(\.reply) == ["I'm so sorry. I'll take care of it myself."])
    }

    @Test func scoreJSONLinesStopsAtAnEndlessReply() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let (status, errors) = try run("{ echo sorry; yes | tr -d '\\n' | head -c 100000000; }", ["score", "--jsonl"], in: workspace)
        #expect(status == 1)
        #expect(errors == "lastcall: standard input, line 2: a reply longer than the 64 MB limit; stopped there\n  hint: the replies before it were scored; split the text into replies, one a line\n")
    }
}
