import Testing
@testable import LastCallKit

@Suite struct ReplyScorerTests {
    let scorer = ScoringFixtures.scorer

    @Test func jsonHasTheDocumentedShape() {
        let json = scorer.score("I'm so sorry. I'll call you by 4pm, the warehouse messed up.").jsonValue()
        #expect(json.jsonText == #"{"reply":"I'm so sorry. I'll call you by 4pm, the warehouse messed up.","criteria":{"#
            + #""apology":{"met":true,"evidence":["I'm so sorry"]},"ownership":{"met":true,"evidence":["I'll call you by 4pm"]},"#
            + #""time-frame":{"met":true,"evidence":["by 4pm"],"when":"by 4pm"},"#
            + #""no-blame":{"met":false,"evidence":["the warehouse messed up"]},"name-and-number":{"met":false,"evidence":[]}}}"#)
    }

    @Test(arguments: ["", "   ", "\u{1B}[31mSorry\u{1B}[0m I'll fix it", "sorry\u{0}\u{7}\u{8}", "😀😀 I’ll ring you at 10:42 😀", "?!,.;:--", "\u{FFFD}\u{200B}"])
    func oddRepliesScoreWithoutCrashing(reply: String) {
        let score = scorer.score(reply)
        #expect(score.results.count == 5)
        for result in score.results {
            for evidence in result.evidence { #expect(reply.contains(evidence)) }
        }
    }

    @Test func aSessionScoresEachReplyAsAFreshScorerDoes() {
        // the session keeps its working memory from one reply to the next
        let replies = ["I'm so sorry, I'll call you back by 4pm. Priya", "", "the courier lost it", String(repeating: "sorry I will ", count: 300),
                       "I'm so sorry, I'll call you back by 4pm. Priya", "Hi, this is Tom from billing, extension 4410.", "sorry?", "ok"]
        var session = ReplyScorer.Session(scorer: scorer)
        for explain in [false, true] {
            for reply in replies + replies.reversed() {
                var line: [UInt8] = []
                Array(reply.utf8).withUnsafeBufferPointer { session.appendJSON(forReply: $0, explain: explain, to: &line) }
                let fresh = ReplyScorer(rubric: ScoringFixtures.rubric).score(reply, explain: explain)
                #expect(String(decoding: line, as: UTF8.self) == fresh.jsonValue(explain: explain).jsonText, "\(reply.prefix(40))")
            }
        }
    }

    @Test func escapeSequencesStayEscapedInJSON() {
        let json = scorer.score("\u{1B}[2J Sorry").jsonValue().jsonText
        #expect(!json.contains("\u{1B}"))
    }

    @Test func aOneMegabyteReplyIsScored() {
        let reply = String(repeating: "I'm so sorry, I'll call you back by 4pm. ", count: 25_000)
        let score = scorer.score(reply)
        #expect(score[.apology]?.met == true)
        #expect(score[.timeFrame]?.when == "by 4pm")
    }

    @Test func evidenceIsAlwaysASubstringOfTheReply() {
        let replies = ["Hi, this is Tom from billing.", "I’m SO sorry!!! Ill sort it tomorow", "You should’ve read the terms."]
        for reply in replies {
            for result in scorer.score(reply).results {
                for evidence in result.evidence { #expect(reply.contains(evidence), "\(evidence) in \(reply)") }
            }
        }
    }

    @Test func ownershipQuotesTheCommitment() {
        let result = scorer.score("Don't worry, I'll take care of this myself, promise.")[.ownership]!
        #expect(result.evidence == ["I'll take care of this myself"])
    }

    @Test func aConcreteTimeIsQuotedBeforeNow() {
        let result = scorer.score("I'll start on it now and ring you by 3pm today.")[.timeFrame]!
        #expect(result.when == "by 3pm today")
        #expect(result.evidence.first == "by 3pm today")
    }

    @Test func explainingChangesNothingButTheFiredList() {
        for reply in ["I'm so sorry. I'll call you by 4pm, the warehouse messed up.", "Sorry?", "Cheers, Kate"] {
            let full = scorer.score(reply), fast = scorer.score(reply, explain: false)
            #expect(full.results.map(\.met) == fast.results.map(\.met))
            #expect(full.results.map(\.evidence) == fast.results.map(\.evidence))
            #expect(fast.results.allSatisfy { $0.fired.isEmpty })
        }
    }

    @Test func rendersMissedCriteriaWithFeedback() {
        let text = scorer.score("We'll look into it.").rendered(with: ScoringFixtures.rubric)
        #expect(text.contains("missed  ownership (Own the problem)"))
        #expect(text.contains("Take the problem on yourself"))
        #expect(text.contains("score   20/100"))
    }
}
