extension PhrasePattern {
    /// Compiles `source`, adding its words to `lexicon`.
    ///
    /// Punctuation other than apostrophes and hyphens is ignored (replies are
    /// matched without it); `warnings` receives a note for each such mark.
    public static func parse(_ source: String, lexicon: inout Lexicon, warnings: inout [PhrasePatternError]) throws(PhrasePatternError) -> PhrasePattern {
        var words = PhraseWordCache()
        return try parse(source, lexicon: &lexicon, words: &words, warnings: &warnings)
    }

    /// Compiles `source`, reading its words through `words`, a cache shared
    /// by all the phrases of one rubric (which repeat the same words).
    static func parse(_ source: String, lexicon: inout Lexicon, words: inout PhraseWordCache,
                      warnings: inout [PhrasePatternError]) throws(PhrasePatternError) -> PhrasePattern {
        var parser = Parser(scalars: Array(source.unicodeScalars))
        let elements = try parser.parseSequence(lexicon: &lexicon, words: &words, closing: nil)
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

    /// Compiles `source`, ignoring warnings.
    public static func parse(_ source: String, lexicon: inout Lexicon) throws(PhrasePatternError) -> PhrasePattern {
        var warnings: [PhrasePatternError] = []
        return try parse(source, lexicon: &lexicon, warnings: &warnings)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        var warnings: [PhrasePatternError] = []

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            // ASCII without the property tables (a tenth of loading the rubric):
            // its only alphabetic scalars are the letters, its only numeric ones the digits
            if s.isASCII {
                let v = s.value
                return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x27
            }
            return s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "\u{2019}" || s == "\u{2018}"
        }

        /// Parses alternatives up to `closing` (or the end), returning one
        /// element per word or group.
        mutating func parseSequence(lexicon: inout Lexicon, words: inout PhraseWordCache, closing: Unicode.Scalar?) throws(PhrasePatternError) -> [PhraseElement] {
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
                        let alternative = try parseSequence(lexicon: &lexicon, words: &words, closing: close)
                        if index >= scalars.count {
                            throw PhrasePatternError(offset: open, message: "'\(s)' is never closed", hint: "add '\(close)' after the last alternative")
                        }
                        if alternative.isEmpty {
                            throw PhrasePatternError(offset: altStart, message: "empty alternative in '\(s)...\(close)'",
                                                     hint: "write a word on each side of every '|', or put optional words in [ ]")
                        }
                        alternatives.append(alternative)
                        guard index < scalars.count else {
                            throw PhrasePatternError(offset: open, message: "'\(s)' is never closed", hint: "add '\(close)' after the last alternative")
                        }
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
                        let start = index
                        var isPlain = true  // ASCII letters and digits only
                        while index < scalars.count, Parser.isWordScalar(scalars[index]) {
                            let v = scalars[index].value
                            if v >= 0x80 || v == 0x27 { isPlain = false }
                            index += 1
                        }
                        if isPlain, let ids = words.ids(ofPlain: scalars[start..<index], lexicon: &lexicon) {
                            for id in ids { elements.append(.word(id)) }
                            continue
                        }
                        var word = ""
                        for c in scalars[start..<index] {
                            word.unicodeScalars.append(c == "\u{2019}" || c == "\u{2018}" ? "'" : c)
                        }
                        for id in PhrasePattern.internWord(word.lowercased(), lexicon: &lexicon) { elements.append(.word(id)) }
                    } else {
                        warnings.append(PhrasePatternError(offset: index, message: "'\(s)' is ignored: replies are matched without punctuation"))
                        index += 1
                    }
                }
            }
            return elements
        }
    }

    /// The ids of a lower-cased word as a phrase holds it: split, normalised
    /// and interned.
    static func internWord(_ word: String, lexicon: inout Lexicon) -> [Int32] {
        var ids: [Int32] = []
        for part in splitDigitsFromLetters(word) {
            for normal in lexicon.normalise(part) { ids.append(lexicon.intern(normal)) }
        }
        return ids
    }

    /// `4pm` is read from replies as `4` `pm`; read phrases the same way.
    private static func splitDigitsFromLetters(_ word: String) -> [String] {
        // an ASCII word not starting with a digit: no Unicode property lookup
        if let byte = word.utf8.first, byte < 0x80, !(byte >= 0x30 && byte <= 0x39) { return [word] }
        guard let first = word.unicodeScalars.first, first.properties.numericType != nil,
              let split = word.unicodeScalars.firstIndex(where: { $0.properties.isAlphabetic }) else { return [word] }
        return [String(word.unicodeScalars[..<split]), String(word.unicodeScalars[split...])]
    }
}

extension PhraseElement {
    /// Whether a match must consume at least one word for this element.
    var isRequired: Bool {
        switch self {
        case .word, .slot: return true
        case .gap: return false
        case .choice(let alternatives, let optional):
            return !optional && alternatives.allSatisfy { $0.contains(where: { $0.isRequired }) }
        }
    }
}
