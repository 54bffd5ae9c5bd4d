/// One reply being matched against a ``CompiledPhrases``: everything the
/// matcher's inner loops read, as pointers (nothing retained, nothing
/// bounds-checked in release builds). Made by ``PhraseMatcher`` for one
/// reply, valid only while the reply's token view and the scratch are.
struct MatchPass {
    let bank: CompiledPhrasesView
    let text: TokenView
    /// Per token: its word's id (``ReplyToken/id``), 4 bytes a token where a
    /// ``ReplyToken`` takes 28: the matcher reads ids most of all, and an
    /// index times 4 is part of the load, times 28 three more instructions.
    let ids: UnsafeMutablePointer<Int32>
    /// Per token: its slots and filler bit; its runs of fillers.
    let slots: UnsafeMutablePointer<TokenSlots>
    let runs: FillerRuns
    /// Per phrase: what is known of it in the reply.
    let states: PhraseStates.Current
    let stack: UnsafeMutablePointer<MatchStack>
    let fillers: IDSet
    /// The slots that match somewhere in the reply (for ``anchorsPresent(_:)``).
    let presentSlots: SlotSet
    /// For the next-occurrence tables of long runs of fillers (rare).
    let scratch: Unmanaged<MatchScratch>

    /// The longest run of fillers a search steps through one token at a
    /// time; past it, a table of next occurrences keeps the work linear.
    private static let shortRun = 8

    // MARK: Which phrases to try where

    /// Tries every phrase that can start at token `start`: those starting
    /// with its word, with its word and the next (the pair index), with a
    /// slot among `startingSlots` that matches there, and those that can
    /// start anywhere.
    @inline(__always) func tryPhrases(at start: Int, startingSlots: SlotSet, hits: UnsafeMutablePointer<MatchHits>) {
        let limit = text.sentenceEnd(of: start)
        let id = ids[start]
        if id >= 0, Int(id) < bank.byWordOffsets.count - 1 {
            for k in Int(bank.byWordOffsets[Int(id)])..<Int(bank.byWordOffsets[Int(id) + 1]) {
                tryPhrase(Int(bank.byWordPhrases[k]), at: start, limit: limit, hits: hits)
            }
        }
        if bank.pairs.startsPair(id) { tryPairs(startingWith: id, at: start, limit: limit, hits: hits) }
        var matching = slots[start].matching(startingSlots)
        while !matching.isEmpty {
            let code = matching.removeFirst()
            for k in Int(bank.bySlotOffsets[code])..<Int(bank.bySlotOffsets[code + 1]) {
                tryPhrase(Int(bank.bySlotPhrases[k]), at: start, limit: limit, hits: hits)
            }
        }
        for k in 0..<bank.byAnyPhrases.count { tryPhrase(Int(bank.byAnyPhrases[k]), at: start, limit: limit, hits: hits) }
    }

    /// Tries the phrases of the pairs word `first` at `start` makes with the
    /// next word and with the fillers before it; past a long run of fillers,
    /// every phrase of a pair starting with `first` (each then checks its
    /// second word itself), so the work stays linear.
    @inline(__always) private func tryPairs(startingWith first: Int32, at start: Int, limit: Int, hits: UnsafeMutablePointer<MatchHits>) {
        if start + 1 < limit, slots[start + 1].isFiller, Int(runs.ends[start + 1]) - (start + 1) > MatchPass.shortRun {
            // no second word seen: every anchor group checked
            for k in bank.pairs.lookup(first) {
                tryPhrase(Int(bank.pairs.byFirst[k].phrase), at: start, limit: limit, checksEveryGroup: true, hits: hits)
            }
            return
        }
        var q = start + 1
        while q < limit {
            for k in bank.pairs.lookup(first, ids[q]) {
                tryPhrase(Int(bank.pairs.phrases[k]), at: start, limit: limit, checksSecond: false, hits: hits)
            }
            if slots[q].isFiller { q += 1 } else { break }
        }
    }

    /// Tries `phrase` at `start`, recording a match in `hits` and the
    /// phrase's state; `checksSecond` false when its second word is known to
    /// be there; `checksEveryGroup` when the try is from no entry point of
    /// the phrase's (``MatchEntryPoints``), so its anchor check must read the
    /// groups they prove as well.
    @inline(__always) func tryPhrase(_ phrase: Int, at start: Int, limit: Int, checksSecond: Bool = true, checksEveryGroup: Bool = false,
                                     hits: UnsafeMutablePointer<MatchHits>) {
        var state = states[phrase]
        if state.rulesOut(start) { return }
        let entry = bank.entries[phrase]
        if checksSecond, entry.secondStart >= 0, !secondWordMayFollow(start, entry: entry, limit: limit) { return }
        if state.anchors == .unknown {
            let present = anchorsPresent(entry, from: checksEveryGroup ? entry.anchorStart : entry.anchorCheck)
            state.anchors = present ? .present : .absent
            states[phrase] = state
            if !present { return }
        }
        let best = longestMatch(entry: Int(entry.entry), start: start, limit: limit)
        if best > start {
            hits.pointee.append(PhraseHit(phrase: Int32(phrase), start: Int32(start), end: Int32(best - 1)))
            states[phrase] = PhraseState(matchedUpTo: best)
        }
    }

