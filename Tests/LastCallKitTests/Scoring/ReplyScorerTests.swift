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

    @Test func aSessionWritesWhatTheGeneralWriterWritesInEveryMode() {
        // hostile text in the reply and in its quotes, invalid UTF-8 (read
        // as U+FFFD), and criteria that quote nothing next to ones that do,
        // with and without `explain` and a clock
        let replies: [[UInt8]] = [
            "I'm so sorry \"Sam\", I'll call you back by 4pm \\ today. Priya",
            "sorry\u{0}\u{7}\u{1B}[31m I'll fix it\u{7F} by <Friday> & \u{85}then\u{9F}",
            "I'm sorry\u{2028}I'll ring you tomorrow\u{2029} \u{202E}olleh\u{2069} by 5pm",
            "\t\r sorry\n", "", "ok", "the courier lost it", "Sorry? anything else today?",
        ].map { Array($0.utf8) } + [
            [0xFF, 0x20] + Array("sorry, I'll call you by 3pm".utf8),
            Array("I'm sorry ".utf8) + [0xE2, 0x80] + Array(" I'll sort it by Monday".utf8),
            Array("I'll email you by noon".utf8) + [0xC3],
            [0xED, 0xA0, 0x80],
        ]
        let clock = LocalDateTime(year: 2026, month: 3, day: 6, hour: 16, minute: 45)
        for hasClock in [false, true] {
            var session = ReplyScorer.Session(scorer: scorer)
            session.clock = hasClock ? clock : nil
            for explain in [false, true] {
                for reply in replies {
                    var line: [UInt8] = []
                    reply.withUnsafeBufferPointer { session.appendJSON(forReply: $0, explain: explain, to: &line) }
                    let text = String(decoding: reply, as: UTF8.self)
                    let fresh = hasClock ? scorer.score(text, clock: clock!, explain: explain) : scorer.score(text, explain: explain)
                    #expect(String(decoding: line, as: UTF8.self) == fresh.jsonValue(explain: explain).jsonText, "\(text.prefix(40)) \(explain) \(hasClock)")
                    #expect(UTF8Decoding.isValid(line))
                    #expect(!line.contains(0x1B) && !line.contains(0x0A) && !line.contains(0x7F))
                }
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
