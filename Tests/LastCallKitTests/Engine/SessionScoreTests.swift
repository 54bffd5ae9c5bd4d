import Testing
@testable import LastCallKit

@Suite struct SessionScoreTests {
    static let all: [CriterionID] = [.apology, .ownership, .timeFrame, .noBlame, .nameAndNumber]

    static func turn(met: [CriterionID], missed: [CriterionID]) -> Turn {
        Turn(step: "s", customer: "c", reply: "r", met: met, missed: missed, mood: 50)
    }

    @Test func aCleanReplyMeetsNoBlameWhereTheStepDoesNotAskForIt() {
        // Step expects apology only; the reply is clean: no-blame met too.
        let turns = [Self.turn(met: [.apology], missed: []), Self.turn(met: [], missed: [.apology, .noBlame])]
        let tally = SessionScore.tally(turns: turns, criteria: Self.all)
        #expect(tally.first(where: { $0.criterion == .noBlame })?.met == 1)
        #expect(tally.first(where: { $0.criterion == .noBlame })?.expected == 2)
        #expect(tally.first(where: { $0.criterion == .apology })?.expected == 2)
        // met apology + no-blame (2) of apology, no-blame, apology, no-blame (4).
        #expect(SessionScore.score(turns: turns, rules: EngineRules(), criteria: Self.all) == 50)
    }

    @Test func aStepThatAsksForNoBlameCountsItOnce() {
        let turns = [Self.turn(met: [.noBlame], missed: [])]
        let tally = SessionScore.tally(turns: turns, criteria: Self.all)
        #expect(tally.first(where: { $0.criterion == .noBlame })?.met == 1)
        #expect(tally.first(where: { $0.criterion == .noBlame })?.expected == 1)
    }

    @Test func aScenarioThatDoesNotScoreNoBlameAddsNothing() {
        let criteria: [CriterionID] = [.apology, .ownership]
        let turns = [Self.turn(met: [.apology], missed: [.ownership])]
        #expect(SessionScore.score(turns: turns, rules: EngineRules(), criteria: criteria) == 50)
        #expect(SessionScore.tally(turns: turns, criteria: criteria).map(\.expected) == [1, 1])
    }

    @Test func noReplyScoresZeroAndRepliesWithNothingExpectedScoreFull() {
        #expect(SessionScore.score(turns: [], rules: EngineRules(), criteria: Self.all) == 0)
        #expect(SessionScore.score(turns: [Self.turn(met: [], missed: [])], rules: EngineRules(), criteria: [.apology]) == 100)
        // With no-blame scored, a clean reply on a step expecting nothing meets it.
        #expect(SessionScore.score(turns: [Self.turn(met: [], missed: [])], rules: EngineRules(), criteria: Self.all) == 100)
    }

    @Test func theSummaryScoresTheSessionByTheRule() {
        var conversation = Conversation(scenario: ConversationTests.scenario(), rules: ConversationTests.rules, seed: 7)
        conversation.reply("I'm sorry, I'll sort it", verdict: ConversationTests.verdict(.apology, .ownership))
        conversation.reply("soon", verdict: ConversationTests.verdict())
        let summary = SessionSummary(conversation, feedback: [:])
        // apology 1 + ownership 2 + no-blame 1 + no-blame 1 met of 1 + 2 + 1 (time-frame) + 1 + 1 expected.
        #expect(summary.score == 83)
        #expect(summary.criteria.first(where: { $0.criterion == .noBlame })?.expected == 2)
        #expect(!summary.passed)
    }

    @Test func theReadmeExampleScoresFiftyUnderTheProjectRubric() {
        let rules = EngineRules(rubric: ScoringFixtures.rubric)
        let turns = [Self.turn(met: [.apology], missed: []), Self.turn(met: [], missed: [.apology, .noBlame])]
        #expect(SessionScore.score(turns: turns, rules: rules, criteria: Self.all) == 50)
        // Counting only what the turns record (the old rule) gave 33.
        #expect(SessionScore.score(turns: turns, rules: rules) == 33)
    }
}
