/// The elements of the plain words a rubric's phrases hold, remembered by
/// spelling: the rubric writes the same 2,000 words some 14,000 times, and
/// lower-casing, splitting, normalising and interning each one afresh was
/// about a tenth of start-up (callgrind, `score --jsonl`).
///
/// Only plain words are remembered: ASCII letters and digits, with no
/// apostrophe and no run of three of one letter. What ``Lexicon/normalise(_:)``
/// makes of such a word is its rewrite or the word itself, whatever the
/// lexicon holds so far, so a remembered answer never goes stale; other
/// words take the full path every time.
///
/// A word's answer is kept as the array of its elements, which phrases
/// share: an alternative of one word (most alternatives of a group) is that
/// array itself, so reading it allocates nothing.
///
/// (Remembering whole groups `( )` by their text was tried and dropped: the
/// rubric's long lists differ a little from phrase to phrase, so few groups
/// repeat exactly, and hashing the texts cost more than it saved.)
struct PhraseWordCache {
    /// A plain word of up to 16 bytes, lower-cased and packed into two
    /// integers (first byte lowest, zero after the end). Every byte of a
    /// plain word is a letter or digit, never 0, so a key names one spelling.
    private struct Key: Equatable {
        var low: UInt64
        var high: UInt64
    }

    /// An open-addressing table of short words: `keys[i]` and `answers[i]`
    /// fill bucket `i` when `answers[i]` is not nil. Its size is a power of
    /// two, kept at most half full. (A dictionary hashed each key with
    /// SipHash: more than the rest of a look-up.)
    private var keys: [Key]
    private var answers: [[PhraseElement]?]
    private var filled = 0
    /// Longer words, by spelling.
    private var long: [String: [PhraseElement]] = [:]

    /// A cache sized for about `expectedWords` different words (it grows
    /// past them: sizing it for a rubric's 2,000 words saved the five
    /// doublings from a small table, 1.4 M instructions).
    init(expectedWords: Int = 32) {
        var size = 64
        while size < expectedWords * 2 { size *= 2 }
        keys = Array(repeating: Key(low: 0, high: 0), count: size)
        answers = Array(repeating: nil, count: size)
    }

    /// The elements of the plain word `bytes[range]` (ASCII letters and
    /// digits only), or nil when it has a run of three of one letter.
    mutating func elements(ofPlain bytes: [UInt8], _ range: Range<Int>, lexicon: inout Lexicon) -> [PhraseElement]? {
        var key = Key(low: 0, high: 0)
        var previous: UInt8 = 0, run = 0
        for (n, position) in range.enumerated() {
            let v = bytes[position]
            let b = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
            run = b == previous ? run + 1 : 1
            previous = b
            if run >= 3, b >= 0x61 { return nil }
            if n < 8 {
                key.low |= UInt64(b) << UInt64(8 * n)
            } else if n < 16 {
                key.high |= UInt64(b) << UInt64(8 * (n - 8))
            }
        }
        if range.count > 16 {
            let word = String(decoding: bytes[range], as: UTF8.self).lowercased()
            if let known = long[word] { return known }
            let found = PhraseWordCache.elements(of: word, lexicon: &lexicon)
            long[word] = found
            return found
        }
        var bucket = PhraseWordCache.bucket(of: key, mask: keys.count - 1)
        while let known = answers[bucket] {
            if keys[bucket] == key { return known }
            bucket = (bucket + 1) & (keys.count - 1)
        }
        let word = PhraseWordCache.spelling(of: key)
        let found = PhraseWordCache.elements(of: word, lexicon: &lexicon)
        keys[bucket] = key
        answers[bucket] = found
        filled += 1
        if filled * 2 > keys.count { grow() }
        return found
    }

    /// The elements of a lower-cased word.
    private static func elements(of word: String, lexicon: inout Lexicon) -> [PhraseElement] {
        PhrasePattern.wordElements(word, lexicon: &lexicon)
    }

    /// The word a key packs.
    private static func spelling(of key: Key) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        var rest = key.low
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        rest = key.high
        while rest != 0 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first bucket to try for `key` (a multiplicative hash: the key's
    /// bytes are letters, so the high bits of the product mix them all).
    private static func bucket(of key: Key, mask: Int) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) >> 16) & mask
    }

    /// Doubles the table, placing every word again.
    private mutating func grow() {
        let oldKeys = keys, oldAnswers = answers
        keys = Array(repeating: Key(low: 0, high: 0), count: oldKeys.count * 2)
        answers = Array(repeating: nil, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (key, answer) in zip(oldKeys, oldAnswers) {
            guard let answer else { continue }
            var bucket = PhraseWordCache.bucket(of: key, mask: mask)
            while answers[bucket] != nil { bucket = (bucket + 1) & mask }
            keys[bucket] = key
            answers[bucket] = answer
        }
    }
}
