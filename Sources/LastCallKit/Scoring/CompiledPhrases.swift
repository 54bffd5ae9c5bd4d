/// A list of phrases flattened into contiguous arrays, so the scorer can
/// try hundreds of phrases per reply without copying or retaining anything.
// Safe to share: every array, and the copies ``view`` points at, are made
// in `init` and never written again; `deinit` frees the copies.
final class CompiledPhrases: @unchecked Sendable {
    /// The phrases' sources, for explanations.
    let sources: [String]
    /// All programs, one after another; jumps are absolute.
    let ops: [PhraseOp]
    /// Where each phrase's program starts in `ops`.
    let starts: [Int32]
    /// Each phrase's possible first words as a range of `words`, or nil.
    let firstRanges: [Range<Int32>?]
    let words: [Int32]
    /// Every phrase's anchor groups as bitmap chunks (see ``PhraseEntry``):
    /// per phrase, the groups its entry points prove present first
    /// (``MatchEntryPoints``), then the others.
    let anchorChunks: [AnchorChunk]
    /// Per phrase, all the slots its ``PhraseAnchors`` require (an entry's
    /// ``PhraseEntry/anchorSlots`` leaves out those its entry points prove).
    let anchorSlots: [SlotSet]
    /// The sorted word lists of all programs' set ops.
    let setWords: [Int32]
    /// The tables of all programs' dispatch ops (``ChoiceDispatch``).
    let dispatchTables: [Int32]
    // An index by what a phrase's program can consume first, derived from
    // the program itself (so it is exact): the words (`byWordOffsets` /
    // `byWordPhrases`, like `firstOffsets`) and the slots (`bySlotPhrases`
    // per slot). A phrase whose first consumed token is a word or set (never
    // a slot) may also have the words its second consumed token can be, as
    // `secondStart[p]..<secondEnd[p]` of `secondWords` (sorted; start -1:
    // no such filter); only fillers may stand between the two.
    let byWordOffsets: [Int32]
    let byWordPhrases: [Int32]
    let bySlotOffsets: [Int32]
    let bySlotPhrases: [Int32]
    /// The slots some phrase starts with (those with phrases in `bySlotPhrases`):
    /// worked out once here, not per reply (about 100 instructions a reply).
    let startingSlots: SlotSet
    let byAnyPhrases: [Int32]
    let secondStart: [Int32]
    let secondEnd: [Int32]
    let secondWords: [Int32]
    /// A phrase's first words that must be followed by one of a few words
    /// are indexed by those pairs instead (and left out of
    /// `byWordPhrases`): see ``PairIndex`` and `pairIndex(taking:)`.
    let pairs: PairIndex
    /// Per op of `ops` that a split may branch to or that follows a gap,
    /// other than a word or set op: what the program must consume first from
    /// there (``PhraseLookahead/none`` for the other ops).
    let lookahead: [PhraseLookahead]
    let lookaheadWords: [Int32]
    /// Per phrase, what the matcher reads each time it tries it.
    let entries: [PhraseEntry]
    /// The arrays above as buffers the bank owns, for the matcher's inner loops.
    let view: CompiledPhrasesView

