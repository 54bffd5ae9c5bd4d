/// The matcher's working memory, kept from one reply to the next so that
/// scoring a reply allocates nothing: per phrase, its ``PhraseState``; the
/// backtracking stack; the reply's hits; per token, its ``TokenSlots`` and ``FillerRuns``;
/// and, for a reply with long runs of fillers, where each filler word next
/// occurs in its run. Owned by one scorer session (not shared between
/// threads).
final class MatchScratch {
    /// Per phrase: what is known of it in the reply. Cleared for each reply
    /// (a new generation: every state reads as ``PhraseState/init()``).
    private(set) var states: PhraseStates
    /// The backtracking stack, behind a pointer (an `inout` of a class's
    /// property would be checked for exclusive access on every use).
    let stack: UnsafeMutablePointer<MatchStack>
    /// The reply's phrase hits, behind a pointer for the same reason.
    let hits: UnsafeMutablePointer<MatchHits>
    /// Per token: its word's id, copied from the reply (``fillIDs(text:)``).
    private(set) var ids: UnsafeMutablePointer<Int32>
    /// Per token: the slots that match there, and whether it is a filler.
    private(set) var slots: UnsafeMutablePointer<TokenSlots>
    /// Per token: where its runs of fillers begin and end.
    private(set) var runs: FillerRuns
    private var tokenCapacity: Int
    /// Per filler word (or slot) looked for past a long run of fillers: per
    /// token, where it next occurs in the token's run (see ``nextInRun(_:from:)``).
    private var nextTables: [(key: Int, table: UnsafeMutablePointer<Int32>)] = []
    private var nextTableCount = 0
    private var nextTableTokens = 0

    init() {
        stack = .allocate(capacity: 1)
        stack.initialize(to: MatchStack())
        hits = .allocate(capacity: 1)
        hits.initialize(to: MatchHits())
        states = PhraseStates(capacity: 0)
        tokenCapacity = 64
        slots = .allocate(capacity: 64)
        ids = .allocate(capacity: 64)
        runs = FillerRuns(ends: .allocate(capacity: 64), starts: .allocate(capacity: 64))
    }

    deinit {
        states.free()
        slots.deallocate()
        ids.deallocate()
        runs.ends.deallocate()
        runs.starts.deallocate()
        for entry in nextTables { entry.table.deallocate() }
        stack.pointee.free()
        stack.deinitialize(count: 1)
        stack.deallocate()
        hits.pointee.free()
        hits.deinitialize(count: 1)
        hits.deallocate()
    }

    /// Starts matching a reply of `tokens` tokens against `phrases` phrases:
    /// every phrase's state is cleared, and the next-occurrence tables of the
    /// last reply are forgotten.
    func begin(phrases: Int, tokens: Int) {
        if phrases > states.capacity {
            states.free()
            states = PhraseStates(capacity: phrases)
        } else {
            states.clear()
        }
        if tokens > tokenCapacity {
            slots.deallocate()
            ids.deallocate()
            runs.ends.deallocate()
            runs.starts.deallocate()
            tokenCapacity = max(tokens, tokenCapacity * 2)
            slots = .allocate(capacity: tokenCapacity)
            ids = .allocate(capacity: tokenCapacity)
            runs = FillerRuns(ends: .allocate(capacity: tokenCapacity), starts: .allocate(capacity: tokenCapacity))
        }
        nextTableCount = 0
        nextTableTokens = tokens
    }

    /// Copies the reply's word ids into ``ids`` (room made by ``begin(phrases:tokens:)``).
    func fillIDs(text: TokenView) {
        for pos in 0..<min(text.tokens.count, tokenCapacity) { ids[pos] = text.tokens[pos].id }
    }

    /// Works out the reply's ``runs`` from its ``slots``.
    func fillRuns(text: TokenView, hasFillers: Bool) {
        runs.fill(text: text, slots: slots, hasFillers: hasFillers)
    }

    /// Per token `p`, the first token from `p` on in `p`'s run of fillers
    /// that `isTarget` accepts, else the run's end; made once per reply per
    /// `key` (a filler word's id, or `-1 - code` of a slot) when first asked.
    func nextInRun(_ key: Int, isTarget: (Int) -> Bool) -> UnsafeMutablePointer<Int32> {
        for k in 0..<nextTableCount where nextTables[k].key == key { return nextTables[k].table }
        // a rare path (a reply with a long run of fillers): a fresh table each time
        let table = UnsafeMutablePointer<Int32>.allocate(capacity: max(nextTableTokens, 1))
        if nextTableCount == nextTables.count {
            nextTables.append((key, table))
        } else {
            nextTables[nextTableCount].table.deallocate()
            nextTables[nextTableCount] = (key, table)
        }
        nextTableCount += 1
        var pos = nextTableTokens - 1
        while pos >= 0 {
            let end = Int(runs.ends[pos])
            if isTarget(pos) || end == pos {
                table[pos] = Int32(pos)
            } else {
                table[pos] = pos + 1 < end ? table[pos + 1] : Int32(end)
            }
            pos -= 1
        }
        return table
    }
}
