import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// `/flag` in play, through the command: scripted and at the (fake) terminal.
@Suite struct FlagBookTests {
    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(PlayCommandTests.scenario, to: "scenarios/late.yaml")
        return workspace
    }

    @Test func scriptedFlagsAreStoredWithTheVerdictAndDoNotCountAsReplies() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("""
            /flag
            I'm so sorry about this. I'll take care of it myself.
            /flag apology I did apologise
            I'll call you back by 4pm today.
            /flag time
            """, to: "replies.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--json", "--progress", "p"])
        #expect(status == 0, "\(console.errors)")
        #expect(console.errors.contains("Nothing to flag yet"))
        let json = try JSONParser.parse(console.output.trimmingWhitespace())
        guard case .array(let turns)? = json["turns"] else { Issue.record("no turns"); return }
        #expect(turns.count == 2)
        #expect(json["flags"] == .array([
            .object([("turn", .int(1)), ("criterion", .string("apology")), ("note", .string("I did apologise")),
                     ("verdict", .object([("apology", .bool(true))])), ("evidence", .object([("apology", .array([.string("I'm so sorry")]))]))]),
            .object([("turn", .int(2)), ("criterion", .string("time-frame")), ("note", .null),
                     ("verdict", .object([("time-frame", .bool(true))])), ("evidence", .object([("time-frame", .array([.string("by 4pm today")]))]))]),
        ]))
        let stored = try #require(workspace.read("p/sam.jsonl"))
        let record = try SessionRecord(json: JSONParser.parse(stored.trimmingWhitespace()))
        #expect(record.flags.map(\.turn) == [1, 2])
    }

    @Test func aSessionKeepsAtMostThirtyFlagsAndNoNoteLongerThanAReply() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let flags = (1...31).map { "/flag apology try \($0)" }.joined(separator: "\n")
        try workspace.write("Sorry, I'll sort it out myself.\n/flag time " + String(repeating: "x", count: 4_001) + "\n" + flags + "\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--json", "--progress", "p"])
        #expect(console.errors.contains("Not flagged: that note is 4001 characters long"))
        #expect(console.errors.contains("Not flagged: a session keeps at most 30 flags."))
        let record = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(record.flags.count == 30)
        #expect(record.flags.last?.note == "try 30")
    }

    @Test func aMisspeltCriterionInAScriptIsKeptOnTheWholeVerdict() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("Sorry, I'll sort it out myself.\n/flag apolgy I did say sorry\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(console.errors.contains("no criterion 'apolgy' (did you mean 'apology'?): kept as a flag on the whole verdict"))
        #expect(console.output.contains("Flagged the whole verdict on reply 1"))
        #expect(console.output.contains("You flagged (your trainer will review these):\n- reply 1, the whole verdict: \u{201C}apolgy I did say sorry\u{201D}"))
        let record = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(record.flags.count == 1)
        #expect(record.flags[0].criterion == nil)
        #expect(record.flags[0].verdict.map(\.criterion) == ["apology", "ownership", "time-frame", "no-blame", "name-and-number"])
    }

    @Test func atTheTerminalAMisspeltCriterionAsksAgainAndTheLastReplyCanBeFlaggedAfterTheCall() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: [
            "/flag",
            "I'm so sorry about this. I'll take care of it myself.",
            "/flag ownershp",
            "/flag ownership it was mine",
            "I'll call you back by 4pm today.",
            "/flag time-frame",
            "",
        ], isInteractive: true)
        let (status, _) = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p"], console: console)
        #expect(status == 0, "\(console.errors)")
        #expect(console.output.contains("Nothing to flag yet"))
        #expect(console.output.contains("No criterion 'ownershp': did you mean '/flag ownership ...'?"))
        #expect(console.output.contains("Flagged the Own the problem verdict (met) on reply 1"))
        #expect(console.output.contains("Flagged the Give a time-frame verdict (met) on reply 2"))
        let record = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(record.flags.map(\.criterion) == [.ownership, .timeFrame])
        #expect(record.flags[0].note == "it was mine")
        #expect(record.turns.count == 2)
    }
}