    init(_ phrases: [PhrasePattern]) {
        let flat = CompiledPhrases.flatten(phrases)
        sources = phrases.map(\.source)
        ops = flat.ops
        starts = flat.starts
        firstRanges = flat.firstRanges
        words = flat.words
        setWords = flat.setWords
        dispatchTables = flat.dispatchTables
        var consumers = CompiledPhrases.firstConsumers(ops: ops, starts: starts, setWords: setWords)
        var pairList: [(first: Int32, second: Int32, phrase: Int32)] = []
        pairs = CompiledPhrases.pairIndex(taking: &consumers, ops: ops, starts: starts, setWords: setWords, pairList: &pairList)
        (lookahead, lookaheadWords) = CompiledPhrases.lookahead(ops: ops, setWords: setWords)
        (byWordOffsets, byWordPhrases) = CompiledPhrases.index(byWord: consumers.firstWords)
        (bySlotOffsets, bySlotPhrases) = CompiledPhrases.index(bySlot: consumers.firstSlots)
        var startingSlots = SlotSet.empty
        for code in 0..<(bySlotOffsets.count - 1) where bySlotOffsets[code] < bySlotOffsets[code + 1] { startingSlots.insert(code: code) }
        self.startingSlots = startingSlots
        byAnyPhrases = consumers.startsAnywhere.indices.filter { consumers.startsAnywhere[$0] }.map { Int32($0) }
        secondStart = consumers.secondStart
        secondEnd = consumers.secondEnd
        secondWords = consumers.secondWords
        anchorSlots = phrases.map(\.anchors.slots)
        // `pairList` comes grouped by phrase, phrases in increasing order (as
        // `pairIndex` adds them), so each phrase's pairs are read in one pass
        var chunks: [AnchorChunk] = []
        var entries: [PhraseEntry] = []
        entries.reserveCapacity(phrases.count)
        var pairCursor = 0
        for index in phrases.indices {
            let pairStart = pairCursor
            while pairCursor < pairList.count, pairList[pairCursor].phrase == Int32(index) { pairCursor += 1 }
            let entryPoints = MatchEntryPoints(words: consumers.firstWords[index],
                                               pairs: pairList[pairStart..<pairCursor],
                                               slots: consumers.firstSlots[index], anywhere: consumers.startsAnywhere[index])
            let anchors = phrases[index].anchors
            let proven = entryPoints.proven(anchors.groups)
            // the proven groups first (only a full check reads them), then
            // the others, the fewest chunks first: the cheapest to rule out
            // (each group's blocks worked out once: start-up)
            let blocks = anchors.groups.map(AnchorChunk.blocks(of:))
            let anchorStart = Int32(chunks.count)
            for group in anchors.groups.indices where proven[group] { AnchorChunk.append(blocks: blocks[group], to: &chunks) }
            let anchorCheck = Int32(chunks.count)
            for group in AnchorChunk.cheapestFirst(anchors.groups.indices.filter { !proven[$0] }, chunkCounts: blocks.map(\.count)) {
                AnchorChunk.append(blocks: blocks[group], to: &chunks)
            }
            entries.append(PhraseEntry(entry: flat.starts[index], secondStart: consumers.secondStart[index], secondEnd: consumers.secondEnd[index],
                                       anchorStart: anchorStart, anchorCheck: anchorCheck, anchorEnd: Int32(chunks.count),
                                       anchorSlots: SlotSet(rawValue: anchors.slots.rawValue & ~entryPoints.provenSlots.rawValue)))
        }
        anchorChunks = chunks
        self.entries = entries
        view = CompiledPhrasesView(owning: entries, ops: ops, setWords: setWords, dispatchTables: dispatchTables, words: words,
                                   anchorChunks: anchorChunks, lookahead: lookahead,
                                   lookaheadWords: lookaheadWords, secondWords: secondWords,
                                   byWordOffsets: byWordOffsets, byWordPhrases: byWordPhrases,
                                   bySlotOffsets: bySlotOffsets, bySlotPhrases: bySlotPhrases, byAnyPhrases: byAnyPhrases,
                                   pairs: pairs)
    }

    deinit { view.deallocate() }

