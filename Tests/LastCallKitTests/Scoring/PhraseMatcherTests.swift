import Testing
@testable import LastCallKit

@Suite struct PhraseMatcherTests {
    /// A slow, obviously correct matcher over a phrase's elements, to check
    /// the compiled one against: a word takes the word (fillers may come
    /// before it, except at the phrase's first word), a choice is any of its
    /// alternatives (or nothing, when optional), a gap skips 0 to 4 words,
    /// and a slot takes the one or two ends its rules give the token it
    /// meets (fillers may come before it as before a word).
    struct Reference {
        let tokens: [Int32]
        let fillers: Set<Int32>
        let start: Int
        let limit: Int
        /// Per token, per slot: the distances at which the slot's match
        /// starting there may end (empty: it does not match there).
        let slotEnds: [[PhraseSlot: [Int]]]

        func ends(_ elements: ArraySlice<PhraseElement>, at pos: Int) -> Set<Int> {
            guard let first = elements.first else { return [pos] }
            let rest = elements.dropFirst()
            switch first {
            case .word(let id):
                var q = pos
                while q < limit {
                    if tokens[q] == id { return ends(rest, at: q + 1) }
                    guard q > start, fillers.contains(tokens[q]) else { return [] }
                    q += 1
                }
                return []
            case .gap:
                var found: Set<Int> = []
                for k in 0...PhrasePattern.maximumGap where pos + k <= limit { found.formUnion(ends(rest, at: pos + k)) }
                return found
            case .choice(let alternatives, let optional):
                var found: Set<Int> = optional ? ends(rest, at: pos) : []
                for alternative in alternatives {
                    for end in ends(alternative[...], at: pos) { found.formUnion(ends(rest, at: end)) }
                }
                return found
            case .slot(let slot):
                var q = pos
                while q < limit {
                    if let distances = slotEnds[q][slot], !distances.isEmpty {
                        var found: Set<Int> = []
                        for distance in distances where q + distance <= limit { found.formUnion(ends(rest, at: q + distance)) }
                        return found
                    }
                    guard q > start, fillers.contains(tokens[q]) else { return [] }
                    q += 1
                }
                return []
            }
        }

        /// Every non-overlapping match, leftmost first, each as long as it can be.
        static func matches(_ pattern: PhrasePattern, in text: ReplyText, fillers: Set<Int32>,
                            slotEnds: [[PhraseSlot: [Int]]]) -> [PhraseMatch] {
            let tokens = text.tokens.map(\.id)
            var found: [PhraseMatch] = []
            var start = 0
            while start < tokens.count {
                let limit = text.sentences[Int(text.tokens[start].sentence)].range.upperBound
                let reference = Reference(tokens: tokens, fillers: fillers, start: start, limit: limit, slotEnds: slotEnds)
                if let best = reference.ends(pattern.elements[...], at: start).max(), best > start {
                    found.append(PhraseMatch(start: start, end: best - 1))
                    start = best
                } else {
                    start += 1
                }
            }
            return found
        }
    }

