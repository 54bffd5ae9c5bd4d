/// Where a slot's match that starts at one token ends, in four bits: a slot
/// takes one to three tokens (`4pm`, `4 pm`, `half past 4`), and may end in
/// two places (`twenty` alone, or `twenty four`), the matcher trying both.
///
/// Bits 0-1 hold the first end's distance from the token (1-3; 0: the slot
/// does not match there); bits 2-3 a second end's distance (0: none).
struct SlotEnds: Equatable, Sendable {
    /// The four bits, as stored in a ``TokenSlots``.
    let rawValue: UInt64

    @inline(__always) init(rawValue: UInt64) {
        self.rawValue = rawValue & 15
    }

    /// Ends `first` tokens after the start (1-3), and also `second` tokens
    /// after it (1-3; 0: no second end).
    @inline(__always) init(first: Int, second: Int = 0) {
        assert((1...3).contains(first) && (0...3).contains(second), "a slot takes one to three tokens")
        rawValue = UInt64(first) | UInt64(second) << 2
    }

    /// The slot does not match at the token.
    static let none = SlotEnds(rawValue: 0)

    /// Whether the slot matches at the token.
    @inline(__always) var matches: Bool { rawValue & 3 != 0 }
    /// The first end's distance from the token (0: no match).
    @inline(__always) var first: Int { Int(rawValue & 3) }
    /// The second end's distance from the token (0: none).
    @inline(__always) var second: Int { Int(rawValue >> 2) }
}
