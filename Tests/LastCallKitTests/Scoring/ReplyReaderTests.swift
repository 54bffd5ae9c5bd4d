import Testing
@testable import LastCallKit

@Suite struct ReplyReaderTests {
    static let reader = ReplyReader(lexicon: ScoringFixtures.rubric.lexicon)

    /// The typed words of `reply`'s tokens, and each token's sentence.
    static func words(_ reply: String) -> [String] {
        let text = reader.read(reply)
        return text.tokens.map { String(decoding: text.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    }

    @Test(arguments: [
        ("Thanks 😀 bye 👍🏽", ["Thanks", "bye"]),
        ("Cheers, Zoë. 東京 ٣", ["Cheers", "Zoë", "東京", "٣"]),
        ("bad \u{FFFD} byte", ["bad", "byte"]),
        ("cafe\u{301} ok", ["cafe\u{301}", "ok"]),
    ] as [(String, [String])])
    func emojiAndSymbolsAreNotWords(reply: String, expected: [String]) {
        #expect(Self.words(reply) == expected)
    }

    @Test(arguments: [
        ("Sorry \u{1B}[31mred\u{1B}[0m now", ["Sorry", "red", "now"]),
        ("Sorry \u{1B}]0;title\u{7} about that", ["Sorry", "about", "that"]),
        ("I\u{1B}[2Jwill", ["I", "will"]),
        ("\u{1B}", []),
        ("\u{1B}[", []),
    ] as [(String, [String])])
    func terminalEscapeSequencesAreSkippedWhole(reply: String, expected: [String]) {
        #expect(Self.words(reply) == expected)
    }

    @Test func decimalsAndThousandsAreOneNumber() {
        let text = Self.reader.read("I've refunded £9.99 and 1,000 points. Call at 4.30 or 4,5")
        let numbers = text.tokens.filter { $0.flags.contains(.digits) }
        #expect(numbers.map(\.number) == [9, 1000, 270, 4, 5])
        #expect(numbers[0].flags.contains(.decimal) && !numbers[0].flags.contains(.clock))
        #expect(numbers[2].flags.contains(.clock))
        #expect(text.sentences.count == 2)  // the decimal point ends no sentence
    }

    @Test(arguments: ["9.99", "25.00", "10.75"])
    func aPointThatIsNoClockTimeIsADecimal(number: String) {
        let token = Self.reader.read("at \(number)").tokens[1]
        #expect(!token.flags.contains(.clock) && token.flags.contains(.decimal))
    }

    @Test func lettersThenDigitsAreMarkedAsACode() {
        let text = Self.reader.read("It's AB1234, not 1234 or 4pm.")
        let marked = text.tokens.filter { $0.flags.contains(.lettersThenDigits) }
            .map { String(decoding: text.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        #expect(marked == ["AB1234"])
    }

    @Test func anEmojiSignOffIsNoName() {
        #expect(!ScoringFixtures.holds(.nameAndNumber, "Thanks for waiting. I'll call you back. 😀"))
        #expect(ScoringFixtures.holds(.nameAndNumber, "Thanks for waiting. I'll call you back. Zoë"))
        #expect(!ScoringFixtures.holds(.timeFrame, "That comes to 9.99 in total."))
    }

    @Test(arguments: [
        ("See https://example.com/we-apologize-i-will-call-you for more", ["See", "for", "more"]),
        ("Hi @tom_support, email returns@example.com or visit www.shop.com.", ["Hi", "email", "or", "visit"]),
        ("Details here: <URL> ^JS", ["Details", "here", "JS"]),
        ("Go to example.com/help/sorry and try again", ["Go", "to", "and", "try", "again"]),
        ("Call at 4.30, e.g. today. Thanks.Bye", ["Call", "at", "4.30", "e", "g", "today", "Thanks", "Bye"]),
    ] as [(String, [String])])
    func linksEmailsAndHandlesAreNotRead(reply: String, expected: [String]) {
        #expect(Self.words(reply) == expected)
    }

    @Test func aSentenceStillEndsRightAfterALink() {
        let text = Self.reader.read("It is on https://example.com/help. I will call you.")
        #expect(text.sentences.count == 2)
    }

    @Test(arguments: [
        ("Please contact AT&T about it", ["Please", "contact", "AT&T", "about", "it"]),
        ("M&S and P&O, salt & pepper, rock&roll", ["M&S", "and", "P&O", "salt", "pepper", "rock", "roll"]),
    ] as [(String, [String])])
    func anAmpersandBetweenCapitalsJoinsOneName(reply: String, expected: [String]) {
        #expect(Self.words(reply) == expected)
    }
}