    /// A deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func pick(_ words: [String]) -> String { words[next(words.count)] }
    }

    static let vocabulary = ["i", "we", "have", "will", "call", "you", "back", "the", "so", "very", "sorry", "not", "much", "a", "lot"]
    /// Words some slot takes (a number, a time, a day, a date, a name, a past
    /// tense, an -ing word), for the replies of the slot test.
    static let slotWords = ["5", "twenty", "four", "4pm", "10:30", "noon", "half", "past", "monday", "5th", "of", "march", "Kate",
                            "sent", "called", "calling", "minutes", "by"]
    static let slots = ["{time}", "{day}", "{date}", "{number}", "{name}", "{done}", "{doing}"]
    static let fillerWords = ["so", "very", "the", "a"]

    static func randomPhrase(_ g: inout Generator, withSlots: Bool = false) -> String {
        func word(_ g: inout Generator) -> String { withSlots && g.next(3) == 0 ? g.pick(slots) : g.pick(vocabulary) }
        func words(_ g: inout Generator) -> String { (0...g.next(2)).map { _ in word(&g) }.joined(separator: " ") }
        var parts: [String] = []
        let count = 1 + g.next(4)
        for k in 0..<count {
            switch g.next(10) {
            case 0...4: parts.append(word(&g))
            case 5...7: parts.append("(" + (0...(1 + g.next(3))).map { _ in words(&g) }.joined(separator: "|") + ")")
            case 8: parts.append(k == 0 ? g.pick(vocabulary) : "[" + (0...g.next(2)).map { _ in words(&g) }.joined(separator: "|") + "]")
            default: if k > 0, k < count - 1, parts.last != "..." { parts.append("...") } else { parts.append(g.pick(vocabulary)) }
            }
        }
        return parts.joined(separator: " ")
    }

    @Test func theCompiledBankMatchesAsTheReferenceDoes() throws {
        var g = Generator(state: 2026)
        var lexicon = Lexicon()
        for word in Self.vocabulary { _ = lexicon.intern(word) }
        var patterns: [PhrasePattern] = []
        while patterns.count < 150 {
            if let pattern = try? PhrasePattern.parse(Self.randomPhrase(&g), lexicon: &lexicon) { patterns.append(pattern) }
        }
        let fillers = Set(Self.fillerWords.map { lexicon.id($0) })
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: fillers)
        let bank = CompiledPhrases(patterns)
        let reader = ReplyReader(lexicon: lexicon)
        var checked = 0
        for _ in 0..<400 {
            let reply = (0..<(2 + g.next(12))).map { _ in g.next(12) == 0 ? "." : g.pick(Self.vocabulary) }.joined(separator: " ")
            let text = reader.read(reply)
            let hits = matcher.allMatches(in: bank, text: text)
            for (index, pattern) in patterns.enumerated() {
                let expected = Reference.matches(pattern, in: text, fillers: fillers, slotEnds: Self.slotEnds(of: text, matcher: matcher))
                let got = hits.filter { $0.phrase == Int32(index) }.map(\.match)
                #expect(got == expected, "\(pattern.source) in \"\(reply)\"")
                checked += expected.count
            }
        }
        #expect(checked > 500)  // the generator makes phrases that match
    }

    /// Each token's slot ends as the slot rules give them (tested in
    /// ReplyScorerTests and PhrasePatternTests), for the reference.
    static func slotEnds(of text: ReplyText, matcher: PhraseMatcher) -> [[PhraseSlot: [Int]]] {
        let slots = UnsafeMutablePointer<TokenSlots>.allocate(capacity: max(text.tokens.count, 1))
        defer { slots.deallocate() }
        text.withTokenView { matcher.rules.fill(slots, text: $0) }
        return (0..<text.tokens.count).map { pos in
            var ends: [PhraseSlot: [Int]] = [:]
            for slot in PhraseSlot.allCases {
                let found = slots[pos].ends(ofSlot: slot.code)
                if found.matches { ends[slot] = [found.first] + (found.second != 0 ? [found.second] : []) }
            }
            return ends
        }
    }

    @Test func theCompiledBankMatchesSlotsAsTheReferenceDoes() throws {
        var g = Generator(state: 1413)
        var lexicon = Lexicon()
        for word in Self.vocabulary + Self.slotWords { _ = lexicon.intern(word.lowercased()) }
        var patterns: [PhrasePattern] = []
        while patterns.count < 150 {
            if let pattern = try? PhrasePattern.parse(Self.randomPhrase(&g, withSlots: true), lexicon: &lexicon) { patterns.append(pattern) }
        }
        let fillers = Set(Self.fillerWords.map { lexicon.id($0) })
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: fillers)
        let bank = CompiledPhrases(patterns)
        let reader = ReplyReader(lexicon: lexicon)
        var checked = 0
        for _ in 0..<400 {
            let reply = (0..<(2 + g.next(12))).map { _ in
                g.next(12) == 0 ? "." : g.next(2) == 0 ? g.pick(Self.slotWords) : g.pick(Self.vocabulary)
            }.joined(separator: " ")
            let text = reader.read(reply)
            let hits = matcher.allMatches(in: bank, text: text)
            let slotEnds = Self.slotEnds(of: text, matcher: matcher)
            for (index, pattern) in patterns.enumerated() {
                let expected = Reference.matches(pattern, in: text, fillers: fillers, slotEnds: slotEnds)
                let got = hits.filter { $0.phrase == Int32(index) }.map(\.match)
                #expect(got == expected, "\(pattern.source) in \"\(reply)\"")
                checked += expected.count
            }
        }
        #expect(checked > 500)
    }

    @Test func longRunsOfFillersMatchAsShortOnesDo() throws {
        // past a few fillers the matcher jumps through the run with tables:
        // the same matches as the reference, which steps one word at a time
        var lexicon = Lexicon()
        for word in Self.vocabulary + Self.slotWords { _ = lexicon.intern(word.lowercased()) }
        let sources = ["so sorry", "sorry so much", "very ... sorry", "i (will|have) so {doing}", "(so|very) (a|lot|the)", "so [very] much",
                       "we ... {number} {day}", "the (sorry|so|lot) you", "i will call you back"]
        let patterns = try sources.map { try PhrasePattern.parse($0, lexicon: &lexicon) }
        let fillers = Set(Self.fillerWords.map { lexicon.id($0) })
        let matcher = PhraseMatcher(lexicon: lexicon, fillers: fillers)
        let bank = CompiledPhrases(patterns)
        let reader = ReplyReader(lexicon: lexicon)
        var g = Generator(state: 99)
        for _ in 0..<60 {
            let run = (0..<(1 + g.next(40))).map { _ in g.pick(Self.fillerWords) }.joined(separator: " ")
            let reply = [g.pick(Self.vocabulary), run, g.pick(Self.vocabulary + Self.slotWords), run, g.pick(["sorry", "much", "you", "monday"])]
                .joined(separator: " ")
            let text = reader.read(reply)
            let hits = matcher.allMatches(in: bank, text: text)
            let slotEnds = Self.slotEnds(of: text, matcher: matcher)
            for (index, pattern) in patterns.enumerated() {
                let expected = Reference.matches(pattern, in: text, fillers: fillers, slotEnds: slotEnds)
                #expect(hits.filter { $0.phrase == Int32(index) }.map(\.match) == expected, "\(pattern.source) in \"\(reply)\"")
            }
        }
    }

    @Test func aChoiceOfWordsMayFindItsWordAfterAFiller() {
        // "the" is a filler: "(the|returns)" finds "returns" past it, as the
        // alternative "returns" alone would, and the longest match wins
        #expect(PhrasePatternTests.matches("from (the|returns)", "from the returns desk", fillers: ["the"]) == ["from the returns"])
        #expect(PhrasePatternTests.matches("from (the|returns)", "from the desk", fillers: ["the"]) == ["from the"])
        #expect(PhrasePatternTests.matches("sorry [so|very] much", "sorry so very much", fillers: ["so", "very"]) == ["sorry so very much"])
    }

    @Test func aGapIsNotTriedWhereWhatFollowsCannotStart() {
        #expect(PhrasePatternTests.matches("(I|we) ... (lost|got it wrong)", "we we we got it wrong") == ["we we we got it wrong"])
        #expect(PhrasePatternTests.matches("(I|we) ... (lost|got it wrong)", "we got it right") == [])
        #expect(PhrasePatternTests.matches("by ... ({time}|noon)", "by about 4pm") == ["by about 4pm"])
    }
}