    /// Whether the reply holds the phrase's ``PhraseAnchors`` as its entry
    /// points leave them to check (see ``PhraseEntry``): its slots somewhere
    /// but those proven, and a word of each of its anchor groups from chunk
    /// `from` on (``PhraseEntry/anchorStart``: every group).
    @inline(__always) func anchorsPresent(_ entry: PhraseEntry, from: Int32) -> Bool {
        guard entry.anchorSlots.isSubset(of: presentSlots) else { return false }
        return AnchorChunk.allGroupsPresent(bank.anchorChunks, Int(from), Int(entry.anchorEnd), in: text.present)
    }

    /// Whether the reply holds all of a phrase's ``PhraseAnchors``, tried
    /// from anywhere: `slots` its every slot (the bank's `anchorSlots`).
    func allAnchorsPresent(_ entry: PhraseEntry, slots: SlotSet) -> Bool {
        guard slots.isSubset(of: presentSlots) else { return false }
        return AnchorChunk.allGroupsPresent(bank.anchorChunks, Int(entry.anchorStart), Int(entry.anchorEnd), in: text.present)
    }

    /// Whether one of the phrase's second words follows `start` (fillers
    /// between allowed). A quick filter before ``longestMatch(entry:start:limit:)``:
    /// past a few fillers it answers yes and leaves the decision to the match.
    @inline(__always) private func secondWordMayFollow(_ start: Int, entry: PhraseEntry, limit: Int) -> Bool {
        var q = start + 1
        while q < limit, q <= start + MatchPass.shortRun {
            if MatchPass.contains(bank.secondWords, Int(entry.secondStart), Int(entry.secondEnd), ids[q]) { return true }
            if slots[q].isFiller { q += 1 } else { return false }
        }
        return q < limit
    }

    // MARK: Running a phrase's program

    /// Runs a phrase program from token `start`; returns the end (exclusive)
    /// of the longest match, or -1.
    func longestMatch(entry: Int, start: Int, limit: Int) -> Int {
        // what the loop reads, in locals: stores through the stack's pointer
        // would otherwise make the compiler reload them from `self`
        let ids = self.ids, program = bank.ops, sets = bank.setWords, slots = self.slots
        let lookahead = bank.lookahead, lookaheadWords = bank.lookaheadWords, dispatch = bank.dispatchTables
        /// Whether the program from op `target` cannot take token `at` nor
        /// skip it as a filler, so the path fails there at once: a word or
        /// set op is tested itself, any other by its lookahead.
        @inline(__always) func failsAt(_ target: Int, _ at: Int) -> Bool {
            let next = program[target]
            let takes: Bool
            if next.kind == .word || next.kind == .set {
                guard at < limit else { return true }
                let id = ids[at]
                takes = next.kind == .word ? id == next.a : MatchPass.contains(sets, Int(next.a), Int(next.b), id)
            } else {
                let look = lookahead[target]
                guard look.from >= 0 else { return false }
                guard at < limit else { return true }
                takes = MatchPass.contains(lookaheadWords, Int(look.from), Int(look.to), ids[at]) || !slots[at].matching(look.slots).isEmpty
            }
            return !takes && !(at > start && slots[at].isFiller)
        }
        // the stack in a local (a register), put back for the next run
        var stack = self.stack.pointee
        defer { self.stack.pointee = stack }
        stack.count = 0
        var best = -1
        // the first path starts without the stack: most runs push nothing
        var pc = entry, pos = start
        while true {
            running: while true {
                let op = program[pc]
                /// Past the first word, a filler the op does not take is skipped.
                @inline(__always) func skipsFiller() -> Bool { pos > start && pos < limit && slots[pos].isFiller }
                switch op.kind {
                case .match:
                    if pos > best { best = pos }
                    break running
                case .jump:
                    pc = Int(op.a)
                case .dispatch:
                    // a filler that may be skipped, or the sentence's end: every branch, through the chain
                    guard pos < limit, !(pos > start && slots[pos].isFiller) else { pc = Int(op.b); continue running }
                    let table = Int(op.a), count = Int(dispatch[table]), others = Int(dispatch[table + 1])
                    let words = table + 2, targets = words + count
                    for k in 0..<others { stack.push(dispatch[targets + count + k], Int32(pos)) }
                    let found = MatchPass.index(of: ids[pos], in: dispatch, words, targets)
                    guard found >= 0 else { break running }
                    pc = Int(dispatch[targets + found - words])
                case .split:
                    // a branch that fails at once (see `failsAt`) is not
                    // tried: go straight to the other, or push nothing
                    if failsAt(Int(op.a), pos) { pc = Int(op.b); continue running }
                    stack.push(op.b, Int32(pos))
                    pc = Int(op.a)
                case .gap:
                    var k = 1
                    while k <= Int(op.a), pos + k <= limit {
                        if !failsAt(pc + 1, pos + k) { stack.push(Int32(pc + 1), Int32(pos + k)) }
                        k += 1
                    }
                    pc += 1
                case .word:
                    if pos < limit, ids[pos] == op.a {
                        pos += 1; pc += 1
                    } else if skipsFiller() {
                        pos = nextInRun(from: pos, word: op.a)
                    } else {
                        break running
                    }
                case .set, .optionalSet:
                    if op.kind == .optionalSet { stack.push(Int32(pc + 1), Int32(pos)) }
                    guard pos < limit else { break running }
                    if skipsFiller() {
                        let end = setEnd(op, pos: pos, limit: limit, next: pc + 1, stack: &stack)
                        guard end >= 0 else { break running }
                        pos = end; pc += 1
                    } else {
                        guard MatchPass.contains(sets, Int(op.a), Int(op.b), ids[pos]) else { break running }
                        pos += 1; pc += 1
                    }
                case .slot:
                    guard pos < limit else { break running }
                    let ends = slots[pos].ends(ofSlot: Int(op.a))
                    if ends.matches {
                        if ends.second != 0 { stack.push(Int32(pc + 1), Int32(pos + ends.second)) }
                        pos += ends.first; pc += 1
                    } else if skipsFiller() {
                        pos = nextInRun(from: pos, slot: Int(op.a))
                    } else {
                        break running
                    }
                }
            }
            guard stack.count > 0 else { return best }
            let (nextPC, nextPos) = stack.pop()
            pc = Int(nextPC)
            pos = Int(nextPos)
        }
    }

