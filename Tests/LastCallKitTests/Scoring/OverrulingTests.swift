import Testing
@testable import LastCallKit

@Suite struct OverrulingTests {
    @Test func theReasonQuotesTheReplyOnlyWhenAskedFor() {
        let text = ReplyReader(lexicon: ScoringFixtures.rubric.lexicon).read("Sorry? What was that?")
        #expect(Overruling("a pardon, not an apology: '", quoting: 0, 0, "'").reason(in: text) == "a pardon, not an apology: 'Sorry'")
        #expect(Overruling("'", quoting: 1, 3, "' is a question").reason(in: text) == "'What was that' is a question")
        #expect(Overruling("'US' is the country, not 'us'").reason(in: text) == "'US' is the country, not 'us'")
    }
}
