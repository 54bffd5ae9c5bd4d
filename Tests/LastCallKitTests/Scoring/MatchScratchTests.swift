import Testing
@testable import LastCallKit

@Suite struct MatchScratchTests {
    @Test func eachReplyStartsWithNothingKnown() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 3, tokens: 10)
        let first = scratch.generation
        scratch.states[1] = first << 40 | 7
        scratch.begin(phrases: 3, tokens: 200)  // more tokens: the codes grow
        #expect(scratch.generation == first + 1)
        #expect(scratch.states[1] >> 40 != scratch.generation)  // a stale stamp reads as unknown
        scratch.codes[199] = 1
    }

    @Test func theStampWrapsByForgettingEveryState() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 4, tokens: 1)
        for k in 0..<4 { scratch.states[k] = UInt64(k + 1) << 40 | 3 }
        scratch.generation = (1 << 24) - 1
        scratch.begin(phrases: 4, tokens: 1)
        #expect(scratch.generation == 1)
        #expect((0..<4).allSatisfy { scratch.states[$0] == 0 })
    }

    @Test func morePhrasesThanBeforeGetFreshStates() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 2, tokens: 1)
        scratch.begin(phrases: 50, tokens: 1)
        #expect((0..<50).allSatisfy { scratch.states[$0] == 0 })
    }
}