    /// The phrases' programs one after another (jumps made absolute, set ops
    /// pointing into one shared word list), with each phrase's first words
    /// in one list.
    private static func flatten(_ phrases: [PhrasePattern])
        -> (ops: [PhraseOp], starts: [Int32], firstRanges: [Range<Int32>?], words: [Int32], setWords: [Int32], dispatchTables: [Int32]) {
        var ops: [PhraseOp] = [], starts: [Int32] = [], firstRanges: [Range<Int32>?] = []
        var words: [Int32] = [], setWords: [Int32] = [], dispatchTables: [Int32] = []
        for phrase in phrases {
            let base = Int32(ops.count)
            starts.append(base)
            let setBase = Int32(setWords.count)
            setWords += phrase.setWords
            let dispatchBase = Int32(dispatchTables.count)
            dispatchTables += ChoiceDispatch.rebased(phrase.dispatchTables, by: base)
            for var op in phrase.program {
                if op.kind == .split { op.a += base; op.b += base }
                if op.kind == .set || op.kind == .optionalSet { op.a += setBase; op.b += setBase }
                if op.kind == .jump { op.a += base }
                if op.kind == .dispatch { op.a += dispatchBase; op.b += base }
                ops.append(op)
            }
            if let first = phrase.firstWordList {
                let firstStart = Int32(words.count)
                words += first
                firstRanges.append(firstStart..<Int32(words.count))
            } else {
                firstRanges.append(nil)
            }
        }
        return (ops, starts, firstRanges, words, setWords, dispatchTables)
    }

    /// What each phrase's program can consume first and second, worked out
    /// from the program itself (so exactly).
    private struct Consumers {
        /// Per phrase: the words and the slot codes it can consume first.
        var firstWords: [[Int32]] = []
        var firstSlots: [[Int32]] = []
        /// Per phrase: whether it can start with a gap or match nothing first.
        var startsAnywhere: [Bool] = []
        /// Per phrase whose first consumed token is a word (never a slot):
        /// the words its second can be, as `secondWords[secondStart..<secondEnd]`
        /// (sorted; -1: no such filter).
        var secondStart: [Int32] = []
        var secondEnd: [Int32] = []
        var secondWords: [Int32] = []
    }

    /// The exact first and second consumers of each program.
    private static func firstConsumers(ops: [PhraseOp], starts: [Int32], setWords: [Int32]) -> Consumers {
        var result = Consumers()
        func wordsOf(_ op: PhraseOp) -> [Int32] {
            op.kind == .word ? [op.a] : Array(setWords[Int(op.a)..<Int(op.b)])
        }
        for entry in starts {
            let first = consumers(from: [Int(entry)], ops: ops)
            // arrays sorted once, not sets (start-up, like PhrasePattern)
            var firstWords: [Int32] = [], firstSlots: [Int32] = []
            for pc in first.consumers {
                if ops[pc].kind == .slot { firstSlots.append(ops[pc].a) } else { firstWords += wordsOf(ops[pc]) }
            }
            result.firstWords.append(firstWords.sortedUnique())
            result.firstSlots.append(firstSlots.sortedUnique())
            result.startsAnywhere.append(first.open)
            var second: [Int32]?
            if !first.open, firstSlots.isEmpty, !first.consumers.isEmpty {
                let next = consumers(from: first.consumers.map { $0 + 1 }, ops: ops)
                if !next.open, !next.consumers.contains(where: { ops[$0].kind == .slot }) {
                    second = next.consumers.flatMap { wordsOf(ops[$0]) }.sortedUnique()
                }
            }
            if let second {
                result.secondStart.append(Int32(result.secondWords.count))
                result.secondWords += second
                result.secondEnd.append(Int32(result.secondWords.count))
            } else {
                result.secondStart.append(-1)
                result.secondEnd.append(-1)
            }
        }
        return result
    }