    /// Where set op `op` ends when token `pos` is a filler (after the first
    /// word of the phrase), matching as the choice of its single words does:
    /// each word at its first place in the run of fillers from `pos` (or
    /// just after it). Returns the first such end (-1: none) and pushes the
    /// others, to resume at op `next`.
    @inline(never) private func setEnd(_ op: PhraseOp, pos: Int, limit: Int, next: Int, stack: inout MatchStack) -> Int {
        let runEnd = Int(runs.ends[pos])
        var found = -1
        if runEnd - pos <= MatchPass.shortRun {
            var q = pos
            while q < limit {
                let id = ids[q]
                if MatchPass.contains(bank.setWords, Int(op.a), Int(op.b), id) {
                    if found < 0 {
                        found = q + 1
                    } else if !(pos..<q).contains(where: { ids[$0] == id }) {
                        stack.push(Int32(next), Int32(q + 1))
                    }
                }
                if slots[q].isFiller { q += 1 } else { break }
            }
            return found
        }
        // a long run: each word of the set at its first place, looked up
        for k in Int(op.a)..<Int(op.b) {
            let word = bank.setWords[k]
            let q = nextInRun(from: pos, word: word)
            guard q < limit, ids[q] == word else { continue }
            if found < 0 {
                found = q + 1
            } else {
                // the first end is the nearest; the others resume later
                if q + 1 < found { stack.push(Int32(next), Int32(found)); found = q + 1 } else { stack.push(Int32(next), Int32(q + 1)) }
            }
        }
        return found
    }

    /// The first token from filler `pos` on that is `word`, or the first
    /// after the run of fillers holding `pos`.
    @inline(__always) private func nextInRun(from pos: Int, word: Int32) -> Int {
        let end = Int(runs.ends[pos])
        guard fillers.contains(word) else { return end }  // no filler is the word
        if end - pos <= MatchPass.shortRun {
            var q = pos
            while q < end, ids[q] != word { q += 1 }
            return q
        }
        let ids = self.ids
        return Int(scratch.takeUnretainedValue().nextInRun(Int(word)) { ids[$0] == word }[pos])
    }

    /// The first token from filler `pos` on where slot `code` matches, or
    /// the first after the run of fillers holding `pos`.
    @inline(__always) private func nextInRun(from pos: Int, slot code: Int) -> Int {
        let end = Int(runs.ends[pos])
        if end - pos <= MatchPass.shortRun {
            var q = pos
            while q < end, !slots[q].ends(ofSlot: code).matches { q += 1 }
            return q
        }
        let slots = self.slots
        return Int(scratch.takeUnretainedValue().nextInRun(-1 - code) { slots[$0].ends(ofSlot: code).matches }[pos])
    }

    /// Where sorted `list[from..<to]` holds `id`, or -1.
    @inline(__always) static func index(of id: Int32, in list: UnsafeBufferPointer<Int32>, _ from: Int, _ to: Int) -> Int {
        var low = from, high = to
        while low < high {
            let mid = (low + high) >> 1
            if list[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < to && list[low] == id ? low : -1
    }

    /// Whether sorted `sets[from..<to]` holds `id`.
    @inline(__always) static func contains(_ sets: UnsafeBufferPointer<Int32>, _ from: Int, _ to: Int, _ id: Int32) -> Bool {
        if to - from <= 8 {
            for k in from..<to where sets[k] == id { return true }
            return false
        }
        var low = from, high = to
        while low < high {
            let mid = (low + high) >> 1
            if sets[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < to && sets[low] == id
    }
}
