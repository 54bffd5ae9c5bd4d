import Testing
@testable import LastCallKit

@Suite struct CompiledPhrasesTests {
    @Test func theStartingSlotsAreThoseSomePhraseStartsWith() throws {
        var lexicon = Lexicon()
        let sources = ["{date} please", "by {time}", "({name}|we) called", "sorry"]
        let bank = CompiledPhrases(try sources.map { try PhrasePattern.parse($0, lexicon: &lexicon) })
        var expected = SlotSet.empty
        for slot in [PhraseSlot.date, .name] { expected.insert(code: slot.code) }
        #expect(bank.startingSlots == expected)
        #expect(CompiledPhrases(try ["sorry", "by {time}"].map { try PhrasePattern.parse($0, lexicon: &lexicon) }).startingSlots == .empty)
    }
}
