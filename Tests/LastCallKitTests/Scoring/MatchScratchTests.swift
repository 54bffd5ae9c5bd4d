import Testing
@testable import LastCallKit

@Suite struct MatchScratchTests {
    @Test func eachReplyStartsWithNothingKnown() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 3, tokens: 10)
        scratch.states[1] = PhraseState(matchedUpTo: 7)
        scratch.begin(phrases: 3, tokens: 200)  // more tokens: the per-token arrays grow
        #expect((0..<3).allSatisfy { scratch.states[$0].rawValue == 0 && scratch.states[$0].anchors == .unknown })
        scratch.slots[199] = TokenSlots()
        scratch.runs.ends[199] = 199
    }

    @Test func morePhrasesThanBeforeGetFreshStates() {
        let scratch = MatchScratch()
        scratch.begin(phrases: 2, tokens: 1)
        scratch.states[0] = PhraseState(matchedUpTo: 5)
        scratch.begin(phrases: 50, tokens: 1)
        #expect((0..<50).allSatisfy { scratch.states[$0].rawValue == 0 })
    }

    @Test func theIDsAreTheReplysWordIDsAsItGrows() {
        var lexicon = Lexicon()
        for word in ["we", "will", "call"] { _ = lexicon.intern(word) }
        let reader = ReplyReader(lexicon: lexicon)
        let scratch = MatchScratch()
        for reply in ["we will call", Array(repeating: "we will call you back", count: 40).joined(separator: " ")] {
            let text = reader.read(reply)
            scratch.begin(phrases: 1, tokens: text.tokens.count)
            text.withTokenView { scratch.fillIDs(text: $0) }
            #expect((0..<text.tokens.count).map { scratch.ids[$0] } == text.tokens.map(\.id))
        }
    }
}
