import Testing
@testable import LastCallKit

@Suite struct FillerRunsTests {
    /// Fills the runs of `count` tokens in sentences of the given lengths,
    /// `fillers` saying which tokens are fillers, and checks each token's
    /// ends and starts against the definition, worked out token by token.
    func check(sentences lengths: [Int], fillers: [Bool]) {
        let count = fillers.count
        var sentences: [ReplyText.Sentence] = []
        var start = 0
        for length in lengths {
            sentences.append(ReplyText.Sentence(range: start..<(start + length), isQuestion: false))
            start += length
        }
        var tokens: [ReplyToken] = []
        for (index, sentence) in sentences.enumerated() {
            for _ in sentence.range {
                tokens.append(ReplyToken(id: 0, start: 0, end: 0, number: -1, flags: [], sentence: Int32(index), clause: 0))
            }
        }
        let slots = UnsafeMutablePointer<TokenSlots>.allocate(capacity: max(count, 1))
        let ends = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
        defer { slots.deallocate(); ends.deallocate(); starts.deallocate() }
        for pos in 0..<count {
            slots[pos] = TokenSlots()
            slots[pos].isFiller = fillers[pos]
        }
        var runs = FillerRuns(ends: ends, starts: starts)
        tokens.withUnsafeBufferPointer { tokenView in
            sentences.withUnsafeBufferPointer { sentenceView in
                let view = TokenView(tokens: tokenView, sentences: sentenceView, usesCapitals: false, present: UnsafeBufferPointer(start: nil, count: 0))
                runs.fill(text: view, slots: slots, hasFillers: fillers.contains(true))
            }
        }
        for sentence in sentences {
            for pos in sentence.range {
                var end = pos
                while end < sentence.range.upperBound, fillers[end] { end += 1 }
                var first = pos
                while first > sentence.range.lowerBound, fillers[first - 1] { first -= 1 }
                #expect(runs.end(from: pos) == end, "\(lengths) \(fillers) at \(pos)")
                #expect(runs.start(before: pos) == first, "\(lengths) \(fillers) at \(pos)")
            }
        }
    }

    @Test func everyPatternOfFillersInShortSentencesHasItsRuns() {
        // every pattern of 7 tokens, in one sentence and split 3 + 4 and 1 + 5 + 1
        for pattern in 0..<(1 << 7) {
            let fillers = (0..<7).map { pattern >> $0 & 1 == 1 }
            check(sentences: [7], fillers: fillers)
            check(sentences: [3, 4], fillers: fillers)
            check(sentences: [1, 5, 1], fillers: fillers)
        }
    }

    @Test func aReplyWithNoFillerFillsNothing() {
        check(sentences: [2, 3], fillers: [false, false, false, false, false])
        check(sentences: [], fillers: [])
    }
}
