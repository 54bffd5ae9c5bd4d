import Testing
@testable import LastCallKit

@Suite struct PhraseOpTests {
    @Test func alternativesSharingAFirstWordAreMerged() {
        let i = PhraseElement.word(1), have = PhraseElement.word(2), we = PhraseElement.word(3), am = PhraseElement.word(4)
        let merged = PhraseOp.factored([[i], [we], [i, have], [we, have], [i, am], [.gap, i]])
        #expect(merged == [[.gap, i], [i, .choice([[have], [am]], optional: true)], [we, .choice([[have]], optional: true)]])
        // a repeated alternative is kept once; distinct first words stay as they are
        #expect(PhraseOp.factored([[i], [i]]) == [[i]])
        #expect(PhraseOp.factored([[i, have], [we]]) == [[i, have], [we]])
    }

    @Test func aMergedChoiceMatchesWhatItsAlternativesMatch() {
        #expect(PhrasePatternTests.matches("(I|we|I have|we have|I am) (lost|broke) it", "we have lost it") == ["we have lost it"])
        #expect(PhrasePatternTests.matches("(I|we|I have|we have|I am) (lost|broke) it", "I broke it") == ["I broke it"])
        #expect(PhrasePatternTests.matches("(I|we|I have|we have|I am) (lost|broke) it", "I was lost") == [])
        #expect(PhrasePatternTests.matches("(not much|not a lot|not)", "there is not a lot") == ["not a lot"])
    }
}
