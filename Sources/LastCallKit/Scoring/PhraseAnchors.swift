/// What a reply must hold anywhere for a phrase to match in it: one word of
/// each anchor group, and a token where each required slot matches. The
/// matcher checks this once per phrase per reply, the first time it would
/// try the phrase, and then never tries a phrase whose anchors are missing
/// (most phrases, in most replies: "I will be honest" needs "honest",
/// "[on|by] {date}" needs a date).
struct PhraseAnchors: Sendable, Hashable {
    /// Per required element of the phrase that is a word or a choice of
    /// words: the words one of which any match holds (for a choice, the
    /// union over its alternatives of each one's smallest group). Sorted
    /// smallest first, so a missing group is usually found after few words.
    /// Every group is kept, long ones too: leaving out the groups of more
    /// than eight words made scoring slower (65,041 instructions a reply
    /// against 63,906), as the tries they save cost more than the check.
    let groups: [[Int32]]
    /// The slots the phrase requires (its required `{slot}` elements).
    let slots: SlotSet

    /// The anchors of a phrase made of `elements`.
    init(_ elements: [PhraseElement]) {
        var groups: Set<[Int32]> = []
        var slots = SlotSet.empty
        for element in elements {
            if case .slot(let slot) = element {
                slots.insert(code: slot.code)
            } else if let words = PhraseAnchors.words(of: element) {
                groups.insert(words.sorted())
            }
        }
        self.groups = groups.sorted { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        self.slots = slots
    }

    /// The smallest group of words one of which any match of `elements`
    /// holds, or nil when no element gives one (all slots or optional).
    static func smallestGroup(of elements: [PhraseElement]) -> Set<Int32>? {
        var best: Set<Int32>?
        for element in elements {
            guard let set = words(of: element) else { continue }
            if best == nil || set.count < best!.count { best = set }
        }
        return best
    }

    /// The words one of which any match of `element` holds, or nil.
    private static func words(of element: PhraseElement) -> Set<Int32>? {
        switch element {
        case .word(let id): return [id]
        case .slot, .gap: return nil
        case .choice(let alternatives, let optional):
            if optional { return nil }
            var union: Set<Int32> = []
            for alternative in alternatives {
                guard let set = smallestGroup(of: alternative) else { return nil }
                union.formUnion(set)
            }
            return union
        }
    }
}
