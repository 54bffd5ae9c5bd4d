import Testing
@testable import LastCallKit

/// The byte-level phrase reader against a slow reference: the reader it
/// replaced, which walked an array of Unicode scalars. Both must give the
/// same elements, the same warnings and the same located errors, and add
/// the same words to the lexicon in the same order.
@Suite struct PhrasePatternParsingTests {
    /// What reading `sources` in order into one lexicon gives: per source,
    /// the pattern or the error (offset, message, hint), and its warnings;
    /// then the lexicon's words.
    static func outcomes(_ sources: [String], reference: Bool) -> (results: [String], words: [String]) {
        var lexicon = Lexicon()
        var cache = PhraseWordCache()
        var results: [String] = []
        for source in sources {
            var warnings: [PhrasePatternError] = []
            do throws(PhrasePatternError) {
                let pattern = reference
                    ? try ScalarReferenceParser.parse(source, lexicon: &lexicon, warnings: &warnings)
                    : try PhrasePattern.parse(source, lexicon: &lexicon, words: &cache, warnings: &warnings)
                results.append("ok \(pattern.elements)")
            } catch {
                results.append("error \(error.offset): \(error.message) | \(error.hint ?? "-")")
            }
            results += warnings.map { "warning \($0.offset): \($0.message)" }
        }
        return (results, lexicon.words)
    }

    static let tricky = [
        // curly apostrophes, non-ASCII words and marks
        "I’ll (call|ring) you", "we‘ll see", "don’t worry", "café naïve Zürich", "straße ΣΟΦΊΑ",
        "a\u{00A0}b", "wait … then", "«sorry» — “really”", "x'\u{301}s now", "ok 👍 done", "½ price",
        // digits and letters, runs, long words
        "by 4pm (today|tomorrow)", "Sooorry SOOORRY", "4PM 10am 2nd", "acknowledgements acknowledgementsss",
        "internationalisation (internationalisation|x)", "12345678 123456789 12345678901234567",
        // nested choices, optional groups, gaps and slots
        "(a (b|c)|d [e|f]) and (a (b|c)|d [e|f])", "[so|really|very] sorry", "(get back|come back) to you",
        "take ... up with", "take … up with", "a .... b", "(x ... y|z) w", "by { Time } on {day}", "{name}",
        "[I am|we are] sorry", "I (will|'ll) call", "hyphen-ated words - here",
        // punctuation warnings, at scalar offsets after non-ASCII text
        "(call, ring|phone) me", "é. sorry!", "naïve? yes; ok", "end.",
        // errors, located in scalars
        "(call|ring", "café (call|ring", "call|ring", "é call|ring", "(call|)", "(é|)", "by {tme}", "é {tme}",
        "by {time", "é {time", "[maybe]", "sorry)", "é sorry)", "é sorry]", "(call|ring] you", "é (a|b]",
        "", "   ", "!!", "... sorry", "sorry ...", "é sorry ...", "sorry …", "a ... ... b", "é a ... ... b",
        "sorry }", "é }", "(a|[b|c)]", "[b|(c]", "{na(me}", "(", "[", "{", "|", "a (b|c) |",
    ]

    @Test func theByteReaderReadsAsTheScalarReader() {
        let fast = Self.outcomes(Self.tricky, reference: false)
        let slow = Self.outcomes(Self.tricky, reference: true)
        #expect(fast.results.count == slow.results.count)
        for (got, expected) in zip(fast.results, slow.results) {
            #expect(got == expected)
        }
        #expect(fast.words == slow.words)
    }

    @Test func everyRubricPhraseReadsAsTheScalarReaderReadsIt() {
        let rubric = ScoringFixtures.rubric
        var sources: [String] = []
        for criterion in rubric.criteria {
            sources += criterion.phrases.map(\.source)
            sources += criterion.exceptions.flatMap { $0.phrases.map(\.source) + $0.targets.map(\.source) }
        }
        #expect(sources.count > 100)
        let fast = Self.outcomes(sources, reference: false)
        let slow = Self.outcomes(sources, reference: true)
        #expect(fast.results == slow.results)
        #expect(fast.words == slow.words)
    }

