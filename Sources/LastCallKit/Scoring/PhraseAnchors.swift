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
        var groups: [[Int32]] = []
        var slots = SlotSet.empty
        for element in elements {
            if case .slot(let slot) = element {
                slots.insert(code: slot.code)
            } else if let words = PhraseAnchors.words(of: element) {
                groups.append(words)
            }
        }
        // sorted arrays instead of sets of words and a set of groups: the
        // sets were a tenth of compiling the rubric. The order is total, so
        // equal groups end up side by side and one pass drops the repeats.
        groups.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        var kept: [[Int32]] = []
        for group in groups where group != kept.last { kept.append(group) }
        self.groups = kept
        self.slots = slots
    }

    /// The smallest group of words one of which any match of `elements`
    /// holds (sorted, each once; the first of the smallest), or nil when no
    /// element gives one (all slots or optional).
    static func smallestGroup(of elements: [PhraseElement]) -> [Int32]? {
        var best: [Int32]?
        for element in elements {
            if case .word(let id) = element {
                if best == nil || best!.count > 1 { best = [id] }
                continue
            }
            guard let group = words(of: element) else { continue }
            if best == nil || group.count < best!.count { best = group }
        }
        return best
    }

    /// The words one of which any match of `element` holds (sorted, each
    /// once), or nil.
    private static func words(of element: PhraseElement) -> [Int32]? {
        switch element {
        case .word(let id): return [id]
        case .slot, .gap: return nil
        case .choice(let alternatives, let optional):
            if optional { return nil }
            var union: [Int32] = []
            for alternative in alternatives {
                if alternative.count == 1, case .word(let id) = alternative[0] { union.append(id); continue }
                guard let group = smallestGroup(of: alternative) else { return nil }
                union += group
            }
            return union.sortedUnique()
        }
    }
}
