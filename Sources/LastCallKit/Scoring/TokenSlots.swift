/// What the matcher asks about one token besides its word, worked out once
/// per reply (``SlotRules``) so that trying hundreds of phrases reads one
/// word per token: for each ``PhraseSlot``, where its match starting at the
/// token ends, and whether the token is a filler word.
///
/// Layout of ``rawValue``: slot `s`'s ``SlotEnds`` in bits `4 * s.code ..<
/// 4 * s.code + 4` (bits 0-27 for the seven slots); bit 63 set when the
/// token is a filler word; the bits between are zero.
struct TokenSlots: Sendable {
    private(set) var rawValue: UInt64

    /// How many bits each slot's ``SlotEnds`` takes.
    static let bitsPerSlot = 4
    private static let fillerBit: UInt64 = 1 << 63

    /// A token no slot matches, not a filler.
    @inline(__always) init() { rawValue = 0 }

    /// The ends of the slot with code `code` at the token.
    @inline(__always) func ends(ofSlot code: Int) -> SlotEnds {
        SlotEnds(rawValue: rawValue >> UInt64(code * TokenSlots.bitsPerSlot))
    }

    /// Records where `slot` ends at the token (each slot set once).
    @inline(__always) mutating func set(_ slot: PhraseSlot, _ ends: SlotEnds) {
        rawValue |= ends.rawValue << UInt64(slot.code * TokenSlots.bitsPerSlot)
    }

    /// Whether the token is a filler word (see ``Rubric/fillers``).
    @inline(__always) var isFiller: Bool {
        get { rawValue & TokenSlots.fillerBit != 0 }
        set { if newValue { rawValue |= TokenSlots.fillerBit } else { rawValue &= ~TokenSlots.fillerBit } }
    }

    /// The slots of `slots` that match at the token.
    @inline(__always) func matching(_ slots: SlotSet) -> SlotSet {
        SlotSet(rawValue: rawValue & slots.rawValue)
    }
}
