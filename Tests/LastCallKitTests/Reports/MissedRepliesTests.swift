import Testing
@testable import LastCallKit

@Suite struct MissedRepliesTests {
    static func turn(_ reply: String, missed: [CriterionID], evidence: [CriterionID: [String]] = [:]) -> Turn {
        Turn(step: "open", customer: "Where is it?", reply: reply, met: [], missed: missed, evidence: evidence, mood: 40)
    }

    @Test func keepsTheLatestPerCriterionNewestFirstAndCountsAll() {
        var missed = MissedReplies(capacity: 2)
        for day in 1...3 {
            missed.add(ReportFixtures.record(day: day, turns: [
                Self.turn("reply \(day)a", missed: [.apology]),
                Self.turn("reply \(day)b", missed: [.noBlame, .apology], evidence: [.noBlame: ["the courier lost it"]]),
            ]))
        }
        #expect(missed.count(.apology) == 6)
        #expect(missed.count(.noBlame) == 3)
        #expect(missed.count(.timeFrame) == 0)
        #expect(missed.latest(.apology).map(\.reply) == ["reply 3b", "reply 3a"])
        let blame = missed.latest(.noBlame)[0]
        #expect(blame.date == "2026-11-03")
        #expect(blame.turn == 2)
        #expect(blame.scenarioTitle == "Late order")
        #expect(blame.why == "blamed or ducked: \u{201C}the courier lost it\u{201D}")
        #expect(missed.sessionsWithReplies == 3)
    }

    @Test func theReasonSaysWhatDecided() {
        let plain = MissedReply(date: "d", scenario: "s", scenarioTitle: "S", turn: 1, customer: "c", reply: "r",
                                criterion: .ownership, evidence: [])
        #expect(plain.why == "nothing in the reply met ownership")
        var overruled = plain
        overruled.evidence = ["I'll transfer you"]
        #expect(overruled.why == "decided on \u{201C}I'll transfer you\u{201D}")
        var blamed = plain
        blamed.criterion = .noBlame
        #expect(blamed.why == "blamed or ducked")
    }

    @Test func aSessionWithoutRepliesAddsNothing() {
        var missed = MissedReplies(capacity: 5)
        missed.add(ReportFixtures.record(turns: []))
        #expect(missed.isEmpty)
        #expect(missed.sessionsWithReplies == 0)
    }
}
