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
        // the phrase's UTF-8 bytes, not an array of its Unicode scalars:
        // building that array (4 bytes a scalar, counted first) and slicing
        // it per word was a tenth of loading the rubric
        var parser = Parser(bytes: Array(source.utf8))
        let elements = try parser.parseSequence(lexicon: &lexicon, words: &words, closing: nil)
        warnings += parser.warnings
        if elements.isEmpty {
            throw PhrasePatternError(offset: 0, message: "the phrase has no words", hint: "write the words a reply should contain, or remove the entry")
        }
        if !elements.contains(where: { $0.isRequired }) {
            throw PhrasePatternError(offset: 0, message: "every word in this phrase is optional, so it would match any reply",
                                     hint: "make at least one word required by taking it out of [ ]")
        }
        let startsWithGap = elements.first?.isGap == true
        if startsWithGap || elements.last?.isGap == true {
            let offset = startsWithGap ? 0 : max(0, parser.scalarOffset(ofByte: parser.bytes.count) - 3)
            throw PhrasePatternError(offset: offset, message: "'...' must stand between two words", hint: "a phrase already matches anywhere in a reply")
        }
        return PhrasePattern(source: source, elements: elements)
    }

    /// Compiles `source`, ignoring warnings.
    public static func parse(_ source: String, lexicon: inout Lexicon) throws(PhrasePatternError) -> PhrasePattern {
        var warnings: [PhrasePatternError] = []
        return try parse(source, lexicon: &lexicon, warnings: &warnings)
    }

    /// Reads a phrase's UTF-8 bytes into elements. Positions are byte
    /// offsets; errors and warnings give Unicode scalar offsets, as a
    /// trainer's editor counts columns (``PhrasePatternError/offset``), worked
    /// out only when one is reported.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0
        var warnings: [PhrasePatternError] = []
        /// The elements of the sequences being read, innermost last: each
        /// sequence is copied out once, at its exact size, when it ends
        /// (appending to an array per sequence grew most of them twice or
        /// more, and each growth is an allocation and a free).
        var pending: [PhraseElement] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
            pending.reserveCapacity(32)
        }

        /// The number of alternatives of the group whose bracket is at
        /// `open`: one more than its `|` outside nested groups (a capacity,
        /// so a group's list is allocated once; a bad group is reported by
        /// the reading itself).
        func alternativeCount(at open: Int) -> Int {
            var depth = 0, bars = 0, position = open + 1
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    if depth == 0 { return bars + 1 }
                    depth -= 1
                case UInt8(ascii: "|"): if depth == 0 { bars += 1 }
                default: break
                }
                position += 1
            }
            return bars + 1
        }

        /// The offset in Unicode scalars of byte `byte` (a scalar's first
        /// byte, or the end): the bytes before it that start a scalar.
        func scalarOffset(ofByte byte: Int) -> Int {
            var count = 0
            for position in 0..<byte where bytes[position] & 0xC0 != 0x80 { count += 1 }
            return count
        }

        /// The scalar starting at byte `at` and its length in bytes. The
        /// bytes are a Swift string's, so always well-formed UTF-8.
        func scalar(at position: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let (value, length) = bytes.withUnsafeBufferPointer { UTF8Decoding.scalar(in: $0, at: position) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", max(length, 1))
        }

        /// Whether `s` belongs in a word: a letter, a digit or an apostrophe
        /// (straight or curly).
        static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII { return isWordByte(UInt8(truncatingIfNeeded: s.value)) }
            return s.properties.isAlphabetic || s.properties.numericType != nil || s == "'" || s == "\u{2019}" || s == "\u{2018}"
        }

        /// Whether the ASCII byte `b` belongs in a word (ASCII's only
        /// alphabetic scalars are the letters, its only numeric ones the
        /// digits: no property tables).
        @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
            (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) || b == 0x27
        }

        /// The length in bytes of the word scalar at `position`, or 0 when
        /// none starts there.
        @inline(__always) func wordScalarLength(at position: Int) -> Int {
            let b = bytes[position]
            if b < 0x80 { return Parser.isWordByte(b) ? 1 : 0 }
            let (s, length) = scalar(at: position)
            return Parser.isWordScalar(s) ? length : 0
        }

        /// Parses alternatives up to `closing` (or the end), returning one
        /// element per word or group.
        mutating func parseSequence(lexicon: inout Lexicon, words: inout PhraseWordCache, closing: UInt8?) throws(PhrasePatternError) -> [PhraseElement] {
            let base = pending.count
            // the elements of the sequence's first word, shared from the
            // cache: a sequence of that word alone (most alternatives of a
            // group) is returned as is, with no array of its own
            var firstWord: [PhraseElement]?
            let count = bytes.count
            while index < count {
                let b = bytes[index]
                switch b {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "-"):
                    index += 1
                case UInt8(ascii: "("), UInt8(ascii: "["):
                    let choice = try parseGroup(lexicon: &lexicon, words: &words)
                    pending.append(choice)
                case UInt8(ascii: "|"):
                    if closing == nil {
                        throw PhrasePatternError(offset: scalarOffset(ofByte: index), message: "'|' outside ( ) or [ ]",
                                                 hint: "put the alternatives in brackets: (call|ring)")
                    }
                    return finishSequence(from: base, firstWord: firstWord)
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    if b == closing { return finishSequence(from: base, firstWord: firstWord) }
                    throw PhrasePatternError(offset: scalarOffset(ofByte: index),
                                             message: "unexpected '\(Character(Unicode.Scalar(b)))' with no matching '\(b == UInt8(ascii: ")") ? "(" : "[")'",
                                             hint: nil)
                case UInt8(ascii: "{"):
                    pending.append(.slot(try parseSlot()))
                case UInt8(ascii: "}"):
                    throw PhrasePatternError(offset: scalarOffset(ofByte: index), message: "unexpected '}' with no matching '{'", hint: nil)
                case UInt8(ascii: "."):
                    if index + 2 < count, bytes[index + 1] == UInt8(ascii: "."), bytes[index + 2] == UInt8(ascii: ".") {
                        try appendGap(from: base)
                        index += 3
                        while index < count, bytes[index] == UInt8(ascii: ".") { index += 1 }
                    } else {
                        warnings.append(PhrasePatternError(offset: scalarOffset(ofByte: index), message: "'.' is ignored: replies are matched without punctuation"))
                        index += 1
                    }
                default:
                    if b >= 0x80 {
                        let (s, length) = scalar(at: index)
                        if s == "\u{00A0}" {
                            index += length
                            continue
                        }
                        if s == "\u{2026}" {
                            // `…` as one mark: a gap, with no check for two in a row (as before)
                            pending.append(.gap)
                            index += length
                            continue
                        }
                        if !Parser.isWordScalar(s) {
                            warnings.append(PhrasePatternError(offset: scalarOffset(ofByte: index), message: "'\(s)' is ignored: replies are matched without punctuation"))
                            index += length
                            continue
                        }
                    } else if !Parser.isWordByte(b) {
                        warnings.append(PhrasePatternError(offset: scalarOffset(ofByte: index),
                                                           message: "'\(Character(Unicode.Scalar(b)))' is ignored: replies are matched without punctuation"))
                        index += 1
                        continue
                    }
                    let word = readWord(lexicon: &lexicon, words: &words)
                    if pending.count == base && firstWord == nil { firstWord = word }
                    // one at a time: append(contentsOf:) cost some 160 instructions a word
                    for element in word { pending.append(element) }
                }
            }
            return finishSequence(from: base, firstWord: firstWord)
        }

        /// The elements pending from `base`, as one array, removed from the
        /// pending stack.
        mutating func finishSequence(from base: Int, firstWord: [PhraseElement]?) -> [PhraseElement] {
            let length = pending.count - base
            if length == 0 { return [] }
            // the first word's elements and nothing after them: the cached array
            if let firstWord, firstWord.count == length {
                dropPending(length)
                return firstWord
            }
            let sequence = Array(pending[base...])
            dropPending(length)
            return sequence
        }

        /// Removes the last `count` pending elements, one at a time: the
        /// generic `removeLast(_:)` cost some 440 instructions a call, most
        /// sequences hold one to three elements.
        mutating func dropPending(_ count: Int) {
            for _ in 0..<count { pending.removeLast() }
        }

        /// Appends a gap `...` at the cursor, unless the sequence's last
        /// element already is one.
        mutating func appendGap(from base: Int) throws(PhrasePatternError) {
            if pending.count > base, pending[pending.count - 1].isGap {
                throw PhrasePatternError(offset: scalarOffset(ofByte: index), message: "two gaps '...' in a row",
                                         hint: "one '...' already allows up to \(PhrasePattern.maximumGap) words")
            }
            pending.append(.gap)
        }

        /// Parses a group `( | )` or `[ | ]`; the cursor is at its bracket.
        mutating func parseGroup(lexicon: inout Lexicon, words: inout PhraseWordCache) throws(PhrasePatternError) -> PhraseElement {
            let count = bytes.count
            let open = index
            let bracket = bytes[index]
            let s = Character(Unicode.Scalar(bracket))
            let close: UInt8 = bracket == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            let closeText = Character(Unicode.Scalar(close))
            index += 1
            var alternatives: [[PhraseElement]] = []
            alternatives.reserveCapacity(alternativeCount(at: open))
            while true {
                let alternativeStart = index
                let alternative = try parseSequence(lexicon: &lexicon, words: &words, closing: close)
                if index >= count {
                    throw PhrasePatternError(offset: scalarOffset(ofByte: open), message: "'\(s)' is never closed", hint: "add '\(closeText)' after the last alternative")
                }
                if alternative.isEmpty {
                    throw PhrasePatternError(offset: scalarOffset(ofByte: alternativeStart), message: "empty alternative in '\(s)...\(closeText)'",
                                             hint: "write a word on each side of every '|', or put optional words in [ ]")
                }
                alternatives.append(alternative)
                // parseSequence stops only at '|' or `close`, both ASCII
                let stop = bytes[index]
                index += 1
                if stop == close { break }
                if stop != UInt8(ascii: "|") {
                    throw PhrasePatternError(offset: scalarOffset(ofByte: index - 1),
                                             message: "'\(Character(Unicode.Scalar(stop)))' closes '\(s)' at column \(scalarOffset(ofByte: open) + 1)",
                                             hint: "close '\(s)' with '\(closeText)'")
                }
            }
            return .choice(alternatives, optional: bracket == UInt8(ascii: "["))
        }

        /// Parses a slot `{name}`; the cursor is at its brace.
        mutating func parseSlot() throws(PhrasePatternError) -> PhraseSlot {
            let count = bytes.count
            let open = index
            index += 1
            let nameStart = index
            while index < count, bytes[index] != UInt8(ascii: "}"), bytes[index] != UInt8(ascii: "{"),
                  bytes[index] != UInt8(ascii: "("), bytes[index] != UInt8(ascii: "[") {
                index += 1
            }
            guard index < count, bytes[index] == UInt8(ascii: "}") else {
                throw PhrasePatternError(offset: scalarOffset(ofByte: open), message: "'{' is never closed", hint: "write a slot as {time}, {day}, {date}, {number} or {name}")
            }
            // the stops are ASCII, so the name's bytes are whole scalars
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            index += 1
            let trimmed = name.trimmingWhitespace().lowercased()
            guard let slot = PhraseSlot(rawValue: trimmed) else {
                let known = PhraseSlot.allCases.map(\.rawValue)
                let guess = Spelling.suggestion(for: trimmed, among: known)
                throw PhrasePatternError(offset: scalarOffset(ofByte: open), message: "unknown slot '{\(name)}'",
                                         hint: guess.map { "did you mean '{\($0)}'? " } .map { $0 + "Slots are " + known.map { "{\($0)}" }.joined(separator: ", ") }
                                             ?? "slots are " + known.map { "{\($0)}" }.joined(separator: ", "))
            }
            return slot
        }

        /// Reads the word at the cursor (which starts with a word scalar):
        /// its elements, one per normalised word.
        mutating func readWord(lexicon: inout Lexicon, words: inout PhraseWordCache) -> [PhraseElement] {
            let count = bytes.count
            let start = index
            var isPlain = true  // ASCII letters and digits only
            while index < count {
                let b = bytes[index]
                if b < 0x80 {
                    guard Parser.isWordByte(b) else { break }
                    if b == 0x27 { isPlain = false }
                    index += 1
                } else {
                    let length = wordScalarLength(at: index)
                    guard length > 0 else { break }
                    isPlain = false
                    index += length
                }
            }
            if isPlain, let known = words.elements(ofPlain: bytes, start..<index, lexicon: &lexicon) { return known }
            // curly apostrophes straightened (U+2018 and U+2019: E2 80 98, E2 80 99)
            var straight: [UInt8] = []
            straight.reserveCapacity(index - start)
            var position = start
            while position < index {
                if bytes[position] == 0xE2, position + 2 < index, bytes[position + 1] == 0x80,
                   bytes[position + 2] == 0x98 || bytes[position + 2] == 0x99 {
                    straight.append(0x27)
                    position += 3
                } else {
                    straight.append(bytes[position])
                    position += 1
                }
            }
            let word = String(decoding: straight, as: UTF8.self)
            return PhrasePattern.wordElements(word.lowercased(), lexicon: &lexicon)
        }
    }

    /// The elements of a lower-cased word as a phrase holds it: split,
    /// normalised and interned, one `.word` each. (Straight to elements, in
    /// one array sized for the usual one or two: a list of ids, a list of
    /// split parts and their mapping were three more arrays a new word.)
    static func wordElements(_ word: String, lexicon: inout Lexicon) -> [PhraseElement] {
        var elements: [PhraseElement] = []
        elements.reserveCapacity(2)
        if let (digits, letters) = splitDigitsFromLetters(word) {
            for normal in lexicon.normalise(digits) { elements.append(.word(lexicon.intern(normal))) }
            for normal in lexicon.normalise(letters) { elements.append(.word(lexicon.intern(normal))) }
        } else {
            for normal in lexicon.normalise(word) { elements.append(.word(lexicon.intern(normal))) }
        }
        return elements
    }

    /// `4pm` is read from replies as `4` `pm`; read phrases the same way:
    /// the digits and the letters of a word that starts with digits, or nil.
    private static func splitDigitsFromLetters(_ word: String) -> (String, String)? {
        // an ASCII word not starting with a digit: no Unicode property lookup
        if let byte = word.utf8.first, byte < 0x80, !(byte >= 0x30 && byte <= 0x39) { return nil }
        guard let first = word.unicodeScalars.first, first.properties.numericType != nil,
              let split = word.unicodeScalars.firstIndex(where: { $0.properties.isAlphabetic }) else { return nil }
        return (String(word.unicodeScalars[..<split]), String(word.unicodeScalars[split...]))
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

    /// Whether this is a gap `...`.
    var isGap: Bool {
        if case .gap = self { return true }
        return false
    }
}