    /// The pair index: for each phrase and each word its program can
    /// consume first by a word or set op, when the program must then consume
    /// one of a few words (no slot, no gap, no end of the match), the pairs
    /// of that word and each word that can follow it; such a first word
    /// leaves the phrase's first-word index (a phrase may keep some first
    /// words there and have pairs for others).
    ///
    /// Why per first word: a big choice ("(nothing|not much|can not|do not
    /// ...|them directly)") has first words that match alone ("nothing")
    /// and first words that need a second ("not" needs "much", "my", ...);
    /// with one filter for the whole phrase it was tried at every "not",
    /// "do", "can", and its runs that failed at the second word were a
    /// quarter of the matcher's runs (8 of 30 a reply, `score --jsonl`).
    /// `pairList` gets every pair indexed, as the index was made of it.
    private static func pairIndex(taking consumers: inout Consumers, ops: [PhraseOp], starts: [Int32], setWords: [Int32],
                                  pairList pairPhrases: inout [(first: Int32, second: Int32, phrase: Int32)]) -> PairIndex {
        var followers: [[Int32]?] = []  // per first consumer of a phrase: the words that can follow it (nil: anything)
        var byWord: [(word: Int32, consumer: Int32)] = []
        for index in consumers.firstWords.indices where !consumers.firstWords[index].isEmpty {
            let firsts = consumers.firstWords[index]
            if consumers.secondStart[index] >= 0 {
                // one filter for the whole phrase and few pairs: every pair
                // of a first and a second word, as cheap to build as to read
                let seconds = consumers.secondWords[Int(consumers.secondStart[index])..<Int(consumers.secondEnd[index])]
                if firsts.count * seconds.count <= CompiledPhrases.maximumPairs, !firsts.contains(where: { $0 < 0 }),
                   !seconds.contains(where: { $0 < 0 }) {
                    for first in firsts { for second in seconds { pairPhrases.append((first, second, Int32(index))) } }
                    consumers.firstWords[index] = []
                    continue
                }
            }
            // a phrase that can start anywhere is tried at every word already
            if consumers.startsAnywhere[index] { continue }
            followers.removeAll(keepingCapacity: true)
            byWord.removeAll(keepingCapacity: true)
            for pc in CompiledPhrases.consumers(from: [Int(starts[index])], ops: ops).consumers where ops[pc].kind != .slot {
                let next = CompiledPhrases.consumers(from: [pc + 1], ops: ops)
                var seconds: [Int32]?
                if !next.open, !next.consumers.isEmpty, !next.consumers.contains(where: { ops[$0].kind == .slot }) {
                    var words: [Int32] = []
                    for consumer in next.consumers { words += CompiledPhrases.words(of: ops[consumer], setWords) }
                    if !words.contains(where: { $0 < 0 }) { seconds = words }
                }
                for word in CompiledPhrases.words(of: ops[pc], setWords) { byWord.append((word, Int32(followers.count))) }
                followers.append(seconds)
            }
            byWord.sort { ($0.word, $0.consumer) < ($1.word, $1.consumer) }
            var kept: [Int32] = []
            var k = 0
            while k < byWord.count {
                // the word's consumers: byWord[k..<end]
                let word = byWord[k].word
                var end = k + 1
                while end < byWord.count, byWord[end].word == word { end += 1 }
                var seconds: [Int32]? = []
                for consumer in byWord[k..<end] {
                    guard let more = followers[Int(consumer.consumer)] else { seconds = nil; break }
                    seconds! += more
                }
                if word >= 0, var seconds {
                    seconds.sort()
                    var unique = 0  // sorted: keep the first of each run
                    for second in seconds where unique == 0 || seconds[unique - 1] != second { seconds[unique] = second; unique += 1 }
                    if unique <= CompiledPhrases.maximumPairs {
                        for second in seconds[..<unique] { pairPhrases.append((word, second, Int32(index))) }
                    } else {
                        kept.append(word)
                    }
                } else {
                    kept.append(word)
                }
                k = end
            }
            consumers.firstWords[index] = kept
        }
        return PairIndex(pairPhrases)
    }

    /// The words word or set op `op` consumes.
    private static func words(of op: PhraseOp, _ setWords: [Int32]) -> ArraySlice<Int32> {
        op.kind == .word ? [op.a] : setWords[Int(op.a)..<Int(op.b)]
    }

