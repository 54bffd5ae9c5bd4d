/// A typed word as a hash-table key: its length and its first 16 bytes as
/// two integers (zero past the word's end), so the reader's tables
/// (``WordTable``, ``ReplyReader/NormalisedWords``) hash a word with two
/// multiplies and compare it with three integer comparisons, not byte by
/// byte. Bytes past the 16th are not in the key: a table compares them
/// itself (few words are that long).
struct WordKey: Equatable {
    /// Bytes 0 to 7, byte `k` in bits `8k ..< 8k + 8` (zero past the end).
    var head: UInt64
    /// Bytes 8 to 15, the same way.
    var tail: UInt64
    /// The word's length in bytes.
    var length: Int

    /// The key of `word`, of any length.
    init(_ word: UnsafeBufferPointer<UInt8>) {
        head = 0
        tail = 0
        length = word.count
        for k in 0..<min(word.count, 16) {
            if k < 8 { head |= UInt64(word[k]) << UInt64(8 * k) } else { tail |= UInt64(word[k]) << UInt64(8 * (k - 8)) }
        }
    }

    /// The key of the `length` bytes at `base`, followed there by 16 zero
    /// bytes (which the caller wrote): two loads instead of a loop. The
    /// caller guarantees `length + 16` bytes at `base` are initialised.
    @inline(__always) init(padded base: UnsafePointer<UInt8>, length: Int) {
        let raw = UnsafeRawPointer(base)
        head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        self.length = length
    }

    /// Where the key's probe starts in a table of `1 << (64 - shift)` slots:
    /// the top bits of a multiplicative hash of all three fields.
    @inline(__always) func slot(shift: UInt64) -> Int {
        let mixed = (head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: length)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> shift)
    }
}
