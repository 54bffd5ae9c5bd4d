import Testing
@testable import LastCallKit

/// Long, repetitive replies of the shapes that once made scoring quadratic
/// (issue 13): each gets the verdict its short form gets. Speed is measured
/// in `Benchmarks/score-jsonl.sh`, never here.
@Suite struct AdversarialReplyTests {
    let scorer = ScoringFixtures.scorer

    static let cases: [(reply: String, met: [CriterionID])] = [
        (String(repeating: "by 5 ", count: 3000), [.timeFrame]),  // was 389 s for 1 MB
        (String(repeating: "now ", count: 5000), []),  // "now" without a promise, in a run of fillers
        (String(repeating: "I was there by 5 and ", count: 1000), []),  // a time in a past clause
        (String(repeating: "shipped on Monday ", count: 1500), []),
        (String(repeating: "not sorry ", count: 2000), []),  // every "sorry" negated
        (String(repeating: "sorry sorry ", count: 2000), [.apology]),
        (String(repeating: "within 24 hours ", count: 1500), [.timeFrame]),
        (String(repeating: "I'll call you back by 4pm today ", count: 600), [.ownership, .timeFrame]),
        ("I am " + String(repeating: "so ", count: 5000) + "sorry", [.apology]),  // fillers between a phrase's words
        ("I will " + String(repeating: "really ", count: 5000) + "call you back", [.ownership]),
    ]

    @Test(arguments: cases.indices)
    func aLongRepetitiveReplyGetsTheVerdictOfItsShortForm(index: Int) {
        let (reply, met) = Self.cases[index]
        let score = scorer.score(reply, explain: false)
        for id in CriterionID.allCases where id != .noBlame {
            #expect(score[id]!.met == met.contains(id), "\(id) on \(reply.prefix(40))...")
        }
        #expect(score[.noBlame]!.met, "no blame on \(reply.prefix(40))...")
    }

    /// One arranging verb, then many times: each match asks for the first
    /// "to" after the same verb (was a walk per match, so quadratic).
    @Test func manyTimesAfterOneArrangingVerbGetTheShortFormsVerdict() {
        let short = scorer.score("I've booked her to call you by 5", explain: false)
        let long = scorer.score("I've booked her to call you " + String(repeating: "by 5 ", count: 3000), explain: false)
        let noTo = scorer.score("I booked " + String(repeating: "by 5 ", count: 3000), explain: false)
        #expect(short[.timeFrame]!.met)
        for id in CriterionID.allCases {
            #expect(short[id]!.met == long[id]!.met, "\(id)")
        }
        #expect(noTo[.timeFrame]!.met == scorer.score("I booked by 5", explain: false)[.timeFrame]!.met)
    }

    @Test func aLongRunOfFillersBeforeAnExceptionStillOverrules() {
        // the just-before and just-after exceptions skip a run of fillers in one step
        let short = scorer.score("I'm so sorry you feel that way", explain: false)
        let long = scorer.score("I'm " + String(repeating: "so ", count: 3000) + "sorry you feel that way", explain: false)
        #expect(short[.apology]!.met == long[.apology]!.met)
    }
}
