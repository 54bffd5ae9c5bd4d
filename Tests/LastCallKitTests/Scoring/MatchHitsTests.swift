import Testing
@testable import LastCallKit

@Suite struct MatchHitsTests {
    @Test func growingKeepsEveryHitInOrder() {
        var hits = MatchHits(capacity: 1)
        defer { hits.free() }
        for k in 0..<200 { hits.append(PhraseHit(phrase: Int32(k % 7), start: Int32(k), end: Int32(k + 1))) }
        #expect(hits.count == 200)
        #expect(hits.buffer.map(\.start) == (0..<200).map { Int32($0) })
        #expect(hits.buffer.map(\.phrase) == (0..<200).map { Int32($0 % 7) })
    }

    @Test func removingAllLeavesNoneAndAppendsAgain() {
        var hits = MatchHits(capacity: 2)
        defer { hits.free() }
        for k in 0..<5 { hits.append(PhraseHit(phrase: 1, start: Int32(k), end: Int32(k))) }
        hits.removeAll()
        #expect(hits.buffer.isEmpty)
        hits.append(PhraseHit(phrase: 3, start: 9, end: 10))
        #expect(hits.buffer.map { [$0.phrase, $0.start, $0.end] } == [[3, 9, 10]])
    }

    @Test func theScratchsHitsAreTheLastReplysOnly() throws {
        var lexicon = Lexicon()
        let patterns = try ["we will", "call"].map { try PhrasePattern.parse($0, lexicon: &lexicon) }
        let reader = ReplyReader(lexicon: lexicon)
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: [])
        let bank = CompiledPhrases(patterns)
        let scratch = MatchScratch()
        let first = Array(matcher.allMatches(in: bank, text: reader.read("call we will call we will"), scratch: scratch))
        #expect(first.map { [$0.phrase, $0.start, $0.end] } == [[0, 1, 2], [0, 4, 5], [1, 0, 0], [1, 3, 3]])
        let second = Array(matcher.allMatches(in: bank, text: reader.read("we will"), scratch: scratch))
        #expect(second.map { [$0.phrase, $0.start, $0.end] } == [[0, 0, 1]])
        #expect(matcher.allMatches(in: bank, text: reader.read(""), scratch: scratch).isEmpty)
    }

    @Test func hitsSortByPhraseAsByPhraseAndStart() {
        var generator = SystemRandomNumberGenerator()
        // lists as the pass appends them: starts never decreasing, one hit
        // per phrase and start; short ones (by phrase alone) and long ones
        for count in [0, 1, 2, 5, 17, 31, 32, 33, 80] {
            for _ in 0..<30 {
                var hits: [PhraseHit] = []
                var start: Int32 = 0
                while hits.count < count {
                    let phrases = Set((0..<Int.random(in: 1...4, using: &generator)).map { _ in Int32.random(in: 0..<6, using: &generator) })
                    for phrase in phrases.shuffled(using: &generator) where hits.count < count {
                        hits.append(PhraseHit(phrase: phrase, start: start, end: start + Int32.random(in: 0..<3, using: &generator)))
                    }
                    start += Int32.random(in: 1...3, using: &generator)
                }
                var sorted = MatchHits(capacity: 1)  // grown as the hits come
                defer { sorted.free() }
                for hit in hits { sorted.append(hit) }
                sorted.sortByPhrase()
                var reference = hits
                reference.sort { ($0.phrase, $0.start) < ($1.phrase, $1.start) }
                #expect(sorted.buffer.map { [$0.phrase, $0.start, $0.end] } == reference.map { [$0.phrase, $0.start, $0.end] }, "hits \(hits.map { ($0.phrase, $0.start) })")
            }
        }
    }
}