    /// Phrases grouped by first word id: `phrases[offsets[w]..<offsets[w + 1]]`.
    private static func index(byWord firstWords: [[Int32]]) -> (offsets: [Int32], phrases: [Int32]) {
        let maxWord = Int(firstWords.lazy.compactMap { $0.last }.max() ?? -1)
        var offsets = [Int32](repeating: 0, count: maxWord + 2)
        for list in firstWords { for w in list where w >= 0 { offsets[Int(w) + 1] += 1 } }
        for w in 0..<(maxWord + 1) { offsets[w + 1] += offsets[w] }
        var cursor = offsets
        var phrases = [Int32](repeating: 0, count: Int(offsets[maxWord + 1]))
        for (index, list) in firstWords.enumerated() {
            for w in list where w >= 0 { phrases[Int(cursor[Int(w)])] = Int32(index); cursor[Int(w)] += 1 }
        }
        return (offsets, phrases)
    }

    /// Phrases grouped by the code of a slot they can start with.
    private static func index(bySlot firstSlots: [[Int32]]) -> (offsets: [Int32], phrases: [Int32]) {
        let slotCount = PhraseSlot.allCases.map(\.code).max()! + 1
        var offsets = [Int32](repeating: 0, count: slotCount + 1)
        var phrases: [Int32] = []
        for code in 0..<slotCount {
            for (index, list) in firstSlots.enumerated() where list.contains(Int32(code)) { phrases.append(Int32(index)) }
            offsets[code + 1] = Int32(phrases.count)
        }
        return (offsets, phrases)
    }

    /// The lookahead of each op a split branches to or a gap is followed by.
    static func lookahead(ops: [PhraseOp], setWords: [Int32]) -> ([PhraseLookahead], [Int32]) {
        var lookahead = [PhraseLookahead](repeating: .none, count: ops.count)
        var words: [Int32] = []
        for (pc, op) in ops.enumerated() {
            let target: Int
            switch op.kind {
            case .split: target = Int(op.a)
            case .gap: target = pc + 1
            default: continue
            }
            // the matcher tests a word or set op itself
            guard target < ops.count, ops[target].kind != .word, ops[target].kind != .set, lookahead[target].from < 0 else { continue }
            let next = consumers(from: [target], ops: ops)
            guard !next.open else { continue }
            var found: [Int32] = []
            var slots = SlotSet.empty
            for consumer in next.consumers {
                let op = ops[consumer]
                switch op.kind {
                case .word: found.append(op.a)
                case .set, .optionalSet: found += setWords[Int(op.a)..<Int(op.b)]
                case .slot: slots.insert(code: Int(op.a))
                default: break
                }
            }
            let from = Int32(words.count)
            words += found.sortedUnique()
            lookahead[target] = PhraseLookahead(from: from, to: Int32(words.count), slots: slots)
        }
        return (lookahead, words)
    }

    /// The consuming ops (word, set, optional set, slot) a program reaches
    /// from `pcs` without consuming a token; `open` when it can also reach a
    /// gap or the end of a match (so anything, or nothing, may come next).
    static func consumers(from pcs: [Int], ops: [PhraseOp]) -> (consumers: [Int], open: Bool) {
        var seen: [Int] = []  // a few ops: a list is quicker than a set
        var stack = pcs
        var found: [Int] = []
        var open = false
        while let pc = stack.popLast() {
            guard pc >= 0, pc < ops.count, !seen.contains(pc) else { continue }
            seen.append(pc)
            let op = ops[pc]
            switch op.kind {
            case .word, .set, .slot: found.append(pc)
            case .optionalSet: found.append(pc); stack.append(pc + 1)
            case .split: stack.append(Int(op.a)); stack.append(Int(op.b))
            case .jump: stack.append(Int(op.a))
            case .dispatch: stack.append(Int(op.b))  // the chain reaches every branch
            case .gap, .match: open = true
            }
        }
        return (found.sorted(), open)
    }

    var count: Int { starts.count }

    /// The most second words one first word of a phrase may pair with in
    /// the pair index (as the most pairs a phrase could add, before pairs
    /// were made per first word: at 64, a phrase whose first and second words make 65 to 256
    /// pairs stayed in the first-word index and was tried wherever its first
    /// word stood; 256 took about 800 instructions a reply off matching
    /// (callgrind, `score --jsonl`), for a few KB more index).
    static let maximumPairs = 256
}
