/// The word ids of the plain words a rubric's phrases hold, remembered by
/// spelling: the rubric writes the same 2,000 words some 13,000 times, and
/// lower-casing, splitting, normalising and interning each one afresh was
/// about a tenth of start-up (callgrind, `score --jsonl`).
///
/// Only plain words are remembered: ASCII letters and digits, with no
/// apostrophe and no run of three of one letter. What ``Lexicon/normalise(_:)``
/// makes of such a word is its rewrite or the word itself, whatever the
/// lexicon holds so far, so a remembered answer never goes stale; other
/// words take the full path every time.
///
/// (Remembering whole groups `( )` by their text was tried and dropped: the
/// rubric's long lists differ a little from phrase to phrase, so few groups
/// repeat exactly, and hashing the texts cost more than it saved.)
struct PhraseWordCache {
    /// Words of up to eight bytes, packed into an integer (first byte
    /// lowest): most words, and a key far quicker to hash than a string.
    private var short: [UInt64: [Int32]] = [:]
    /// Longer words.
    private var long: [String: [Int32]] = [:]
    /// The lower-cased bytes of the word being looked up (reused).
    private var bytes: [UInt8] = []

    /// The ids of a plain word written as `scalars` (ASCII letters and
    /// digits only), or nil when it has a run of three of one letter.
    mutating func ids(ofPlain scalars: ArraySlice<Unicode.Scalar>, lexicon: inout Lexicon) -> [Int32]? {
        bytes.removeAll(keepingCapacity: true)
        var packed: UInt64 = 0
        for scalar in scalars {
            let v = UInt8(truncatingIfNeeded: scalar.value)
            let b = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
            let n = bytes.count
            if n >= 2, bytes[n - 1] == b, bytes[n - 2] == b, b >= 0x61 { return nil }
            if n < 8 { packed |= UInt64(b) << UInt64(8 * n) }
            bytes.append(b)
        }
        // every byte is a letter or digit (never 0), so a packed word of up
        // to eight bytes names one spelling
        if bytes.count <= 8 {
            if let known = short[packed] { return known }
            let found = PhrasePattern.internWord(String(decoding: bytes, as: UTF8.self), lexicon: &lexicon)
            short[packed] = found
            return found
        }
        let word = String(decoding: bytes, as: UTF8.self)
        if let known = long[word] { return known }
        let found = PhrasePattern.internWord(word, lexicon: &lexicon)
        long[word] = found
        return found
    }
}