    @Test(arguments: [
        ("é (a|b]", 6, "unexpected ']' with no matching '['"),
        ("café (call|ring", 5, "'(' is never closed"),
        ("é sorry ...", 8, "'...' must stand between two words"),
        ("é a ... ... b", 8, "two gaps '...' in a row"),
        ("«x» é {tme}", 6, "unknown slot '{tme}'"),
        ("é, sorry", 1, "',' is ignored: replies are matched without punctuation"),
    ] as [(String, Int, String)])
    func offsetsAfterNonASCIITextCountScalars(source: String, offset: Int, message: String) {
        var lexicon = Lexicon()
        var warnings: [PhrasePatternError] = []
        do {
            _ = try PhrasePattern.parse(source, lexicon: &lexicon, warnings: &warnings)
            #expect(warnings.map(\.offset) == [offset])
            #expect(warnings.map(\.message) == [message])
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
        }
    }

    @Test func aOneWordAlternativeSharesTheCachedWord() {
        var lexicon = Lexicon()
        var cache = PhraseWordCache()
        var warnings: [PhrasePatternError] = []
        let first = try? PhrasePattern.parse("(call|ring) you", lexicon: &lexicon, words: &cache, warnings: &warnings)
        let second = try? PhrasePattern.parse("I (ring|call)", lexicon: &lexicon, words: &cache, warnings: &warnings)
        guard case .choice(let a, _)? = first?.elements.first, case .choice(let b, _)? = second?.elements.last else {
            Issue.record("expected two choices")
            return
        }
        #expect(a[0] == b[1] && a[1] == b[0])
        #expect(a[0].withUnsafeBufferPointer { $0.baseAddress } == b[1].withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func theCacheKeepsEveryWordAcrossGrowth() {
        // more words than the table's first size, each read twice
        var lexicon = Lexicon()
        var cache = PhraseWordCache()
        let words = (0..<1500).map { "w\(String($0, radix: 26))x" }
        var first: [[PhraseElement]] = []
        for word in words {
            first.append(cache.elements(ofPlain: Array(word.utf8), 0..<word.utf8.count, lexicon: &lexicon) ?? [])
        }
        for (index, word) in words.enumerated() {
            let again = cache.elements(ofPlain: Array(word.uppercased().utf8), 0..<word.utf8.count, lexicon: &lexicon)
            #expect(again == first[index])
            #expect(again == [.word(lexicon.id(word))])
        }
    }
}

/// The phrase reader as it was before it read bytes: an array of Unicode
/// scalars, every word through the full path (no cache). Kept as the slow
/// reference the byte reader is checked against.
enum ScalarReferenceParser {
    static func parse(_ source: String, lexicon: inout Lexicon, warnings: inout [PhrasePatternError]) throws(PhrasePatternError) -> PhrasePattern {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        let elements = try parser.parseSequence(lexicon: &lexicon, closing: nil)
        warnings += parser.warnings
        if elements.isEmpty {
            throw PhrasePatternError(offset: 0, message: "the phrase has no words", hint: "write the words a reply should contain, or remove the entry")
        }
        if !elements.contains(where: { $0.isRequired }) {
            throw PhrasePatternError(offset: 0, message: "every word in this phrase is optional, so it would match any reply",
                                     hint: "make at least one word required by taking it out of [ ]")
        }
        if elements.first == .gap || elements.last == .gap {
            let offset = elements.first == .gap ? 0 : max(0, parser.scalars.count - 3)
            throw PhrasePatternError(offset: offset, message: "'...' must stand between two words", hint: "a phrase already matches anywhere in a reply")
        }
        return PhrasePattern(source: source, elements: elements)
    }

    static func internWord(_ word: String, lexicon: inout Lexicon) -> [Int32] {
        var ids: [Int32] = []
        for part in splitDigitsFromLetters(word) {
            for normal in lexicon.normalise(part) { ids.append(lexicon.intern(normal)) }
        }
        return ids
    }

    static func splitDigitsFromLetters(_ word: String) -> [String] {
        guard let first = word.unicodeScalars.first, first.properties.numericType != nil,
              let split = word.unicodeScalars.firstIndex(where: { $0.properties.isAlphabetic }) else { return [word] }
        return [String(word.unicodeScalars[..<split]), String(word.unicodeScalars[split...])]
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var warnings: [PhrasePatternError] = []

        static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "\u{2019}" || s == "\u{2018}"
        }

