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

    @Test func anAmountAfterACurrencySignIsNeverATime() {
        for amount in ["£5", "$5", "€5", "¥5", "£20"] {
            let text = Self.reader.read("I can offer you a voucher for \(amount).")
            #expect(text.tokens.contains { $0.number > 0 && $0.flags.contains(.money) }, "\(amount)")
            #expect(!ScoringFixtures.holds(.timeFrame, "I can offer you a voucher for \(amount)."), "\(amount)")
        }
        // a plain number, or a sign apart from it, is read as before
        #expect(ScoringFixtures.holds(.timeFrame, "I'll call you back by 5."))
        #expect(!Self.reader.read("It costs £ 5").tokens.contains { $0.flags.contains(.money) })
        #expect(ScoringFixtures.holds(.timeFrame, "I'll refund the £5 and call you back by 4pm today."))
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

    /// The reader numbers each token with its sentence and clause as it
    /// reads: every token sits in the sentence and clause it names, they
    /// cover the tokens in order, and only a sentence's first token is
    /// marked as its start.
    @Test(arguments: [
        "Sorry about that! I'll refund it today, but it may take 3-5 days. Is that ok?",
        "Hi. ? We'll call you at 10:42 -- because the line is busy; thanks",
        "",
        "?? ... !",
        "I’m sure, and I can’t say; whatever… OK",
    ])
    func tokensKnowTheirSentenceAndClause(reply: String) {
        let text = Self.reader.read(reply)
        #expect(text.sentences.map(\.range.lowerBound).first ?? 0 == 0)
        #expect(text.sentences.last?.range.upperBound ?? 0 == text.tokens.count)
        #expect(text.clauses.last?.upperBound ?? 0 == text.tokens.count)
        for (index, sentence) in text.sentences.enumerated() where index > 0 {
            #expect(sentence.range.lowerBound == text.sentences[index - 1].range.upperBound)
        }
        for (index, token) in text.tokens.enumerated() {
            #expect(text.sentence(of: index).range.contains(index))
            #expect(text.clause(of: index).contains(index))
            #expect(token.flags.contains(.sentenceStart) == (text.sentence(of: index).range.lowerBound == index))
        }
    }

    @Test func aQuestionMarkAfterAnEmptySentenceMarksTheSentenceBefore() {
        let text = Self.reader.read("Can I help. ?")
        #expect(text.sentences.count == 1 && text.sentences[0].isQuestion)
        #expect(text.tokens.last!.flags.contains(.beforeQuestionMark))
    }

    /// A reply longer than the reader's stack scratch (36 tokens, 1,024
    /// bytes) reads as its parts do, one after another.
    @Test func aLongReplyReadsAsItsRepeatedParts() {
        let part = "Sorry, I'll call you back at 4.30 today because the line dropped. "
        let one = Self.reader.read(part)
        let many = Self.reader.read(String(repeating: part, count: 40))
        #expect(many.tokens.count == 40 * one.tokens.count)
        #expect(many.sentences.count == 40 * one.sentences.count)
        #expect(many.clauses.count == 40 * one.clauses.count)
        for (index, token) in many.tokens.enumerated() {
            let original = one.tokens[index % one.tokens.count]
            #expect(token.id == original.id && token.flags == original.flags && token.number == original.number)
            #expect(Int(token.start) == Int(original.start) + index / one.tokens.count * part.utf8.count)
        }
        #expect(many.present == one.present)
    }

    /// Letters are read eight bytes at a time: a run ends exactly at the
    /// bytes on either side of A-Z and a-z, wherever it falls in the eight.
    @Test func aRunOfLettersEndsAtTheFirstOtherByte() {
        let reply = "abcdefghijklmnopqrstuvwxyz{ABCDEFGHIJKLMNOPQRSTUVWXYZ[hello^worlds~a|b\u{7F}c/Zoë"
        #expect(Self.words(reply) == ["abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "hello", "worlds", "a", "b", "c", "Zoë"])
    }

    @Test(arguments: ["APOLOGISE for it", "so sorry, we APOLOGISE", "ApOlOgIsE", "we apologise"])
    func capitalsAreLowerCasedInEveryPosition(reply: String) {
        let id = ScoringFixtures.rubric.lexicon.id("apologise")
        #expect(Self.reader.read(reply).tokens.contains { $0.id == id })
    }

    /// A reader that reads every word through the general path, for the
    /// plain-word path to be checked against.
    static let generalReader = ReplyReader(lexicon: ScoringFixtures.rubric.lexicon, usesPlainPath: false)

    /// Everything a reading holds, token by token, as text to compare.
    static func reading(_ text: ReplyText) -> [String] {
        text.tokens.map { "\($0.id) \($0.start)..<\($0.end) n\($0.number) f\($0.flags.rawValue) s\($0.sentence) c\($0.clause)" }
            + text.sentences.map { "sentence \($0.range) \($0.isQuestion)" } + text.clauses.map { "clause \($0)" }
            + ["capitals \(text.usesCapitals)", "present \(text.present)"]
    }

    /// The shapes at a plain word's edges: what may go on after a run of
    /// letters (apostrophes, hyphens, digits, `&`, non-ASCII letters and
    /// quotes), what may start a link, long and upper-case words, words
    /// the table holds as several ids or not at all, and words that need
    /// normalising.
    static let edgeWords = [
        "sorry", "Sorry", "SORRY", "sOrRy", "I", "i", "I'm", "Im", "im", "I'll", "ill", "it's", "it’s", "it‘s", "it´s", "rock`n",
        "customers'", "James'", "don't", "dont", "won't", "re-sent", "re-", "well-known", "x-ray", "AT&T", "P&O", "a&b", "M&",
        "AB1234", "M25", "4pm", "5th", "21st", "10:42", "4.30", "9.99", "1,000", "£5", "$20", "€5", "café", "Zoë", "naïve", "東京",
        "word😀", "😀word", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
        "internationalisation", "Supercalifragilisticexpialidocious", "sooorry", "apologise", "apologize", "appologise",
        "but", "because", "ten", "twenty", "four", "hundred", "tomorrow", "today", "Monday", "noon", "o'clock", "and",
        "https://example.com", "www.example.com", "example.com", "name@example.com", "a.b", "today.Thanks", "<URL>", "@handle",
        "\u{1B}[31mred\u{1B}[0m", "cafe\u{301}", "\u{FFFD}", "x", "A", "Q",
    ]
    static let edgeSeparators = [" ", "  ", ", ", ". ", "! ", "? ", "; ", ": ", ")", "(", "\"", "\n", "\t", " - ", "--", "-", "'", "’",
                                 "…", "—", " « ", "\u{00A0}", "", ".", ",", "/", "&", "2", "_", "\u{1B}[0m", "@", "é"]

    @Test func thePlainWordPathReadsEveryEdgeShapeAsTheGeneralPathDoes() {
        var replies: [String] = []
        for word in Self.edgeWords {
            for separator in Self.edgeSeparators {
                replies.append(word + separator)
                replies.append(word + separator + "thanks")
                replies.append("Hello " + word + separator + "Sorry")
                replies.append(separator + word)
            }
        }
        // and longer mixes (a fixed pseudo-random sequence)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ count: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % count
        }
        for _ in 0..<3000 {
            var reply = ""
            for _ in 0..<(1 + next(12)) {
                reply += Self.edgeWords[next(Self.edgeWords.count)] + Self.edgeSeparators[next(Self.edgeSeparators.count)]
            }
            replies.append(reply)
        }
        var checked = 0
        for reply in replies {
            let plain = Self.reader.read(reply), general = Self.generalReader.read(reply)
            #expect(Self.reading(plain) == Self.reading(general), "\(reply)")
            checked += plain.tokens.count
        }
        #expect(checked > 20000)
    }

    /// The plain-word path reads a session's replies (a cache reused, the
    /// text's arrays reused) as the general path does.
    @Test func thePlainWordPathReadsASessionOfRepliesAsTheGeneralPathDoes() {
        let replies = ["Hello, you're through to Tom. I'm updating your address now before Friday.",
                       "ok so the courier messed up, not us tomorrow morning, OK? sooorry",
                       "I'm so sorry about this! you should have read the terms within 24 hours. I'm updating your address now by 4pm today.",
                       "Good morning, I’m Joanna. the engineer should have checked the line. I'll escalate this and call you back right now!",
                       "", "Thanks", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z but and because"]
        var plainText = ReplyText(bytes: []), generalText = ReplyText(bytes: [])
        var plainCache = ReplyReader.NormalisedWords(), generalCache = ReplyReader.NormalisedWords()
        for reply in replies + replies.reversed() {
            plainText.bytes = Array(reply.utf8)
            generalText.bytes = Array(reply.utf8)
            Self.reader.read(into: &plainText, cache: &plainCache)
            Self.generalReader.read(into: &generalText, cache: &generalCache)
            #expect(Self.reading(plainText) == Self.reading(generalText), "\(reply)")
            // the present words, set as tokens are appended, are exactly the tokens' (none left from the reply before)
            var expected = [UInt64](repeating: 0, count: plainText.present.count)
            for token in plainText.tokens where token.id >= 0 { expected[Int(token.id) >> 6] |= 1 << UInt64(token.id & 63) }
            #expect(plainText.present == expected, "\(reply)")
        }
    }
}
