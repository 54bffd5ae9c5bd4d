import Testing
@testable import LastCallKit

@Suite struct MatchScratchTests {
    @Test func eachReplyStartsWithNothingKnown() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 3, tokens: 10)
        scratch.states[1] = 1 << 30 | 7
        scratch.begin(phrases: 3, tokens: 200)  // more tokens: the codes grow
        #expect((0..<3).allSatisfy { scratch.states[$0] == 0 })
        scratch.codes[199] = 1
    }

    @Test func morePhrasesThanBeforeGetFreshStates() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 2, tokens: 1)
        scratch.states[0] = 5
        scratch.begin(phrases: 50, tokens: 1)
        #expect((0..<50).allSatisfy { scratch.states[$0] == 0 })
    }
}
