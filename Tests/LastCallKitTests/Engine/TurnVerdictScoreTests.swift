import Testing
@testable import LastCallKit

@Suite struct TurnVerdictScoreTests {
    @Test func takesEachCriterionsFlagAndOnlyNonEmptyEvidence() {
        let score = ReplyScore(reply: "Sorry, the courier lost it", results: [
            CriterionResult(id: .apology, met: true, evidence: ["Sorry"]),
            CriterionResult(id: .ownership, met: false, evidence: []),
            CriterionResult(id: .noBlame, met: false, evidence: ["the courier lost it"]),
        ])
        let verdict = TurnVerdict(score)
        #expect(verdict.met == [.apology: true, .ownership: false, .noBlame: false])
        #expect(verdict.evidence == [.apology: ["Sorry"], .noBlame: ["the courier lost it"]])
        #expect(verdict.isMet(.apology))
        #expect(!verdict.isMet(.timeFrame))
    }

    @Test func theProjectScorersVerdictAgreesWithItsScore() {
        let reply = "I'm so sorry, I'll sort this out for you by 5pm today."
        let score = ScoringFixtures.scorer.score(reply)
        let verdict = TurnVerdict(score)
        for result in score.results { #expect(verdict.isMet(result.id) == result.met) }
        #expect(verdict.isMet(.apology) && verdict.isMet(.timeFrame))
    }

    @Test func theVerdictsPromiseIsTheTimeNamedBesideNow() throws {
        let clock = try LocalDateTime.parseClock("2026-03-03T10:15")
        let score = ScoringFixtures.scorer.score("I'll ring the courier now and call you back by 7pm tonight", clock: clock)
        #expect(score[.timeFrame]?.due == clock)
        let verdict = TurnVerdict(score)
        #expect(verdict.due?.iso == "2026-03-03T19:00")
        #expect(verdict.promise == "by 7pm tonight")
        #expect(!verdict.isImmediate)
        let atOnce = TurnVerdict(ScoringFixtures.scorer.score("I'll add free data right now.", clock: clock))
        #expect(atOnce.due == clock && atOnce.promise == "right now" && atOnce.isImmediate)
    }

    @Test(arguments: [("apology", true), ("time-frame", false), ("empathy", false), ("", false)])
    func namedCriteriaAreLookedUpAndUnknownNamesAreMissed(name: String, met: Bool) {
        let verdict = TurnVerdict(met: [.apology: true, .timeFrame: false])
        #expect(verdict.isMet(named: name) == met)
    }
}
