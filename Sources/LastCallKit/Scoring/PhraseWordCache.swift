/// The word ids of the plain words a rubric's phrases hold, remembered by
/// spelling: the rubric writes the same few thousand words some 15,000
/// times, and lower-casing, splitting, normalising and interning each one
/// afresh was about a tenth of start-up (callgrind, `score --jsonl`).
///
/// Only plain words are remembered: ASCII letters and digits, with no
/// apostrophe and no run of three of one letter. What ``Lexicon/normalise(_:)``
/// makes of such a word is its rewrite or the word itself, whatever the
/// lexicon holds so far, so a remembered answer never goes stale; other
/// words take the full path every time.
struct PhraseWordCache {
    private var ids: [String: [Int32]] = [:]
    /// The lower-cased bytes of the word being looked up (reused).
    private var bytes: [UInt8] = []

    /// The ids of a plain word written as `scalars` (ASCII letters and
    /// digits only), or nil when it has a run of three of one letter.
    mutating func ids(ofPlain scalars: ArraySlice<Unicode.Scalar>, lexicon: inout Lexicon) -> [Int32]? {
        bytes.removeAll(keepingCapacity: true)
        for scalar in scalars {
            let v = UInt8(truncatingIfNeeded: scalar.value)
            let b = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
            let n = bytes.count
            if n >= 2, bytes[n - 1] == b, bytes[n - 2] == b, b >= 0x61 { return nil }
            bytes.append(b)
        }
        let word = String(decoding: bytes, as: UTF8.self)
        if let known = ids[word] { return known }
        let found = PhrasePattern.internWord(word, lexicon: &lexicon)
        ids[word] = found
        return found
    }
}
