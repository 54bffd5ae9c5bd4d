import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// How `play` saves a session: one record for the file, the JSON and the
/// end card; a failed save exits 1 with a plain reason and the session on
/// standard error; replies are capped so every saved line reads back.
@Suite struct PlaySessionSaveTests {
    static let passing = "I'm so sorry about this. I'll take care of it myself.\nI'll call you back by 4pm today.\n"

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        return workspace
    }

    /// A context whose clock moves on a second at every reading, so that two
    /// readings of "now" can never agree by chance.
    func tickingContext(_ workspace: Workspace, _ console: FakeConsole) -> CommandContext {
        let ticks = Ticks()
        return CommandContext(console: console, environment: ["HOME": workspace.root.appendingPathComponent("home").path],
                              currentDirectory: workspace.root, now: { ticks.next() }, makeSeed: { 12345 })
    }

    final class Ticks: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds = 1_795_000_000.0
        func next() -> Date {
            lock.lock()
            defer { lock.unlock() }
            seconds += 1
            return Date(timeIntervalSince1970: seconds)
        }
    }

    @Test func theSavedLineThePrintedJSONAndTheEndCardCarryTheSameEndTime() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write(Self.passing, to: "replies.txt")
        let console = FakeConsole()
        let status = CommandRunner.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--json", "--progress", "p"],
                                       context: tickingContext(workspace, console))
        #expect(status == 0, "\(console.errors)")
        let stored = try #require(workspace.read("p/sam.jsonl"))
        #expect(stored == console.output)

        let cardConsole = FakeConsole()
        #expect(CommandRunner.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"],
                                  context: tickingContext(workspace, cardConsole)) == 0)
        let second = try SessionRecord(line: Array(try #require(workspace.read("p/sam.jsonl")?.split(separator: "\n").last).utf8))
        // The line wraps to the screen: compare its words.
        #expect(cardConsole.output.replacingOccurrences(of: "\n", with: " ")
            .contains("Ended \(second.endedAt) after \(EndCard.durationText(second.durationSeconds)); session \(second.id)."))
    }

    @Test func aProgressPathThatIsAFileExitsOneWithAPlainMessageAndTheSession() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("not a folder", to: "blocked")
        try workspace.write(Self.passing, to: "replies.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "blocked"])
        #expect(status == 1)
        #expect(console.errors.contains("lastcall: could not save this session: \(workspace.root.path)/blocked is a file, not a progress folder\n"))
        #expect(!console.errors.contains("NSCocoaErrorDomain"))
        let saved = try #require(console.errors.split(separator: "\n").last { $0.hasPrefix("{") })
        #expect(try SessionRecord(line: Array(saved.utf8)).passed)
    }

    @Test func aTraineeFileThatIsALinkIsRefusedAndItsTargetLeftAlone() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("precious\n", to: "victim.txt")
        try workspace.write(Self.passing, to: "replies.txt")
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("p"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("p/sam.jsonl").path, withDestinationPath: "../victim.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1)
        #expect(console.errors.contains("p/sam.jsonl is a symbolic link; progress files and locks are never followed through links"))
        #expect(workspace.read("victim.txt") == "precious\n")
        #expect(console.errors.contains(#"{"version":1,"#))
    }

    @Test func aDanglingLockLinkDoesNotCreateItsTarget() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write(Self.passing, to: "replies.txt")
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("p"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("p/sam.lock").path, withDestinationPath: "../planted")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1)
        #expect(console.errors.contains("p/sam.lock is a symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("planted").path))
    }

    /// A store whose disk is full.
    struct FullDisk: ProgressStore {
        func trainees() throws(ProgressStoreError) -> [String] { [] }
        func append(_ record: SessionRecord) throws(ProgressStoreError) {
            throw .cannotWrite(path: "p/\(record.trainee).jsonl", reason: "No space left on device")
        }
        func source(of trainee: String) -> String { "p/\(trainee).jsonl" }
        func forEachLine(of trainee: String, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws(ProgressStoreError) {}
    }

    @Test func aFullDiskExitsOneAndPrintsTheSessionSoNothingIsLost() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole()
        let context = CommandContext(console: console, environment: [:], currentDirectory: workspace.root,
                                     now: { Date(timeIntervalSince1970: 1_795_000_000) })
        let scoring = try ScoringSetup.load(try PlayCommand.scanner.scan([]), context)
        let file = try ScenarioFile.load("scenarios/late.yaml", criteria: scoring.criteria, context: context)
        let session = PlaySession(scenario: try #require(file.scenario), scenarioHash: file.hash, trainee: "sam", scoring: scoring,
                                  seed: 1, context: context, store: FullDisk(), showsCoaching: false, printsJSON: true)
        console.input = Self.passing.split(separator: "\n").map(String.init)
        #expect(session.run(replies: .standardInput(of: console)) == 1)
        #expect(console.errors.contains("lastcall: could not save this session: cannot write p/sam.jsonl: No space left on device\n"))
        let saved = try #require(console.errors.split(separator: "\n").last { $0.hasPrefix("{") })
        #expect(String(saved) + "\n" == console.output)
    }

    @Test func aScriptedReplyOverTheCapEndsTheSessionWithTheRepliesBeforeItSaved() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let long = String(repeating: "sorry ", count: 700)
        try workspace.write("I'm so sorry. I'll sort it out myself.\n" + long + "\n", to: "replies.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1)
        #expect(console.errors.contains("lastcall: reply 2 not taken: that reply is 4200 characters long; a reply may be at most 4000 characters"))
        let record = try SessionRecord(line: Array(try #require(workspace.read("p/sam.jsonl")).utf8.dropLast()))
        #expect(record.outcome == .abandoned)
        #expect(record.turns.count == 1)
    }

    @Test func anInteractiveReplyOverTheCapIsNotSentAndTheTraineeMayTryAgain() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: [String(repeating: "a", count: 4001), "I'm so sorry. I'll sort it out myself.", "/quit"], isInteractive: true)
        let (_, _) = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p"], console: console)
        #expect(console.output.contains("Not sent: that reply is 4001 characters long"))
        let record = try SessionRecord(line: Array(try #require(workspace.read("p/sam.jsonl")).utf8.dropLast()))
        #expect(record.turns.map(\.reply) == ["I'm so sorry. I'll sort it out myself."])
    }

    static let loop = """
    scenario: loop
    title: Round and round
    customer:
      name: Dana
      mood: 60
    steps:
      again:
        customer: Say that again?
        expect: apology
        next:
          - when: name-and-number
            goto: done
          - goto: again
      done:
        customer: Thanks.
        end: resolved
    """

    @Test func thirtyRepliesAtTheCapStillReadBack() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write(Self.loop, to: "scenarios/loop.yaml")
        // Each reply as long as allowed, every word quotable as evidence and
        // every control character written as a six-byte escape.
        var reply = ""
        while reply.unicodeScalars.count + 14 <= SessionRecord.maximumReplyLength { reply += "I'm sorry\u{01}\u{02}\u{1B}\u{7F} " }
        reply += String(repeating: "\u{01}", count: SessionRecord.maximumReplyLength - reply.unicodeScalars.count)
        #expect(SessionRecord.replyLengthProblem(reply) == nil)
        try workspace.write(String(repeating: reply + "\n", count: 31), to: "replies.txt")
        let (status, console) = workspace.run(["play", "loop", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1, "\(console.errors)")
        let line = Array(try #require(workspace.read("p/sam.jsonl"), "\(console.errors)").utf8.dropLast())
        #expect(line.count < SessionRecord.maximumLineLength)
        let record = try SessionRecord(line: line)
        #expect(record.turns.count == 30)
        #expect(record.endReason == "turn-cap")
        #expect(try SessionFacts(line: line) == SessionFacts(record))
    }
}
