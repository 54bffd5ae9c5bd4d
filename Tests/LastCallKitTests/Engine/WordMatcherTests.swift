import Testing
@testable import LastCallKit

@Suite struct WordMatcherTests {
    @Test(arguments: [
        ("I want a REFUND now", "refund", true),
        ("Can I speak to your manager?", "your manager", true),
        ("your  Manager,please", "your manager", true),
        ("I'll call", "i'll", true),
        ("I\u{2019}ll call", "i'll", true),
        ("", "refund", false),
        ("a refundable fare", "refund", false),
        // word endings
        ("refunds please", "refund", true),
        ("I'm transferring you now", "transfer", true),
        ("I transferred it", "transfer", true),
        ("She arranged it", "arrange", true),
        ("we are arranging it", "arrange", true),
        ("who replied?", "reply", true),
        // contractions, both ways
        ("She'll ring you back.", "she will", true),
        ("She will ring you back.", "she'll", true),
        ("I won't do that", "will not", true),
        // alternatives, optional words, gaps, spelling variants
        ("Let me put you through.", "(transfer|put you through)", true),
        ("I can transfer you.", "(transfer|put you through)", true),
        ("I can put you on hold.", "(transfer|put you through)", false),
        ("your line manager", "your [line] manager", true),
        ("your manager", "your [line] manager", true),
        ("I apologize", "apologise", true),
        ("I can ring you at 4pm", "ring ... {time}", true),
        // a phrase never reaches across sentences
        ("Your order. Manager here.", "your manager", false),
    ])
    func matchesInTheRubricsNotation(text: String, phrase: String, expected: Bool) {
        #expect(WordMatcher.contains(text, phrase: phrase) == expected)
    }

    @Test func oneMatcherServesEveryPhraseOfAScenario() {
        let matcher = WordMatcher(phrases: ["transfer", "(refund|money back)", "transfer"])
        #expect(matcher.mentions("transfer", in: "Transferring you now"))
        #expect(matcher.mentions("(refund|money back)", in: "I want my money back"))
        #expect(!matcher.mentions("(refund|money back)", in: "I want it back"))
        // a phrase it was not built with never matches
        #expect(!matcher.mentions("hold", in: "please hold"))
    }

    @Test func aBadPhraseSaysWhyAndWhere() {
        let problem = WordMatcher.check("(transfer|put you through")
        #expect(problem?.message == "'(' is never closed")
        #expect(problem?.offset == 0)
        #expect(WordMatcher.check("[maybe]")?.message == "every word in this phrase is optional, so it would match any reply")
        #expect(WordMatcher.check("put you through") == nil)
        #expect(!WordMatcher.contains("anything", phrase: "(unclosed"))
    }

    @Test func endingsAreOnlyAddedToLongPlainWords() {
        #expect(WordMatcher.endings(of: "transfer") == ["transfers", "transferes", "transfered", "transfering", "transferred", "transferring"])
        #expect(WordMatcher.endings(of: "arrange") == ["arranges", "arranged", "arranging"])
        #expect(WordMatcher.endings(of: "reply") == ["replies", "replied", "replying"])
        #expect(WordMatcher.endings(of: "she").isEmpty)
        #expect(WordMatcher.endings(of: "4pm").isEmpty)
    }
}
