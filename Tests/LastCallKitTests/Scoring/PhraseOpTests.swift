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

    @Test func aChoiceOfThreeOrMoreBranchesGoesStraightToTheBranchOfItsWord() throws {
        var lexicon = Lexicon()
        let many = try PhrasePattern.parse("(reach out to|contact|get in touch with|{name}|speak to) (them|the bank)", lexicon: &lexicon)
        let two = try PhrasePattern.parse("(contact|get in touch with) them", lexicon: &lexicon)
        #expect(many.program.filter { $0.kind == .dispatch }.count == 1)
        #expect(!two.program.contains { $0.kind == .dispatch })
        // a word branch, a slot branch (always tried), and a filler the dispatch leaves to the chain
        #expect(PhrasePatternTests.matches("(reach out to|contact|get in touch with|{name}|speak to) (them|the bank)",
                                           "Please get in touch with the bank") == ["get in touch with the bank"])
        #expect(PhrasePatternTests.matches("(reach out to|contact|get in touch with|{name}|speak to) (them|the bank)",
                                           "Ask Priya them") == ["Priya them"])
        #expect(PhrasePatternTests.matches("I (will|can|shall|am going to|may) call", "I really am going to call", fillers: ["really"])
                == ["I really am going to call"])
        #expect(PhrasePatternTests.matches("I (will|can|shall|am going to|may) [now] call", "I was going to call") == [])
    }

    @Test func aDispatchTableMovesWithItsProgramInABank() {
        // [n, m, words, targets, others]: targets and others move, words stay
        #expect(ChoiceDispatch.rebased([2, 1, 7, 9, 3, 5, 8, 1, 0, 4, 6], by: 100) == [2, 1, 7, 9, 103, 105, 108, 1, 0, 4, 106])
    }
}
