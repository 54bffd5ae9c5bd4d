import Foundation
import Testing
@testable import LastCallCLI
@testable import LastCallKit

/// Leaving a session at the terminal (Ctrl-D, /quit) and what the end card
/// then says about each criterion, driven through the fake console as a
/// trainee would type.
@Suite struct PlaySessionLeaveTests {
    static let reply = "I'm so sorry about this. I'll take care of it myself."

    func workspace(_ scenario: String = PlayCommandTests.scenario) throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write(scenario, to: "scenarios/late.yaml")
        return workspace
    }

    func play(_ workspace: Workspace, typing input: [String]) -> (status: Int32, output: String) {
        let console = FakeConsole(input: input, isInteractive: true)
        let (status, _) = workspace.run(["play", "late", "--trainee", "sam", "--progress", "p"], console: console)
        return (status, console.output)
    }

    func savedRecord(_ workspace: Workspace) throws -> SessionRecord {
        try SessionRecord(json: JSONParser.parse(try #require(workspace.read("p/sam.jsonl")).trimmingWhitespace()))
    }

    /// Ctrl-D (the end of input) before any reply, Ctrl-D after one, and
    /// /quit all close alike: "You left the conversation." once, before the
    /// end card, and the session saved as abandoned.
    @Test(arguments: [([String](), 0), ([reply], 1), (["/quit"], 0), ([reply, "/quit"], 1)])
    func everyWayOfLeavingSaysSoOnceAndIsSavedAbandoned(typed: [String], replies: Int) throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (status, output) = play(workspace, typing: typed)
        #expect(status == 1)
        #expect(output.components(separatedBy: "You left the conversation.").count - 1 == 1, "\(output)")
        let left = try #require(output.range(of: "You left the conversation.\n\n"))
        let card = try #require(output.range(of: "Outcome: abandoned"))
        #expect(left.upperBound <= card.lowerBound)
        #expect(output.hasSuffix("Left: your session so far is saved.\n"), "\(output)")
        let record = try savedRecord(workspace)
        #expect(record.outcome == .abandoned)
        #expect(record.endReason == "abandoned")
        #expect(record.turns.count == replies)
    }

    /// Replies that run out in a script close the transcript the same way.
    @Test func scriptedRepliesThatRunOutSayTheTraineeLeft() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        try workspace.write(Self.reply + "\n", to: "replies.txt")
        let (status, console) = workspace.run(["play", "late", "--trainee", "sam", "--replies", "replies.txt", "--progress", "p"])
        #expect(status == 1)
        #expect(console.output.contains("Dana: When will I hear?\n  mood [") && console.output.contains("You left the conversation.\n"))
        // No one is at a terminal to have left it: the card says the outcome.
        #expect(!console.output.contains("Left: your session"))
    }

    /// A scenario that lists name-and-number but never asks for it: a name
    /// given is credited on the card without changing the score, and the
    /// brief does not promise to score it.
    static let unnamed = PlayCommandTests.scenario.replacingOccurrences(of: "summary: Dana's order is late.",
                                                                        with: "summary: Dana's order is late.\ncriteria: [apology, ownership, time-frame, no-blame, name-and-number]")

    @Test func aNameGivenWhereNoStepAsksForItIsCreditedButNotScored() throws {
        let workspace = try workspace(Self.unnamed)
        defer { workspace.remove() }
        let named = play(workspace, typing: ["I'm so sorry about this, I'm Sam Lee. I'll take care of it myself.", "I'll call you back by 4pm today."])
        #expect(named.output.contains("Scored on: Apologise, Own the problem, Give a time-frame, Blame no one. Pass"), "\(named.output)")
        #expect(named.output.contains("  Give your name     you gave it: a good habit (not scored in this scenario)\n"), "\(named.output)")
        #expect(!named.output.contains("not asked for this time"))
        let withName = try savedRecord(workspace)
        try FileManager.default.removeItem(at: workspace.root.appendingPathComponent("p"))
        let plain = play(workspace, typing: [Self.reply, "I'll call you back by 4pm today."])
        #expect(plain.output.contains("  Give your name     not scored in this scenario\n"), "\(plain.output)")
        let without = try savedRecord(workspace)
        #expect(withName.score == without.score && withName.score == 100)
        #expect(withName.criteria.first { $0.criterion == .nameAndNumber } == CriterionTally(criterion: .nameAndNumber, met: 0, expected: 0))
    }

    /// A name given in the first reply, where it was not asked for, and not
    /// again where it was: still missed (the score is the scenario's), but
    /// the card says it was given, so "missed" does not read as never said.
    @Test func aCriterionGivenOnlyWhereItWasNotAskedForSaysSo() throws {
        let workspace = try workspace(PlayCommandTests.scenario.replacingOccurrences(of: "expect: time-frame", with: "expect: [time-frame, name-and-number]"))
        defer { workspace.remove() }
        let (_, output) = play(workspace, typing: ["I'm so sorry, this is Sam Lee. I'll take care of it myself.", "I'll call you back by 4pm today."])
        #expect(output.contains("  Give your name     0 of 1  missed (you gave it in another reply, not where it\n"
                                + "                     was asked for)\n"), "\(output)")
        let (_, plain) = play(workspace, typing: [Self.reply, "I'll call you back by 4pm today."])
        #expect(plain.contains("  Give your name     0 of 1  missed\n"), "\(plain)")
    }

    /// A criterion a later step asks for reads as not reached when the
    /// trainee leaves first, and as given (not scored) when they gave it early.
    @Test func leavingEarlySaysWhatWasNotReachedAndCreditsWhatWasGiven() throws {
        let workspace = try workspace()
        defer { workspace.remove() }
        let (_, before) = play(workspace, typing: [])
        #expect(before.contains("  Give a time-frame  not reached: no reply given\n"), "\(before)")
        let (_, after) = play(workspace, typing: [Self.reply])
        #expect(after.contains("  Give a time-frame  not reached before you left\n"), "\(after)")
        let (_, early) = play(workspace, typing: ["I'm so sorry about this. I'll take care of it myself and call you by 4pm today."])
        #expect(early.contains("  Give a time-frame  you gave it: a good habit (not asked for, so not scored)\n"), "\(early)")
    }
}
