/// The ways the matcher comes to try one phrase of a ``CompiledPhrases`` at
/// a token (its entry points), and what trying it there proves the reply
/// holds: the first-word index tries it only where one of its first words
/// stands, the pair index only where a first word is followed (fillers
/// between) by a second, the slot index only where a first slot matches.
///
/// Why: the first time a phrase is tried in a reply the matcher checks its
/// ``PhraseAnchors`` (62 checks a reply, about 3,350 instructions), and
/// the group holding the word it was tried at is always there: "I (will|
/// shall)", tried at "I will", checked "I" and then "will" again. A group
/// every entry point proves present is left out of that check; the answer
/// is the same, so the matches are.
struct MatchEntryPoints {
    /// The words the first-word index tries the phrase at (a negative id,
    /// never in a reply, is no entry point).
    let words: [Int32]
    /// The (first, second) word pairs the pair index tries it at (the
    /// pair's path past a long run of fillers, which does not see the
    /// second word, checks every group: see ``MatchPass``).
    let pairs: ArraySlice<(first: Int32, second: Int32, phrase: Int32)>
    /// The codes of the slots the slot index tries it at.
    let slots: [Int32]
    /// Whether it is tried at every token (proves nothing).
    let anywhere: Bool

    /// Whether the phrase is tried only at words (or pairs of words), at
    /// least one.
    private var onlyAtWords: Bool {
        !anywhere && slots.isEmpty && (!pairs.isEmpty || words.contains { $0 >= 0 })
    }

    /// Per group of `groups` (each sorted, as ``PhraseAnchors`` keeps them),
    /// whether every entry point proves the reply holds one of its words:
    /// each first word is in the group, and of each pair the first or the
    /// second word is.
    func proven(_ groups: [[Int32]]) -> [Bool] {
        guard onlyAtWords else { return groups.map { _ in false } }
        return groups.map { group in
            guard words.allSatisfy({ $0 < 0 || MatchEntryPoints.holds(group, $0) }) else { return false }
            // a phrase may have hundreds of pairs, a first word's side by
            // side: each first word looked up once (start-up)
            var first: Int32 = -1, firstHeld = false
            for pair in pairs {
                if pair.first != first { first = pair.first; firstHeld = MatchEntryPoints.holds(group, first) }
                if !firstHeld, !MatchEntryPoints.holds(group, pair.second) { return false }
            }
            return true
        }
    }

    /// The slots every entry point proves match somewhere in the reply: the
    /// one slot of a phrase tried only where that slot matches.
    var provenSlots: SlotSet {
        var proven = SlotSet.empty
        if !anywhere, slots.count == 1, pairs.isEmpty, !words.contains(where: { $0 >= 0 }) { proven.insert(code: Int(slots[0])) }
        return proven
    }

    /// Whether sorted `group` holds `word`.
    private static func holds(_ group: [Int32], _ word: Int32) -> Bool {
        var low = 0, high = group.count
        while low < high {
            let mid = (low + high) >> 1
            if group[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low < group.count && group[low] == word
    }
}
