/// A set of ``PhraseSlot``s, laid out to test a ``TokenSlots`` in one `&`:
/// slot `s` is in the set when bits 0-1 of its four (bits `4 * s.code ..<
/// 4 * s.code + 2`, where a ``SlotEnds`` keeps its first end) are set.
struct SlotSet: Sendable, Hashable {
    private(set) var rawValue: UInt64

    @inline(__always) init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// No slot.
    static let empty = SlotSet(rawValue: 0)

    /// Adds the slot with code `code`.
    @inline(__always) mutating func insert(code: Int) {
        rawValue |= 3 << UInt64(code * TokenSlots.bitsPerSlot)
    }

    @inline(__always) var isEmpty: Bool { rawValue == 0 }

    /// Removes the slot with the lowest code and returns its code (the set
    /// must not be empty).
    @inline(__always) mutating func removeFirst() -> Int {
        let code = rawValue.trailingZeroBitCount / TokenSlots.bitsPerSlot
        rawValue &= ~(15 << UInt64(code * TokenSlots.bitsPerSlot))
        return code
    }

    /// The slots that match at one or more of the `count` tokens of `slots`.
    init(matchingSomewhereIn slots: UnsafeMutablePointer<TokenSlots>, count: Int) {
        var any: UInt64 = 0
        for pos in 0..<count { any |= slots[pos].rawValue }
        // per four bits: a slot matches where its first end (bits 0-1) is set
        let firstEnds = any & 0x3333_3333_3333_3333
        let matched = (firstEnds | firstEnds >> 1) & 0x1111_1111_1111_1111
        rawValue = matched * 3
    }

    /// Whether every slot of the set is in `other`.
    @inline(__always) func isSubset(of other: SlotSet) -> Bool { rawValue & ~other.rawValue == 0 }
}
