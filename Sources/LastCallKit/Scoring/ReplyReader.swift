/// Reads a reply's UTF-8 bytes into a ``ReplyText``: words, contractions,
/// spelling, sentences and clauses, in one pass without regular expressions.
final class ReplyReader: Sendable {
    let lexicon: Lexicon
    /// Per lexicon id: its value as a number (or -1), and whether the word
    /// starts a new clause ("but", "and", "because", "if"...); one array, so
    /// a token costs one bounds check for both.
    private let facts: [WordTable.IDFacts]
    private let table: WordTable
    private let iID: Int32
    /// Whether plain letter words take ``readPlainWord(_:from:into:cache:)``
    /// (always, but for the tests that check it reads as the general path).
    private let usesPlainPath: Bool

    /// A reader of `lexicon`'s words; `usesPlainPath` false only to test
    /// that the plain-word path reads every reply as the general path does.
    init(lexicon: Lexicon, usesPlainPath: Bool = true) {
        self.usesPlainPath = usesPlainPath
        self.lexicon = lexicon
        let clauseStarters = lexicon.ids("but and because although though however or if unless while whereas otherwise")
        var numbers: [Int32: Int32] = [:]
        let names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for (value, name) in names.enumerated() where lexicon.id(name) != Lexicon.unknown {
            numbers[lexicon.id(name)] = Int32(value)
        }
        for (name, value) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
                              ("ninety", 90), ("hundred", 100)] where lexicon.id(name) != Lexicon.unknown {
            numbers[lexicon.id(name)] = Int32(value)
        }
        var facts = [WordTable.IDFacts](repeating: WordTable.IDFacts(), count: lexicon.words.count)
        for id in clauseStarters where id >= 0 { facts[Int(id)].startsClause = true }
        for (id, value) in numbers where id >= 0 { facts[Int(id)].number = value }
        self.facts = facts
        table = WordTable(lexicon: lexicon, facts: facts)
        iID = lexicon.id("i")
    }

    /// Reads `reply`.
    func read(_ reply: String) -> ReplyText {
        var text = ReplyText(bytes: Array(reply.utf8))
        read(into: &text)
        return text
    }

    /// Reads `text.bytes` into `text` again, reusing its arrays' storage
    /// (what a scorer session does for each reply).
    func read(into text: inout ReplyText) {
        var cache = NormalisedWords()
        read(into: &text, cache: &cache)
    }

    /// How many tokens, sentences and clauses (and bytes of the word being
    /// read) a reply's scratch lists hold on the stack: each at most 1,024
    /// bytes, which `withUnsafeTemporaryAllocation` always takes from the
    /// stack. A longer reply moves a list to the heap.
    private static let stackTokens = 36, stackSentences = 16, stackClauses = 32, stackWordBytes = 1024

    /// ``read(into:)``, remembering normalised words in `cache`.
    func read(into text: inout ReplyText, cache: inout NormalisedWords) {
        // The tokens, sentences and clauses are built in scratch lists on the
        // stack and copied into `text`'s arrays once at the end (three
        // `replaceSubrange`s, which keep the arrays' storage): per reply ~1,400
        // instructions fewer than appending to the arrays after emptying them.
        let bytes = text.bytes
        bytes.withUnsafeBufferPointer { p in
            withUnsafeTemporaryAllocation(of: ReplyToken.self, capacity: ReplyReader.stackTokens) { tokenStorage in
                withUnsafeTemporaryAllocation(of: ReplyText.Sentence.self, capacity: ReplyReader.stackSentences) { sentenceStorage in
                    withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: ReplyReader.stackClauses) { clauseStorage in
                        // ``ReplyText/present`` is set as each token is
                        // appended (not in a pass over the tokens after)
                        let presentCount = lexicon.words.count / 64 + 1
                        if text.present.count != presentCount {
                            text.present = [UInt64](repeating: 0, count: presentCount)
                        }
                        let out = text.present.withUnsafeMutableBufferPointer { present in
                            present.update(repeating: 0)
                            var out = Output(tokens: ScratchList(lending: tokenStorage), sentences: ScratchList(lending: sentenceStorage),
                                             clauses: ScratchList(lending: clauseStorage), present: present.baseAddress!,
                                             presentCount: presentCount)
                            withWordStorage(for: p.count) { scan(p, word: WordBuffer(base: $0), into: &out, cache: &cache) }
                            return out
                        }
                        defer { out.release() }
                        text.tokens.replaceSubrange(0..<text.tokens.count, with: out.tokens.elements)
                        text.sentences.replaceSubrange(0..<text.sentences.count, with: out.sentences.elements)
                        text.clauses.replaceSubrange(0..<text.clauses.count, with: out.clauses.elements)
                        text.usesCapitals = out.usesCapitals
                    }
                }
            }
        }
    }

    /// Calls `body` with room for the word buffer of a reply of `count`
    /// bytes: `count + 16` bytes (see ``WordBuffer``), on the stack when that fits.
    @inline(__always) private func withWordStorage(for count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        if count + 16 <= ReplyReader.stackWordBytes {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ReplyReader.stackWordBytes) { body($0.baseAddress!) }
        } else {
            let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: count + 16)
            defer { storage.deallocate() }
            body(storage)
        }
    }

    private enum Break: Int, Comparable {
        case none = 0, clause, sentence
        static func < (a: Break, b: Break) -> Bool { a.rawValue < b.rawValue }
    }

    @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) private static func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// Where the terminal escape sequence starting with the ESC at `i` ends:
    /// a CSI (`ESC [ ... final`), an OSC (`ESC ] ... BEL` or `ESC \`), or
    /// ESC and one more character.
    private static func endOfEscape(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = p.count
        guard i + 1 < n else { return n }
        var k = i + 2
        switch p[i + 1] {
        case UInt8(ascii: "["):
            while k < n, p[k] >= 0x20, p[k] <= 0x3F { k += 1 }  // parameters and intermediates
            return k < n && p[k] >= 0x40 && p[k] <= 0x7E ? k + 1 : k
        case UInt8(ascii: "]"):
            while k < n {
                if p[k] == 0x07 { return k + 1 }
                if p[k] == 0x1B, k + 1 < n, p[k + 1] == UInt8(ascii: "\\") { return k + 2 }
                if p[k] == 0x0A { return k }
                k += 1
            }
            return n
        default:
            return p[i + 1] < 0x80 ? i + 2 : i + 1
        }
    }

    /// Whether the bytes after a word may make it the start of a link or an
    /// email address (`https://`, `www.x`, `example.com`, `name@x`): the
    /// only words ``LinkSpan`` is asked about (not "today. Thanks").
    @inline(__always) private static func mayStartLink(_ p: UnsafeBufferPointer<UInt8>, wordEnd: Int) -> Bool {
        guard wordEnd + 1 < p.count else { return false }
        let b = p[wordEnd], next = p[wordEnd + 1]
        if b == UInt8(ascii: ":") { return next == UInt8(ascii: "/") }
        return (b == UInt8(ascii: ".") || b == UInt8(ascii: "@")) && (isASCIILetter(next) || isDigit(next))
    }

    /// Whether the comma at `i` separates thousands: three digits follow it, then no digit.
    @inline(__always) private static func isThousands(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 3 < p.count && isDigit(p[i + 1]) && isDigit(p[i + 2]) && isDigit(p[i + 3]) && (i + 4 >= p.count || !isDigit(p[i + 4]))
    }

    /// Whether the bytes at `i` are a Unicode apostrophe (’ or ‘), and how long it is.
    @inline(__always) private static func apostropheLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if p[i] == 0x27 || p[i] == 0x60 { return 1 }
        if p[i] == 0xE2, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0x99 || p[i + 2] == 0x98 { return 3 }
        if p[i] == 0xC2, i + 1 < p.count, p[i + 1] == 0xB4 { return 2 }
        return 0
    }

    /// What a character is to the reader.
    enum CharacterKind {
        /// A letter, digit or mark: part of a word.
        case word
        /// A space, quote, symbol or emoji: separates words, breaks nothing.
        case space
        /// A comma-like break: « », ¡ ¿, a dash.
        case clauseBreak
        /// A full stop: an ellipsis, a CJK full stop.
        case sentenceBreak
    }

    /// What the non-ASCII character starting at `i` is, and its length in bytes.
    private static func classifyNonASCII(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (kind: CharacterKind, length: Int) {
        let b = p[i]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        if b == 0xC2, i + 1 < p.count {
            let c = p[i + 1]
            if c == 0xA0 { return (.space, 2) }
            if c == 0xAB || c == 0xBB || c == 0xA1 || c == 0xBF { return (.clauseBreak, 2) }
        }
        if b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80 {
            let c = p[i + 2]
            if c == 0xA6 { return (.sentenceBreak, 3) }  // ellipsis
            if c >= 0x93 && c <= 0x95 { return (.clauseBreak, 3) }  // dashes
            if c >= 0x9C && c <= 0x9F { return (.space, 3) }  // double quotes
            if c >= 0x80 && c <= 0x8F { return (.space, 3) }  // spaces
            if c == 0x98 || c == 0x99 { return (.space, 3) }  // quotes outside a word
            if c >= 0xA0 { return (.space, 3) }
        }
        if b == 0xE3, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] <= 0x82 { return (.sentenceBreak, 3) }  // CJK stop
        if b < 0xC0 { return (.space, 1) }  // stray continuation byte
        let available = min(length, p.count - i)
        return (isWordScalar(p, i, available) ? .word : .space, available)
    }

    /// Whether the character of `length` bytes at `i` belongs in a word: a
    /// letter, a digit or a combining mark (é, ß, 東, ٣); not an emoji, a
    /// symbol or the replacement character, which read as a space.
    private static func isWordScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        guard length >= 2 else { return false }
        var value = UInt32(p[i]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(p[i + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// What the reader has built of a reply so far, and its position
    /// between words: the break waiting for the next word, and where the
    /// open sentence and clause began. Each token gets its sentence and
    /// clause number as it is appended (the ones its sentence and clause
    /// will have when closed), not in a second pass.
    private struct Output {
        var tokens: ScratchList<ReplyToken>
        var sentences: ScratchList<ReplyText.Sentence>
        var clauses: ScratchList<Range<Int>>
        /// ``ReplyText/present``'s `presentCount` words, cleared: bit `id`
        /// set as a token of `id` is appended (an id past them, which only
        /// a cache filled by another lexicon's reader could give, is not).
        let present: UnsafeMutablePointer<UInt64>
        let presentCount: Int
        var usesCapitals = false
        var pending = Break.sentence
        var sentenceStart = 0
        var clauseStart = 0

        @inline(__always) mutating func closeClause() {
            if tokens.count > clauseStart {
                clauses.append(clauseStart..<tokens.count)
                clauseStart = tokens.count
            }
        }

        @inline(__always) mutating func closeSentence() {
            closeClause()
            if tokens.count > sentenceStart {
                sentences.append(ReplyText.Sentence(range: sentenceStart..<tokens.count, isQuestion: false))
                sentenceStart = tokens.count
            }
        }

        /// Appends a token, numbering it with the open sentence and clause.
        @inline(__always) mutating func append(id: Int32, start: Int, end: Int, number: Int32, flags: ReplyToken.Flags) {
            var flags = flags
            if tokens.count == sentenceStart { flags.insert(.sentenceStart) }
            // (a negative id is a huge word index: one test for both bounds)
            let word = Int(UInt32(bitPattern: id) >> 6)
            if word < presentCount { present[word] |= 1 << UInt64(id & 63) }
            tokens.append(ReplyToken(id: id, start: Int32(start), end: Int32(end), number: number, flags: flags,
                                     sentence: Int32(sentences.count), clause: Int32(clauses.count)))
        }

        /// Marks the last token as before a comma-like break.
        mutating func markComma() {
            guard !tokens.isEmpty else { return }
            tokens[tokens.count - 1].flags.insert(.beforeComma)
        }

        mutating func markQuestion() {
            guard !tokens.isEmpty else { return }
            let last = tokens.count - 1
            tokens[last].flags.insert(.beforeQuestionMark)
            if sentenceStart > last, !sentences.isEmpty {
                sentences[sentences.count - 1].isQuestion = true
            }
        }

        func release() {
            tokens.release()
            sentences.release()
            clauses.release()
        }
    }

    /// The word being read, lower-cased, in storage of the reply's length
    /// + 16 bytes: a word never holds more bytes than it was read from
    /// (a clock time's `:` and two digits replace three bytes, an
    /// apostrophe of up to three bytes becomes one), so appending needs no
    /// capacity check, and 16 bytes always remain past the word for the
    /// zeros ``key`` writes there.
    private struct WordBuffer {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        init(base: UnsafeMutablePointer<UInt8>) {
            self.base = base
        }

        @inline(__always) mutating func append(_ b: UInt8) {
            base[count] = b
            count += 1
        }

        var isEmpty: Bool { count == 0 }
        var last: UInt8? { count > 0 ? base[count - 1] : nil }
        var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

        /// The word's table key: zeros written past its end, then two
        /// 8-byte loads (no per-byte hashing).
        @inline(__always) func key() -> WordKey {
            let end = UnsafeMutableRawPointer(base + count)
            end.storeBytes(of: 0, as: UInt64.self)
            end.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
            return WordKey(padded: base, length: count)
        }
    }

    /// Reads the bytes `p` into `out`: each character is a word's start, a
    /// break or a space; each word becomes one or more tokens.
    private func scan(_ p: UnsafeBufferPointer<UInt8>, word: WordBuffer, into out: inout Output, cache: inout NormalisedWords) {
        var i = 0
        var word = word
        while i < p.count {
            let b = p[i]
            if b == 0x20 {
                // a space (a reply's most common byte) breaks nothing
                i += 1
                continue
            }
            if b >= 0x80 {
                let (kind, length) = ReplyReader.classifyNonASCII(p, i)
                guard kind == .word else {
                    ReplyReader.apply(kind, to: &out)
                    i += length
                    continue
                }
            } else if b == 0x1B {
                // a terminal escape sequence (colour, cursor) says nothing: skip it whole
                i = ReplyReader.endOfEscape(p, i)
                continue
            } else if ReplyReader.isASCIILetter(b) {
                if usesPlainPath {
                    let end = readPlainWords(p, from: i, into: &word, out: &out, cache: &cache)
                    if end > i {
                        i = end
                        continue
                    }
                }
            } else if !ReplyReader.isDigit(b) {
                // an @handle or a placeholder (<URL>) says nothing: skip it
                // whole, as a break (no phrase reaches across it)
                if b == UInt8(ascii: "@") || b == UInt8(ascii: "<"), LinkSpan.beginsRun(p, at: i), let end = LinkSpan.end(in: p, from: i) {
                    out.pending = max(out.pending, .clause)
                    i = end
                    continue
                }
                ReplyReader.applyPunctuation(p, i, to: &out)
                i += 1
                continue
            }
            let start = i
            let read = ReplyReader.readWord(p, from: i, into: &word)
            i = read.end
            if word.isEmpty { i = max(i, start + 1); continue }
            if ReplyReader.mayStartLink(p, wordEnd: i), LinkSpan.beginsRun(p, at: start), let end = LinkSpan.end(in: p, from: start) {
                // a link or an email address says nothing either: its words are not read
                out.pending = max(out.pending, .clause)
                i = end
                continue
            }
            appendWord(word, start: start, end: i, flags: read.flags, number: read.number, into: &out, cache: &cache)
        }
        out.closeSentence()
    }

    /// Bytes below 0x80 that may go on after a run of letters in one word
    /// (digits, `'`, `` ` ``, `&`, `-`): bit `b` of the pair (0-63, 64-127).
    private static let continuesWordLow: UInt64 = 0x03FF_0000_0000_0000 | 1 << 0x26 | 1 << 0x27 | 1 << 0x2D
    private static let continuesWordHigh: UInt64 = 1 << (0x60 - 64)

    /// Reads the plain words from `start` (an ASCII letter) on, and the
    /// spaces and ASCII punctuation between them. A plain word is runs of
    /// ASCII letters, joined by apostrophes, that end the word (followed by
    /// a space, the end, or ASCII punctuation that starts no link): most of
    /// a reply's words. It needs none of ``readWord(_:from:into:)``'s
    /// digit, clock and non-ASCII work, and a word the table holds as one
    /// id becomes its token straight from the table's slot. Returns where it stopped,
    /// having appended the words' tokens: at a byte ``scan`` reads (a digit,
    /// a non-ASCII byte, ESC, `@`, `<`), at a word that is not plain (which
    /// the general path reads again), or at the end; `start` when its first
    /// word is not plain. (Per reply ~1,400 instructions fewer than the
    /// general path; one call for a run of words, ~150 fewer than a call a word.)
    private func readPlainWords(_ p: UnsafeBufferPointer<UInt8>, from start: Int, into word: inout WordBuffer,
                                out: inout Output, cache: inout NormalisedWords) -> Int {
        let n = p.count
        var i = start
        while true {
            word.count = 0
            var end = ReplyReader.readLetters(p, from: i, into: &word)
            // an apostrophe between letters (I'm, it's, I’ll): one word, as
            // ``readWord(_:from:into:)`` reads it (the bytes `'`, `` ` ``, ’ or ‘ as `'`)
            while end + 1 < n {
                let length = p[end] == 0x27 || p[end] == 0x60 ? 1
                    : p[end] == 0xE2 && end + 3 < n && p[end + 1] == 0x80 && (p[end + 2] == 0x99 || p[end + 2] == 0x98) ? 3 : 0
                guard length > 0, ReplyReader.isASCIILetter(p[end + length]) else { break }
                word.append(0x27)
                end = ReplyReader.readLetters(p, from: end + length, into: &word)
            }
            if end < n {
                let t = p[end]
                if t != 0x20 {
                    if t >= 0x80 { return i }
                    let continues = t < 64 ? ReplyReader.continuesWordLow >> UInt64(t) : ReplyReader.continuesWordHigh >> UInt64(t - 64)
                    if continues & 1 != 0 || ReplyReader.mayStartLink(p, wordEnd: end) { return i }
                }
            }
            // the tokens: a word of one id straight from its table slot
            // (what ``appendWord`` and ``emit`` do for it; written here, not
            // in a function of its own, which the compiler left a call: with
            // the apostrophes above, per reply ~190 instructions fewer), any
            // other through ``appendWord``
            let flags: ReplyToken.Flags = ReplyReader.isCapital(p[i]) ? .capitalised : []
            if let known = table.entry(word.key(), bytes: word.base), known.idCount == 1 {
                let id = known.first
                let tokenFlags = flags.union(known.endings)
                if out.pending == .sentence {
                    out.closeSentence()
                } else {
                    if tokenFlags.contains(.capitalised), !out.tokens.isEmpty, id != iID { out.usesCapitals = true }
                    if out.pending == .clause { out.closeClause() }
                }
                if known.startsClause { out.closeClause() }
                out.pending = .none
                out.append(id: id, start: i, end: end, number: known.number, flags: tokenFlags)
            } else {
                appendWord(word, start: i, end: end, flags: flags, number: -1, into: &out, cache: &cache)
            }
            i = end
            // the spaces and punctuation up to the next word, as ``scan`` reads them
            while i < n {
                let b = p[i]
                if b == 0x20 {
                    i += 1
                    continue
                }
                if ReplyReader.isASCIILetter(b) { break }
                if b >= 0x80 || b == 0x1B || b == UInt8(ascii: "@") || b == UInt8(ascii: "<") || ReplyReader.isDigit(b) { return i }
                ReplyReader.applyPunctuation(p, i, to: &out)
                i += 1
            }
            if i >= n { return i }
        }
    }

    /// Applies a non-ASCII break (or space) to the open sentence and clause.
    private static func apply(_ kind: CharacterKind, to out: inout Output) {
        switch kind {
        case .clauseBreak:
            out.markComma()
            out.pending = max(out.pending, .clause)
        case .sentenceBreak:
            out.pending = .sentence
            out.closeSentence()
        case .word, .space:
            break
        }
    }

    /// Applies the ASCII punctuation (or space) at `i`: . ! ; and line ends
    /// end a sentence, ? a question, , : ( ) " and a spaced dash a clause.
    private static func applyPunctuation(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, to out: inout Output) {
        switch p[i] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: ";"), 0x0A, 0x0D:
            out.pending = .sentence; out.closeSentence()
        case UInt8(ascii: "?"):
            out.pending = .sentence; out.closeSentence()
            out.markQuestion()
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""):
            if p[i] == UInt8(ascii: ",") { out.markComma() }
            out.pending = max(out.pending, .clause)
        case UInt8(ascii: "-"):
            // a spaced dash is a break; a hyphen inside a word is not
            let n = p.count
            let spaced = (i + 1 >= n || p[i + 1] == 0x20) && (i == 0 || p[i - 1] == 0x20)
            if spaced || (i + 1 < n && p[i + 1] == UInt8(ascii: "-")) { out.pending = max(out.pending, .clause) }
        default:
            break
        }
    }

    /// One word as ``readWord(_:from:into:)`` read it.
    private struct ReadWord {
        /// Where the word ends in the bytes (exclusive).
        var end: Int
        var flags: ReplyToken.Flags
        /// Its value when all digits (a clock time in minutes), else -1.
        var number: Int32
    }

    /// Reads the word starting at `start` into `word` (lower-cased, apostrophes
    /// as `'`): letters, digits, inner apostrophes, a clock time (10:42,
    /// 4.30), a decimal or thousands number (9.99, 1,000), an ordinal (5th);
    /// digits then letters split (4pm reads 4, then pm).
    @inline(__always) private static func readWord(_ p: UnsafeBufferPointer<UInt8>, from start: Int, into word: inout WordBuffer) -> ReadWord {
        let n = p.count
        var i = start
        word.count = 0
        var flags: ReplyToken.Flags = p[start] >= 0x41 && p[start] <= 0x5A ? .capitalised : []
        var allDigits = true
        var clockValue: Int32 = -1
        var wholeDigits = -1  // digits before a decimal point
        reading: while i < n {
            let c = p[i]
            if isASCIILetter(c) {
                if allDigits && !word.isEmpty {
                    // 5th, 21st: an ordinal; 4pm, 48hrs: split into two words
                    if isOrdinalSuffix(p, i) { flags.insert(.ordinal); i += 2 }
                    break reading
                }
                allDigits = false
                i = readLetters(p, from: i, into: &word)
                // a space ends most words: no need for the tests below
                if i < n, p[i] == 0x20 { break reading }
            } else if isDigit(c) {
                if !allDigits { flags.insert(.lettersThenDigits) }
                word.append(c)
                i += 1
            } else if allDigits, clockValue < 0, isClockSeparator(p, i, word: word) {
                clockValue = clockMinutes(p, i, word: word)
                word.append(UInt8(ascii: ":")); word.append(p[i + 1]); word.append(p[i + 2])
                flags.insert(.clock)
                i += 3
                break reading
            } else if allDigits, clockValue < 0, !flags.contains(.decimal), isNumberSeparator(p, i, word: word) {
                // 9.99, 2.5, 1,000: one number (a point that is no clock
                // time does not end the sentence)
                if c == UInt8(ascii: ".") { flags.insert(.decimal); wholeDigits = word.count }
                word.append(c)
                i += 1
            } else if !word.isEmpty, !allDigits, apostropheLength(p, i) > 0 {
                let length = apostropheLength(p, i)
                if i + length < n, isASCIILetter(p[i + length]) {
                    word.append(0x27)
                    i += length
                } else {
                    // trailing apostrophe (customers'): a possessive
                    if length == 1 || word.last == UInt8(ascii: "s") { i += length }
                    break reading
                }
            } else if c >= 0x80, classifyNonASCII(p, i).kind == .word {
                let length = classifyNonASCII(p, i).length
                allDigits = false
                for k in 0..<length { word.append(p[i + k]) }
                i += length
            } else if c == UInt8(ascii: "&"), !allDigits, i > start, i + 1 < n, isCapital(p[i - 1]), isCapital(p[i + 1]) {
                // AT&T, P&O, M&S: one name, not "at" and "t"
                word.append(c)
                i += 1
            } else if c == UInt8(ascii: "-"), word.count == 2, word.base[0] == UInt8(ascii: "r"), word.base[1] == UInt8(ascii: "e"),
                      i + 1 < n, isASCIILetter(p[i + 1]) {
                // re-sent, re-booked: the verb itself (the token still spans the prefix)
                word.count = 0
                i += 1
            } else {
                break reading
            }
        }
        var number: Int32 = -1
        if allDigits && !word.isEmpty {
            flags.insert(.digits)
            number = clockValue >= 0 ? clockValue : wholeValue(word, digits: wholeDigits >= 0 ? wholeDigits : word.count)
            if followsCurrencySign(p, start) { flags.insert(.money) }
        }
        return ReadWord(end: i, flags: flags, number: number)
    }

    /// Whether a currency sign ($, £, €, ¥) comes right before `start`: the
    /// number is an amount ("a voucher for £5"), never a time.
    @inline(__always) private static func followsCurrencySign(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        if start >= 1, p[start - 1] == UInt8(ascii: "$") { return true }
        if start >= 2, p[start - 2] == 0xC2, p[start - 1] == 0xA3 || p[start - 1] == 0xA5 { return true }  // £ ¥
        return start >= 3 && p[start - 3] == 0xE2 && p[start - 2] == 0x82 && p[start - 1] == 0xAC  // €
    }

    /// Reads the run of ASCII letters at `i` (most of a reply) into `word`,
    /// lower-cased, and returns where it ends: eight bytes at a time while
    /// eight remain (~2 instructions a letter instead of 11), then byte by
    /// byte. Storing all eight bytes past a shorter run is safe: the word
    /// buffer has room for the reply's length + 16 and holds no more bytes
    /// than were read (see ``WordBuffer``), and bytes past ``WordBuffer/count``
    /// are never read as the word.
    @inline(__always) private static func readLetters(_ p: UnsafeBufferPointer<UInt8>, from start: Int, into word: inout WordBuffer) -> Int {
        var i = start
        let n = p.count
        if let bytes = UnsafeRawPointer(p.baseAddress) {
            while i + 8 <= n {
                let x = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) | 0x2020_2020_2020_2020
                // per byte, top bit set when it is a letter: (b | 0x20) in
                // 0x61...0x7A, and b below 0x80 (the masked sums carry
                // nothing into the next byte)
                let low = x & 0x7F7F_7F7F_7F7F_7F7F
                let letters = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~x & 0x8080_8080_8080_8080
                UnsafeMutableRawPointer(word.base + word.count).storeBytes(of: x.littleEndian, as: UInt64.self)
                let run = (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3  // 8: all letters
                word.count += run
                i += run
                if run < 8 { return i }
            }
        }
        while i < n, isASCIILetter(p[i]) {
            word.append(p[i] | 0x20)
            i += 1
        }
        return i
    }

    /// Whether the letters at `i` (after digits) are an ordinal's suffix:
    /// st, nd, rd or th, and no letter after.
    @inline(__always) private static func isOrdinalSuffix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 1 < p.count else { return false }
        let pair = (p[i] | 0x20, p[i + 1] | 0x20)
        guard pair == (0x73, 0x74) || pair == (0x6E, 0x64) || pair == (0x72, 0x64) || pair == (0x74, 0x68) else { return false }
        return i + 2 >= p.count || !isASCIILetter(p[i + 2])
    }

    /// Whether the `:` or `.` at `i` after the one or two digits of `word`
    /// makes a clock time: two digits follow (the first 0-5), then no digit,
    /// and the hour is at most 24.
    @inline(__always) private static func isClockSeparator(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, word: WordBuffer) -> Bool {
        let c = p[i]
        guard c == UInt8(ascii: ":") || c == UInt8(ascii: "."), !word.isEmpty, word.count <= 2, i + 2 < p.count,
              isDigit(p[i + 1]), p[i + 1] <= UInt8(ascii: "5"), isDigit(p[i + 2]), i + 3 >= p.count || !isDigit(p[i + 3]) else { return false }
        return word.count == 1 || word.base[0] < UInt8(ascii: "2") || (word.base[0] == UInt8(ascii: "2") && word.base[1] <= UInt8(ascii: "4"))
    }

    /// The clock time `word` (the hour) and the two digits after `i` say, in minutes.
    @inline(__always) private static func clockMinutes(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, word: WordBuffer) -> Int32 {
        var hours: Int32 = 0
        for k in 0..<word.count { hours = hours * 10 + Int32(word.base[k] - 0x30) }
        return hours * 60 + Int32(p[i + 1] - 0x30) * 10 + Int32(p[i + 2] - 0x30)
    }

    /// Whether the `.` or `,` at `i` joins the digits of `word` to more
    /// digits: a decimal point, or a comma that separates thousands.
    @inline(__always) private static func isNumberSeparator(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, word: WordBuffer) -> Bool {
        guard !word.isEmpty, i + 1 < p.count, isDigit(p[i + 1]) else { return false }
        return p[i] == UInt8(ascii: ".") || (p[i] == UInt8(ascii: ",") && isThousands(p, i))
    }

    /// The value of the first `digits` bytes of `word` (commas skipped, at
    /// most six digits read).
    @inline(__always) private static func wholeValue(_ word: WordBuffer, digits count: Int) -> Int32 {
        var number: Int32 = 0
        var digits = 0
        for k in 0..<count where word.base[k] != UInt8(ascii: ",") && digits < 6 {
            number = number * 10 + Int32(word.base[k] - 0x30)
            digits += 1
        }
        return number
    }

    /// Whether an unknown word may still normalise to a known one: it holds
    /// an apostrophe, or three of one letter in a row.
    private static func needsNormalising(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        var previous: UInt8 = 0
        for b in word {
            if b == 0x27 { return true }
            run = b == previous ? run + 1 : 1
            if run >= 3 { return true }
            previous = b
        }
        return false
    }

    /// The flags a word's ending gives it (-ly, -ing, -ed, -ness, -ful, -ous,
    /// -able, -ible, -tion, -ment, -less, -ity, -ish); no ending is a suffix
    /// of another, so at most one applies.
    @inline(__always) static func endingFlags(_ w: UnsafeBufferPointer<UInt8>) -> ReplyToken.Flags {
        let n = w.count
        guard n >= 5 else { return [] }
        let a = w[n - 2], b = w[n - 1]
        // two-letter endings: word longer than 4
        if a == 0x6C && b == 0x79 { return .wordLike }  // ly
        if a == 0x65 && b == 0x64 { return [.wordLike, .endsInEd] }  // ed
        guard n >= 6 else { return [] }
        let c = w[n - 3]
        if c == 0x69 && a == 0x6E && b == 0x67 { return [.wordLike, .endsInIng] }  // ing
        if (c == 0x66 && a == 0x75 && b == 0x6C)  // ful
            || (c == 0x6F && a == 0x75 && b == 0x73)  // ous
            || (c == 0x69 && a == 0x74 && b == 0x79)  // ity
            || (c == 0x69 && a == 0x73 && b == 0x68) { return .wordLike }  // ish
        guard n >= 7 else { return [] }
        let d = w[n - 4]
        if (d == 0x6E && c == 0x65 && a == 0x73 && b == 0x73)  // ness
            || (d == 0x61 && c == 0x62 && a == 0x6C && b == 0x65)  // able
            || (d == 0x69 && c == 0x62 && a == 0x6C && b == 0x65)  // ible
            || (d == 0x74 && c == 0x69 && a == 0x6F && b == 0x6E)  // tion
            || (d == 0x6D && c == 0x65 && a == 0x6E && b == 0x74)  // ment
            || (d == 0x6C && c == 0x65 && a == 0x73 && b == 0x73) { return .wordLike }  // less
        return []
    }

    /// Appends the tokens of the word read into `word`: the common case, a
    /// word (or typed form) the table knows or a plain unknown word, here;
    /// an unknown word with an apostrophe or a run of letters ("sooorry")
    /// through ``appendNormalised(_:start:end:flags:number:into:cache:)``.
    @inline(__always) private func appendWord(_ word: WordBuffer, start: Int, end: Int, flags baseFlags: ReplyToken.Flags, number: Int32,
                                              into out: inout Output, cache: inout NormalisedWords) {
        var flags = baseFlags
        if !flags.contains(.digits) {
            if let known = table.lookup(word.key(), bytes: word.base) {
                // (the table worked out the ending's flags, for a word of one id)
                flags.formUnion(known.endings)
                let ids = known.ids
                if ids.count == 1 {
                    // most words: one token, no loop over a contraction's parts
                    let id = table.id(at: ids.lowerBound)
                    if flags.contains(.capitalised), !(out.pending == .sentence || out.tokens.isEmpty), id != iID {
                        out.usesCapitals = true
                    }
                    emit(id, 0, 1, start: start, end: end, flags: flags, number: number, into: &out)
                    return
                }
                if flags.contains(.capitalised), !(out.pending == .sentence || out.tokens.isEmpty),
                   ids.isEmpty || table.id(at: ids.lowerBound) != iID {
                    out.usesCapitals = true
                }
                var k = 0
                for index in ids {
                    emit(table.id(at: index), k, ids.count, start: start, end: end, flags: flags, number: number, into: &out)
                    k += 1
                }
                return
            }
            if ReplyReader.needsNormalising(word.buffer) {
                appendNormalised(word, start: start, end: end, flags: flags, number: number, into: &out, cache: &cache)
                return
            }
        }
        flags.formUnion(ReplyReader.endingFlags(word.buffer))
        // (an unknown word is never "i")
        if flags.contains(.capitalised), !(out.pending == .sentence || out.tokens.isEmpty) {
            out.usesCapitals = true
        }
        emit(Lexicon.unknown, 0, 1, start: start, end: end, flags: flags, number: number, into: &out)
    }

    /// Appends the tokens of an unknown word that ``Lexicon/normalise(_:)``
    /// may still make known (remembered in `cache`).
    private func appendNormalised(_ typed: WordBuffer, start: Int, end: Int, flags baseFlags: ReplyToken.Flags, number: Int32,
                                  into out: inout Output, cache: inout NormalisedWords) {
        var flags = baseFlags
        let word = typed.buffer
        let normalised: (ids: Range<Int>, possessive: Bool)
        // (the key again, as the table's look-up made it: two stores, two loads)
        if let known = cache.lookup(typed.key(), bytes: typed.base) {
            normalised = known
        } else {
            let raw = String(decoding: word, as: UTF8.self)
            let parts = lexicon.normalise(raw)
            normalised = cache.insert(word, ids: parts.map { lexicon.id($0) }, possessive: parts.count == 1 && raw.hasSuffix("'s"))
        }
        let ids = normalised.ids
        if ids.isEmpty { return }
        if normalised.possessive { flags.insert(.possessive) }
        if ids.count == 1 { flags.formUnion(ReplyReader.endingFlags(word)) }
        if flags.contains(.capitalised), !(out.pending == .sentence || out.tokens.isEmpty), cache.id(at: ids.lowerBound) != iID {
            out.usesCapitals = true
        }
        var k = 0
        for index in ids {
            emit(cache.id(at: index), k, ids.count, start: start, end: end, flags: flags, number: number, into: &out)
            k += 1
        }
    }

    /// Appends token `k` of the `count` tokens a typed word gives.
    @inline(__always) private func emit(_ id: Int32, _ k: Int, _ count: Int, start: Int, end: Int, flags: ReplyToken.Flags, number: Int32,
                                        into out: inout Output) {
        if out.pending == .sentence { out.closeSentence() } else if out.pending == .clause { out.closeClause() }
        var tokenNumber = number
        if id >= 0 {
            let facts = self.facts[Int(id)]
            if facts.startsClause { out.closeClause() }
            if tokenNumber < 0 { tokenNumber = facts.number }
        }
        out.pending = .none
        var tokenFlags = flags
        if k < count - 1 { tokenFlags.insert(.contractionPart); tokenFlags.remove(.wordLike) }
        if k > 0 { tokenFlags.remove(.capitalised) }
        out.append(id: id, start: start, end: end, number: tokenNumber, flags: tokenFlags)
    }
}
