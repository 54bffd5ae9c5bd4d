/// A reply read into normalised tokens, sentences and clauses, keeping the
/// original bytes so evidence can be quoted exactly as typed.
struct ReplyText: Sendable {
    /// The reply's UTF-8 bytes, as typed.
    var bytes: [UInt8]
    /// The normalised words, in order.
    var tokens: [ReplyToken] = []
    /// Each sentence's tokens and whether it ended with a question mark.
    var sentences: [Sentence] = []
    /// Each clause's tokens (a sentence split at commas and words such as
    /// "but", "and", "because", "if").
    var clauses: [Range<Int>] = []
    /// Whether the writer capitalises words other than the first of a
    /// sentence and "I" (when not, a lower-case word can still be a name).
    var usesCapitals = false
    /// Bit `id` is set when the word with lexicon id `id` occurs.
    var present: [UInt64] = []

    /// Whether the word with lexicon id `id` occurs in the reply.
    @inline(__always) func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < present.count && present[word] & (1 << UInt64(id & 63)) != 0
    }

    /// One sentence.
    struct Sentence: Sendable {
        var range: Range<Int>
        var isQuestion: Bool
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The typed text from token `from` through token `through`, exactly as
    /// it appears in the reply.
    func quote(_ from: Int, _ through: Int) -> String {
        guard from <= through, from >= 0, through < tokens.count else { return "" }
        let start = Int(tokens[from].start)
        let end = max(start, Int(tokens[through].end))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The sentence holding token `index`.
    func sentence(of index: Int) -> Sentence { sentences[Int(tokens[index].sentence)] }

    /// The clause holding token `index`.
    func clause(of index: Int) -> Range<Int> { clauses[Int(tokens[index].clause)] }
}
