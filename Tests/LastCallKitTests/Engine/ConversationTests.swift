import Testing
@testable import LastCallKit

@Suite struct ConversationTests {
    static let here = SourceLocation(path: "t.yaml", line: 1, column: 1)
    static let criteria = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]
    static let rules = EngineRules(
        weights: [.apology: 1, .ownership: 2, .timeFrame: 1, .noBlame: 1, .nameAndNumber: 1],
        moodGain: [.apology: 5, .ownership: 10, .timeFrame: 5, .noBlame: 0, .nameAndNumber: 5],
        moodLoss: [.apology: 10, .ownership: 10, .timeFrame: 5, .noBlame: 20, .nameAndNumber: 5],
        passMark: 70, turnCap: 6)

    static func scenario(mood: Int = 50) -> Scenario {
        Scenario(
            id: "late", title: "Late", customer: CustomerProfile(name: "Dana", mood: mood), criteria: criteria, start: "open",
            steps: [
                Step(id: "open", lines: ["Where is my order?", "This is my third call!"], expect: ["apology", "ownership"],
                     next: [
                        Branch(conditions: [.mentions("refund")], target: .step("refund"), location: here),
                        Branch(conditions: [.met("ownership")], target: .step("promise"), location: here),
                        Branch(conditions: [.mood(.less, 20)], target: .end(.lost), location: here),
                     ], location: here),
                Step(id: "promise", lines: ["When will I hear back?"], expect: ["time-frame"],
                     next: [Branch(conditions: [.met("time-frame")], target: .step("thanks"), location: here),
                            Branch(target: .end(.escalated), location: here)], location: here),
                Step(id: "refund", lines: ["A refund? I want the shoes."], next: [Branch(target: .step("promise"), location: here)], location: here),
                Step(id: "thanks", lines: ["Fine. Thank you."], end: .resolved, location: here),
            ],
            location: here)
    }

    static func verdict(_ met: CriterionID..., blame: Bool = false) -> TurnVerdict {
        var map: [CriterionID: Bool] = [:]
        for id in CriterionID.allCases { map[id] = met.contains(id) }
        map[.noBlame] = !blame
        return TurnVerdict(met: map, evidence: blame ? [.noBlame: ["the courier messed up"]] : [:])
    }

    @Test func resolvesWhenTheTraineeOwnsItAndGivesATime() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 7)
        #expect(conversation.path == ["open"])
        conversation.reply("I'm sorry, I'll sort it", verdict: Self.verdict(.apology, .ownership))
        #expect(conversation.currentStep?.id == "promise")
        #expect(conversation.mood == 65)
        conversation.reply("by 4pm today", verdict: Self.verdict(.timeFrame))
        #expect(conversation.outcome == .resolved)
        #expect(conversation.path == ["open", "promise", "thanks"])
        #expect(conversation.customerLine == "Fine. Thank you.")
        #expect(conversation.score == 100)
        #expect(conversation.passed)
    }

    @Test func blameCountsAgainstNoBlameOnEveryTurn() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 7)
        let turn = conversation.reply("the courier messed up, I'll chase them", verdict: Self.verdict(.ownership, blame: true))
        #expect(turn?.met == [.ownership])
        #expect(turn?.missed == [.apology, .noBlame])
        #expect(turn?.evidence[.noBlame] == ["the courier messed up"])
        #expect(conversation.mood == 50 + 10 - 10 - 20)
        // ownership weighs 2 of the 4 expected weight.
        #expect(conversation.score == 50)
    }

    @Test func firstMatchingBranchWinsAndMentionsIsWholeWordInAnyForm() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 7)
        conversation.reply("I can offer a Refund, and I'll sort it", verdict: Self.verdict(.ownership))
        #expect(conversation.currentStep?.id == "refund")
        var plural = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 7)
        plural.reply("I'll sort the refunds", verdict: Self.verdict(.ownership))
        #expect(plural.currentStep?.id == "refund")
        var other = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 7)
        other.reply("I'll sort it, the fare is refundable", verdict: Self.verdict(.ownership))
        #expect(other.currentStep?.id == "promise")
    }

    @Test func anyHoldsWhenEitherConditionHolds() {
        var scenario = Self.scenario()
        scenario.steps[0].next = [
            Branch(conditions: [.any([.mentions("(money back|reimburse)"), .met("apology")])], target: .step("refund"), location: Self.here),
            Branch(target: .step("promise"), location: Self.here),
        ]
        for (reply, verdict, step) in [("I'll get your money back", Self.verdict(), "refund"),
                                       ("I'm sorry", Self.verdict(.apology), "refund"),
                                       ("We will reimburse you", Self.verdict(), "refund"),
                                       ("Right.", Self.verdict(), "promise")] {
            var conversation = Conversation(scenario: scenario, rules: Self.rules, seed: 7)
            conversation.reply(reply, verdict: verdict)
            #expect(conversation.currentStep?.id == step, "\(reply)")
        }
    }

    @Test func theExampleTraceSaysTheCustomerHungUp() {
        var scenario = Self.scenario(mood: 15)
        scenario.examples = [ScenarioExample(name: "blames", replies: ["not my problem"], outcome: .resolved, path: nil, location: Self.here)]
        let diagnostics = ExampleRunner.check(scenario, rules: Self.rules) { _ in Self.verdict(blame: true) }
        #expect(diagnostics.map(\.message) == ["example 'blames' fails: expected outcome 'resolved', got 'lost'"])
        #expect(diagnostics.first?.hint == "reply 1 at 'open': met [], missed [apology, ownership, no-blame], mood 0; the customer hung up (mood 0)")
        #expect(Conversation.EndReason.hungUp.explanation == "the customer hung up (mood 0)")
    }

    @Test func aOneTurnSessionShowsTheReplyOnceNotAsBestAndWeakest() {
        var conversation = Conversation(scenario: Self.scenario(mood: 100), rules: Self.rules, seed: 7)
        conversation.reply("I'll sort it", verdict: Self.verdict(.ownership))
        conversation.abandon()
        let summary = SessionSummary(conversation, feedback: [:])
        #expect(summary.best?.turn == 1)
        #expect(summary.best?.why == "met ownership; missed apology")
        #expect(summary.weakest == nil)
        // a one-turn session that met nothing shows it as the weakest
        var missed = Conversation(scenario: Self.scenario(mood: 100), rules: Self.rules, seed: 7)
        missed.reply("hmm", verdict: Self.verdict())
        missed.abandon()
        let low = SessionSummary(missed, feedback: [:])
        #expect(low.best == nil)
        #expect(low.weakest?.turn == 1)
    }

    @Test func noMatchingBranchRepeatsTheStep() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 7)
        conversation.reply("hmm", verdict: Self.verdict())
        #expect(conversation.currentStep?.id == "open")
        #expect(conversation.path == ["open", "open"])
        #expect(conversation.mood == 30)
    }

    @Test func moodZeroHangsUp() {
        var conversation = Conversation(scenario: Self.scenario(mood: 15), rules: Self.rules, seed: 7)
        conversation.reply("not my problem", verdict: Self.verdict(blame: true))
        #expect(conversation.mood == 0)
        #expect(conversation.outcome == .lost)
        #expect(conversation.endReason == .hungUp)
        #expect(!conversation.passed)
    }

    @Test func moodConditionUsesTheMoodAfterTheReply() {
        var conversation = Conversation(scenario: Self.scenario(mood: 35), rules: Self.rules, seed: 7)
        conversation.reply("what", verdict: Self.verdict())
        #expect(conversation.mood == 15)
        #expect(conversation.outcome == .lost)
        #expect(conversation.endReason == nil)
    }

    @Test func turnCapEndsACycle() {
        var conversation = Conversation(scenario: Self.scenario(mood: 100), rules: Self.rules, seed: 7)
        for _ in 0..<10 where !conversation.isOver {
            conversation.reply("sorry", verdict: Self.verdict(.apology))
        }
        #expect(conversation.turns.count == 6)
        #expect(conversation.outcome == .lost)
        #expect(conversation.endReason == .turnCap)
    }

    @Test func sameSeedReplaysTheSameLines() {
        var lines: [[String]] = []
        for _ in 0..<2 {
            var conversation = Conversation(scenario: Self.scenario(mood: 100), rules: Self.rules, seed: 42)
            var seen = [conversation.customerLine]
            for _ in 0..<4 {
                conversation.reply("ok", verdict: Self.verdict(.apology))
                seen.append(conversation.customerLine)
            }
            lines.append(seen)
        }
        #expect(lines[0] == lines[1])
        let variety = Set((1...40).map { Conversation(scenario: Self.scenario(), rules: Self.rules, seed: UInt64($0)).customerLine })
        #expect(variety.count == 2)
    }

    @Test func abandonEndsWithoutAScriptedEnding() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 1)
        conversation.abandon()
        #expect(conversation.outcome == .abandoned)
        #expect(conversation.score == 0)
        #expect(conversation.reply("late", verdict: Self.verdict()) == nil)
    }

    @Test func summaryPicksBestAndWeakestWithWhy() {
        var conversation = Conversation(scenario: Self.scenario(mood: 100), rules: Self.rules, seed: 7)
        conversation.reply("the courier messed up", verdict: Self.verdict(blame: true))
        conversation.reply("I'm sorry, I'll sort it", verdict: Self.verdict(.apology, .ownership))
        let summary = SessionSummary(conversation, feedback: [.apology: "Say sorry first.", .noBlame: "Don't blame."])
        #expect(summary.best?.turn == 2)
        #expect(summary.best?.why == "met apology and ownership")
        #expect(summary.weakest?.turn == 1)
        #expect(summary.weakest?.why == "missed apology and ownership; blamed or ducked (\u{201C}the courier messed up\u{201D})")
        #expect(summary.tips.map(\.criterion) == [.apology, .noBlame])
        #expect(summary.criteria.first { $0.criterion == .apology } == CriterionTally(criterion: .apology, met: 1, expected: 2))
    }
}
