import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// `play --lrs` and `lastcall sync` against a fake LRS on loopback: the LRS
/// down, stalled, or refusing the password; what it did not confirm waits
/// in the outbox and goes on the next sync, never twice.
@Suite(.serialized) struct SyncCommandTests {
    static let replies = "I'm so sorry about this. I'll take care of it myself.\nI'll call you back by 4pm today.\n"

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        try workspace.write(Self.replies, to: "replies.txt")
        return workspace
    }

    func play(_ workspace: Workspace, _ url: String, trainee: String = "sam", environment: [String: String] = [:],
              json: Bool = false) -> (status: Int32, console: FakeConsole) {
        workspace.run(["play", "late", "--trainee", trainee, "--replies", "replies.txt", "--progress", "progress", "--lrs", url]
                      + (json ? ["--json"] : []),
                      environment: environment.merging(["LASTCALL_ACTIVITY_BASE": "https://training.example.com/lc"]) { given, _ in given })
    }

    func outboxLines(_ workspace: Workspace, _ trainee: String = "sam") -> [String] {
        (workspace.read("progress/.outbox/\(trainee).jsonl") ?? "").split(separator: "\n").map(String.init)
    }

    @Test func aDownLRSLeavesTheSessionWaitingUntilSync() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let gone = try LoopbackLRS(.ok)
        let downURL = gone.url
        gone.stop()

        let (status, console) = play(workspace, downURL)
        #expect(status == 0, "\(console.errors)")
        #expect(workspace.read("progress/sam.jsonl")?.contains("\"trainee\":\"sam\"") == true)
        #expect(outboxLines(workspace).count == 1)
        let lines = console.output.split(separator: "\n").filter { $0.hasPrefix("LRS:") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("not sent now (cannot reach the LRS") == true, "\(console.output)")
        #expect(lines.first?.hasSuffix("1 statement(s) wait in the outbox for the next play or 'lastcall sync'.") == true)

        let (_, statusConsole) = workspace.run(["sync", "--status", "--progress", "progress"])
        #expect(statusConsole.output.contains("1 statement waits for the LRS in"), "\(statusConsole.output)")
        #expect(statusConsole.output.contains("\n  sam  1\n"), "\(statusConsole.output)")
        #expect(statusConsole.output.contains("last error (2026-11-18T"), "\(statusConsole.output)")
        #expect(statusConsole.output.contains("cannot reach the LRS at \(downURL)"), "\(statusConsole.output)")

        let lrs = try LoopbackLRS(.ok)
        defer { lrs.stop() }
        let (syncStatus, syncConsole) = workspace.run(["sync", "--progress", "progress", "--lrs", lrs.url])
        #expect(syncStatus == 0, "\(syncConsole.errors)")
        #expect(syncConsole.output.contains("1 statement(s) sent (1 new, 0 already stored), 0 still wait."), "\(syncConsole.output) \(syncConsole.errors)")
        #expect(outboxLines(workspace).isEmpty)
        #expect(try lrs.count().stored == 1)
        let (_, after) = workspace.run(["sync", "--status", "--progress", "progress"])
        #expect(after.output.hasPrefix("Nothing waits for the LRS"), "\(after.output)")

        // The next play sends its own session at once.
        let (_, again) = play(workspace, lrs.url, trainee: "ana")
        #expect(again.output.contains("LRS: sent to 127.0.0.1 (1 statement confirmed)."), "\(again.output)")
        #expect(try lrs.count().stored == 2)
    }

    @Test func playOnTheExampleActivityBaseWarnsOnce() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let lrs = try LoopbackLRS(.ok)
        defer { lrs.stop() }
        let (_, warned) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "progress",
                                         "--lrs", lrs.url])
        #expect(warned.errors.components(separatedBy: "example activity base").count == 2, "\(warned.errors)")
        let (_, quiet) = play(workspace, lrs.url)
        #expect(!quiet.errors.contains("example activity base"))
    }

    @Test func aStalledLRSCostsPlayOnlyItsTimeout() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let lrs = try LoopbackLRS(.stall)
        defer { lrs.stop() }
        let started = Date()
        let (status, console) = play(workspace, lrs.url, environment: ["LASTCALL_LRS_TIMEOUT": "1"], json: true)
        let waited = Date().timeIntervalSince(started)
        #expect(status == 0)
        // Not a speed figure: the stall lasts 30 s, the timeout 1 s, and the
        // line must come from the timeout, not from the stall's end.
        #expect(waited < 20, "play waited \(waited) s for a stalled LRS")
        #expect((try? JSONParser.parse(console.output.trimmingWhitespace())) != nil, "stdout stays one JSON object")
        #expect(console.errors.hasPrefix("LRS: not sent now (the LRS at \(lrs.url) did not answer POST /xAPI/statements within 1"), "\(console.errors)")
        #expect(outboxLines(workspace).count == 1)
    }

    @Test func aWrongPasswordKeepsTheStatementAndSaysSo() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let lrs = try LoopbackLRS(.auth)
        defer { lrs.stop() }
        let wrong = ["LASTCALL_LRS_USER": "user", "LASTCALL_LRS_PASSWORD": "guess"]
        let (status, console) = play(workspace, lrs.url, environment: wrong)
        #expect(status == 0)
        #expect(console.output.contains("LRS: not sent now (the LRS answered POST \(lrs.url)/statements with HTTP 401"), "\(console.output)")
        let (_, statusConsole) = workspace.run(["sync", "--status", "--progress", "progress"])
        #expect(statusConsole.output.contains("HTTP 401 (it refused the user and password"), "\(statusConsole.output)")

        let (failed, failedConsole) = workspace.run(["sync", "--progress", "progress", "--lrs", lrs.url], environment: wrong)
        #expect(failed == 1)
        #expect(failedConsole.output.contains("0 statement(s) sent (0 new, 0 already stored), 1 still wait."), "\(failedConsole.output)")
        #expect(outboxLines(workspace).count == 1)

        let right = ["LASTCALL_LRS_USER": "user", "LASTCALL_LRS_PASSWORD": "secret"]
        let (synced, syncConsole) = workspace.run(["sync", "--progress", "progress", "--lrs", lrs.url], environment: right)
        #expect(synced == 0, "\(syncConsole.errors)")
        #expect(outboxLines(workspace).isEmpty)
    }

    @Test func nothingIsQueuedWhenTheSessionCouldNotBeSaved() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("a file where the folder should be", to: "progress")
        let lrs = try LoopbackLRS(.ok)
        defer { lrs.stop() }
        let (status, console) = play(workspace, lrs.url)
        #expect(status == 1)
        #expect(console.errors.contains("could not save this session"))
        #expect(!console.output.contains("LRS:"), "\(console.output)")
        #expect(try lrs.count().posts == 0)
    }

    @Test func syncNeedsAnLRSAndStatusTakesNone() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["sync", "--progress", "progress"])
        #expect(status == 64)
        #expect(console.errors.contains("sync needs the LRS: pass --lrs URL or set LASTCALL_LRS_URL"))
        let (bad, badConsole) = workspace.run(["sync", "--status", "--lrs", "http://127.0.0.1:1/xAPI"])
        #expect(bad == 64)
        #expect(badConsole.errors.contains("--status only reads the outbox"))
        let (scheme, schemeConsole) = play(workspace, "ftp://example.com")
        #expect(scheme == 64)
        #expect(schemeConsole.errors.contains("--lrs needs the LRS's http:// or https:// address"))
    }
}
