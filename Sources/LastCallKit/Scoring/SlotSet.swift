/// A set of ``PhraseSlot``s, laid out to test a ``TokenSlots`` in one `&`:
/// slot `s` is in the set when bits 0-1 of its four (bits `4 * s.code ..<
/// 4 * s.code + 2`, where a ``SlotEnds`` keeps its first end) are set.
struct SlotSet: Sendable, Equatable {
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
}
