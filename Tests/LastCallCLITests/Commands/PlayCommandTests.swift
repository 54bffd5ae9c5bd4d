import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct PlayCommandTests {
    static let scenario = """
    scenario: late
    title: Late order
    summary: Dana's order is late.
    customer:
      name: Dana
      mood: 60
    steps:
      opening:
        customer:
          - Where is my order?
          - Third call. Where is it?
        expect: [apology, ownership]
        coach: Apologise, then own it.
        next:
          - when: [apology, ownership]
            goto: when
          - goto: manager
      when:
        customer: When will I hear?
        expect: time-frame
        next:
          - when: time-frame
            goto: thanks
          - goto: manager
      manager:
        customer: Get me your manager.
        end: escalated
      thanks:
        customer: Thank you.
        end: resolved
    """

    func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(Self.scenario, to: "scenarios/late.yaml")
        return workspace
    }

    @Test func scriptedSessionPrintsJSONAndLandsInTheProgressFile() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry about this. I'll take care of it myself.\nI'll call you back by 4pm today.\n", to: "replies.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--json", "--progress", "progress"])
        #expect(status == 0, "\(console.errors)")
        let json = try JSONParser.parse(console.output.trimmingWhitespace())
        #expect(json["scenario"] == .string("late"))
        #expect(json["trainee"] == .string("sam"))
        #expect(json["seed"] == .int(12345))
        #expect(json["outcome"] == .string("resolved"))
        #expect(json["score"] == .int(100))
        #expect(json["passed"] == .bool(true))
        #expect(json["path"] == .array([.string("opening"), .string("when"), .string("thanks")]))
        #expect(json["criteria"]?["apology"] == .object([("met", .int(1)), ("expected", .int(1))]))
        guard case .array(let turns)? = json["turns"] else { Issue.record("no turns"); return }
        #expect(turns.count == 2)
        #expect(turns[0]["met"] == .array([.string("apology"), .string("ownership")]))
        #expect(turns[1]["reply"] == .string("I'll call you back by 4pm today."))

        let stored = try #require(workspace.read("progress/sam.jsonl"))
        #expect(stored.hasSuffix("\n"))
        let record = try SessionRecord(json: JSONParser.parse(stored.trimmingWhitespace()))
        #expect(record.outcome == .resolved)
        #expect(record.scenarioHash == SHA256.hex(Self.scenario))
        #expect(record.startedAt == "2026-11-18T11:06:40Z")
    }

    @Test func runningOutOfRepliesIsAbandonedAndStillSaved() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry. I'll sort it out myself.\n", to: "replies.txt")
        let (status, console) = workspace.run(["play", "scenarios/late.yaml", "--replies", "replies.txt", "--progress", "p"],
                                              environment: ["LASTCALL_TRAINEE": "kim"])
        #expect(status == 1)
        #expect(console.output.contains("Dana: Where is my order?") || console.output.contains("Dana: Third call."))
        #expect(console.output.contains("Outcome: abandoned"))
        let second = workspace.run(["play", "late", "--replies", "replies.txt", "--progress", "p", "--trainee", "kim"])
        #expect(second.status == 1)
        let lines = try #require(workspace.read("p/kim.jsonl")).split(separator: "\n")
        #expect(lines.count == 2)
    }

    @Test func aHangUpSaysSoOnTheEndCardAndInTheJSON() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write(Self.scenario.replacingOccurrences(of: "mood: 60", with: "mood: 10"), to: "scenarios/late.yaml")
        try workspace.write("That's the courier's fault, not mine.\n", to: "replies.txt")
        let (_, card) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(card.output.contains("Dana has hung up."))
        #expect(card.output.contains("Why it ended: the customer hung up (mood 0)."), "\(card.output)")
        let (_, printed) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--json", "--progress", "p"])
        let json = try JSONParser.parse(printed.output.trimmingWhitespace())
        #expect(json["end_reason"] == .string("hung-up"))
        #expect(json["end_reason_text"] == .string("the customer hung up (mood 0)"))
        // the saved record keeps the code only, as records always have
        let stored = try #require(workspace.read("p/sam.jsonl"))
        #expect(stored.contains("\"end_reason\":\"hung-up\""))
        #expect(!stored.contains("end_reason_text"))
    }

    @Test func coachingSaysWhatTheScorerOverruledAndWhy() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry. I'll transfer you to billing.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--coach", "--progress", "p"])
        #expect(console.output.contains("  - Own the problem\n    \u{201C}I'll\u{201D} did not count: a hand-off, not ownership: 'transfer you to'\n"),
                "\(console.output)")
        let (_, plain) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(!plain.output.contains("did not count"))
    }

    @Test func aOneTurnSessionShowsItsReplyOnce() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("I'm so sorry, I'll sort this out myself.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(console.output.contains("Best reply (turn 1)"), "\(console.output)")
        #expect(!console.output.contains("Weakest reply"))
    }

    @Test func blameAndMissesGiveAFailingEndCardWithTips() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("That's the courier's fault, not mine.\n", to: "replies.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1)
        #expect(console.output.contains("Dana: Get me your manager."))
        #expect(console.output.contains("Outcome: escalated"))
        #expect(console.output.contains("NOT YET"))
        #expect(console.output.contains("Weakest reply (turn 1)"))
        #expect(console.output.contains("For next time:"))
    }

    @Test func sameSeedReplaysTheSameVariant() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("", to: "none.txt")
        var lines: Set<String> = []
        for seed in ["1", "2", "3", "4", "5", "6"] {
            let (_, console) = workspace.run(["play", "late", "--trainee", "a", "--replies", "none.txt", "--seed", seed, "--json", "--progress", "p"])
            let json = try JSONParser.parse(console.output.trimmingWhitespace())
            #expect(json["seed"] == .int(Int(seed)!))
            #expect(json["outcome"] == .string("abandoned"))
            let again = workspace.run(["play", "late", "--trainee", "a", "--replies", "none.txt", "--seed", seed, "--progress", "p"]).console.output
            let first = again.split(separator: "\n").first { $0.hasPrefix("Dana:") }.map(String.init) ?? ""
            let third = workspace.run(["play", "late", "--trainee", "a", "--replies", "none.txt", "--seed", seed, "--progress", "p"]).console.output
            #expect(third.contains(first))
            lines.insert(first)
        }
        #expect(lines.count == 2)
    }

    @Test(arguments: [
        (["play", "late", "--trainee", "../etc/passwd", "--replies", "r"], "lastcall: trainee id '../etc/passwd' is not valid"),
        (["play", "late", "--json"], "lastcall: --json needs --replies FILE"),
        (["play", "late", "--seed", "-1", "--replies", "r"], "lastcall: --seed must be a whole number"),
        (["play", "late", "extra", "--replies", "r"], "lastcall: play takes one SCENARIO"),
        (["play", "late"], "lastcall: play needs a terminal, or --replies FILE for scripted replies"),
    ])
    func refusesBadCommandLines(arguments: [String], message: String) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("hi\n", to: "r")
        let (status, console) = workspace.run(arguments, environment: ["LASTCALL_TRAINEE": "sam"])
        #expect(status == 64)
        #expect(console.errors.hasPrefix(message), "\(console.errors)")
    }

    @Test func unknownScenarioSuggestsTheClosestID() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["play", "lates", "--trainee", "sam", "--replies", "-"])
        #expect(status == 66)
        #expect(console.errors == "lastcall: no scenario 'lates' in scenarios\n  hint: did you mean 'late'?\n")
    }

    @Test func missingRubricSaysWhereItLookedAndHowToPointAtOne() throws {
        let workspace = try Workspace(copyLibrary: false)
        defer { workspace.remove() }
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "-"])
        #expect(status == 66)
        #expect(console.errors.contains("no rubric found at \(workspace.root.path)/scoring/rubric.yaml (from the default)"))
        #expect(console.errors.contains("pass --rubric FILE, or set LASTCALL_RUBRIC"))
    }

    @Test func hostileRepliesAreInertOnTheTerminalAndStoredIntact() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let hostile = "=cmd|' /C calc'!A0 <script>alert(1)</script> \u{1B}]0;pwned\u{07}\u{1B}[2J sorry"
        try workspace.write(hostile + "\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(!console.output.contains("\u{1B}"))
        #expect(console.output.contains("\\u{1B}]0;pwned"))
        let stored = try #require(workspace.read("p/sam.jsonl"))
        #expect(!stored.contains("\u{1B}"))
        let record = try SessionRecord(json: JSONParser.parse(stored.trimmingWhitespace()))
        #expect(record.turns.first?.reply == hostile)
    }

    @Test func aProgressFolderThatCannotBeWrittenPrintsTheSessionSoNothingIsLost() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write("not a folder", to: "blocked")
        try workspace.write("I'm so sorry. I'll take care of it myself.\n", to: "replies.txt")
        let (_, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "blocked"])
        #expect(console.errors.contains("lastcall: could not save this session"))
        let saved = try #require(console.errors.split(separator: "\n").last { $0.hasPrefix("{") })
        let record = try SessionRecord(json: JSONParser.parse(String(saved)))
        #expect(record.turns.first?.reply == "I'm so sorry. I'll take care of it myself.")
    }

    @Test func repliesOnStandardInputAreReadOneAtATimeAsTheSessionGoes() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let leftover = (1...50).map { "spare reply \($0)" }
        let console = FakeConsole(input: ["I'm so sorry about this. I'll take care of it myself.", "I'll call you back by 4pm today."] + leftover)
        let (status, _) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "-", "--progress", "p"], console: console)
        #expect(status == 0, "\(console.errors)")
        // The customer spoke before the first reply was read, and the second
        // line was read only after the first had been answered.
        let reads = console.outputAtEachRead
        #expect(reads.first?.contains("Dana:") == true)
        #expect(reads.first?.contains("you>") == false)
        #expect(reads.dropFirst().first?.contains("Dana: When will I hear?") == true)
        // The session ended after two replies; one more line was read to
        // see whether it flags the last reply, and the rest never was.
        #expect(console.input == Array(leftover.dropFirst()))
        let record = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(record.outcome == .resolved)
        #expect(record.turns.map(\.reply) == ["I'm so sorry about this. I'll take care of it myself.", "I'll call you back by 4pm today."])
        #expect(record.unfinishedReply == nil)
    }

    @Test func theTraineeIDPromptFitsANarrowTerminal() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        for width in [40, 80] {
            let console = FakeConsole(input: ["sam"], isInteractive: true)
            console.width = width
            _ = workspace.run(["play", "late", "--progress", "p"], console: console)
            let prompt = try #require(console.outputAtEachRead.first)
            // every line before the answer fits, with room left to type the id
            let lines = prompt.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= width })
            #expect(try #require(lines.last).count + 16 <= width)
            #expect(prompt.contains(width == 80 ? "Your trainee id (letters, digits, '.', '_' or '-'): " : "Trainee id: "))
        }
    }

    @Test func endOfInputAtTheTerminalShowsTheEndCardMarkedAbandoned() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: ["I'm so sorry about this. I'll take care of it myself."], isInteractive: true)
        let (status, _) = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p"], console: console)
        #expect(status == 1)
        #expect(console.output.contains("You left the conversation.\n"))
        #expect(console.output.contains("Outcome: abandoned"))
        let record = try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
        #expect(record.outcome == .abandoned)
        #expect(record.turns.count == 1)
    }

    @Test func aLastReplyWithoutALineBreakIsStillAReply() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let console = FakeConsole(input: ["\u{FEFF}I'm so sorry about this. I'll take care of it myself.", "I'll call you back by 4pm today."])
        console.endsWithNewline = false
        let (status, _) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "-", "--json", "--progress", "p"], console: console)
        #expect(status == 0, "\(console.errors)")
        let json = try JSONParser.parse(console.output.trimmingWhitespace())
        #expect(json["outcome"] == .string("resolved"))
        guard case .array(let turns)? = json["turns"] else { Issue.record("no turns"); return }
        // The byte order mark before the first reply is not part of it.
        #expect(turns.first?["reply"] == .string("I'm so sorry about this. I'll take care of it myself."))
    }

    @Test func aMissingRepliesFileExits66() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "nope.txt", "--progress", "p"])
        #expect(status == 66)
        #expect(console.errors == "lastcall: nope.txt: no such file\n")
        #expect(workspace.read("p/sam.jsonl") == nil)
    }
}