        mutating func parseSequence(lexicon: inout Lexicon, closing: Unicode.Scalar?) throws(PhrasePatternError) -> [PhraseElement] {
            var elements: [PhraseElement] = []
            while index < scalars.count {
                let s = scalars[index]
                switch s {
                case " ", "\t", "\n", "\r", "-", "\u{00A0}":
                    index += 1
                case "(", "[":
                    let open = index
                    index += 1
                    let close: Unicode.Scalar = s == "(" ? ")" : "]"
                    var alternatives: [[PhraseElement]] = []
                    while true {
                        let altStart = index
                        let alternative = try parseSequence(lexicon: &lexicon, closing: close)
                        if index >= scalars.count {
                            throw PhrasePatternError(offset: open, message: "'\(s)' is never closed", hint: "add '\(close)' after the last alternative")
                        }
                        if alternative.isEmpty {
                            throw PhrasePatternError(offset: altStart, message: "empty alternative in '\(s)...\(close)'",
                                                     hint: "write a word on each side of every '|', or put optional words in [ ]")
                        }
                        alternatives.append(alternative)
                        let stop = scalars[index]
                        index += 1
                        if stop == close { break }
                        if stop != "|" {
                            throw PhrasePatternError(offset: index - 1, message: "'\(stop)' closes '\(s)' at column \(open + 1)",
                                                     hint: "close '\(s)' with '\(close)'")
                        }
                    }
                    elements.append(.choice(alternatives, optional: s == "["))
                case "|":
                    if closing == nil {
                        throw PhrasePatternError(offset: index, message: "'|' outside ( ) or [ ]",
                                                 hint: "put the alternatives in brackets: (call|ring)")
                    }
                    return elements
                case ")", "]":
                    if s == closing { return elements }
                    throw PhrasePatternError(offset: index, message: "unexpected '\(s)' with no matching '\(s == ")" ? "(" : "[")'",
                                             hint: nil)
                case "{":
                    let open = index
                    var name = ""
                    index += 1
                    while index < scalars.count, scalars[index] != "}", scalars[index] != "{", scalars[index] != "(", scalars[index] != "[" {
                        name.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    guard index < scalars.count, scalars[index] == "}" else {
                        throw PhrasePatternError(offset: open, message: "'{' is never closed", hint: "write a slot as {time}, {day}, {date}, {number} or {name}")
                    }
                    index += 1
                    let trimmed = name.trimmingWhitespace().lowercased()
                    guard let slot = PhraseSlot(rawValue: trimmed) else {
                        let known = PhraseSlot.allCases.map(\.rawValue)
                        let guess = Spelling.suggestion(for: trimmed, among: known)
                        throw PhrasePatternError(offset: open, message: "unknown slot '{\(name)}'",
                                                 hint: guess.map { "did you mean '{\($0)}'? " } .map { $0 + "Slots are " + known.map { "{\($0)}" }.joined(separator: ", ") }
                                                     ?? "slots are " + known.map { "{\($0)}" }.joined(separator: ", "))
                    }
                    elements.append(.slot(slot))
                case "}":
                    throw PhrasePatternError(offset: index, message: "unexpected '}' with no matching '{'", hint: nil)
                case ".":
                    if index + 2 < scalars.count, scalars[index + 1] == ".", scalars[index + 2] == "." {
                        if elements.last == .gap {
                            throw PhrasePatternError(offset: index, message: "two gaps '...' in a row", hint: "one '...' already allows up to \(PhrasePattern.maximumGap) words")
                        }
                        elements.append(.gap)
                        index += 3
                        while index < scalars.count, scalars[index] == "." { index += 1 }
                    } else {
                        warnings.append(PhrasePatternError(offset: index, message: "'.' is ignored: replies are matched without punctuation"))
                        index += 1
                    }
                case "\u{2026}":
                    elements.append(.gap)
                    index += 1
                default:
                    if Parser.isWordScalar(s) {
                        var word = ""
                        while index < scalars.count, Parser.isWordScalar(scalars[index]) {
                            let c = scalars[index]
                            word.unicodeScalars.append(c == "\u{2019}" || c == "\u{2018}" ? "'" : c)
                            index += 1
                        }
                        for id in ScalarReferenceParser.internWord(word.lowercased(), lexicon: &lexicon) { elements.append(.word(id)) }
                    } else {
                        warnings.append(PhrasePatternError(offset: index, message: "'\(s)' is ignored: replies are matched without punctuation"))
                        index += 1
                    }
                }
            }
            return elements
        }
    }
}
