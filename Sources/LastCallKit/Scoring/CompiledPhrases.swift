/// A list of phrases flattened into contiguous arrays, so the scorer can
/// try hundreds of phrases per reply without copying or retaining anything.
final class CompiledPhrases: Sendable {
    /// The phrases' sources, for explanations.
    let sources: [String]
    /// All programs, one after another; jumps are absolute.
    let ops: [PhraseOp]
    /// Where each phrase's program starts in `ops`.
    let starts: [Int32]
    /// Each phrase's anchor words as a range of `words` (empty: no anchor).
    let anchorRanges: [Range<Int32>]
    /// Each phrase's possible first words as a range of `words`, or nil.
    let firstRanges: [Range<Int32>?]
    let words: [Int32]
    /// The sorted word lists of all programs' set ops.
    let setWords: [Int32]
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
    let byAnyPhrases: [Int32]
    let secondStart: [Int32]
    let secondEnd: [Int32]
    let secondWords: [Int32]
    /// The phrases with both filters whose first and second words make few
    /// pairs are indexed by the pair instead (and left out of
    /// `byWordPhrases`): see ``PairIndex``.
    let pairs: PairIndex
    /// Per op of `ops` that a split may branch to or that follows a gap,
    /// other than a word or set op: what the program must consume first from
    /// there (``PhraseLookahead/none`` for the other ops).
    let lookahead: [PhraseLookahead]
    let lookaheadWords: [Int32]
    /// Per phrase, what the matcher reads each time it tries it.
    let entries: [PhraseEntry]

    init(_ phrases: [PhrasePattern]) {
        var ops: [PhraseOp] = []
        var starts: [Int32] = []
        var anchorRanges: [Range<Int32>] = []
        var firstRanges: [Range<Int32>?] = []
        var words: [Int32] = []
        var setWords: [Int32] = []
        for phrase in phrases {
            let base = Int32(ops.count)
            starts.append(base)
            let setBase = Int32(setWords.count)
            setWords += phrase.setWords
            for var op in phrase.program {
                if op.kind == .split { op.a += base; op.b += base }
                if op.kind == .set || op.kind == .optionalSet { op.a += setBase; op.b += setBase }
                if op.kind == .jump { op.a += base }
                ops.append(op)
            }
            let anchorStart = Int32(words.count)
            words += phrase.anchorWords ?? []
            anchorRanges.append(anchorStart..<Int32(words.count))
            if let first = phrase.firstWordList {
                let firstStart = Int32(words.count)
                words += first
                firstRanges.append(firstStart..<Int32(words.count))
            } else {
                firstRanges.append(nil)
            }
        }
        self.sources = phrases.map(\.source)
        self.ops = ops
        self.starts = starts
        self.anchorRanges = anchorRanges
        self.firstRanges = firstRanges
        self.words = words
        self.setWords = setWords
        // the exact first and second consumers of each program
        var firstWordsOf: [[Int32]] = []
        var firstSlotsOf: [[Int32]] = []
        var anyOf: [Bool] = []
        var secondStart: [Int32] = []
        var secondEnd: [Int32] = []
        var secondWords: [Int32] = []
        for index in 0..<phrases.count {
            let entry = Int(starts[index])
            let first = CompiledPhrases.consumers(from: [entry], ops: ops)
            var firstWords: Set<Int32> = []
            var firstSlots: Set<Int32> = []
            var afterFirst: [Int] = []
            for pc in first.consumers {
                let op = ops[pc]
                switch op.kind {
                case .word: firstWords.insert(op.a)
                case .set, .optionalSet: for k in Int(op.a)..<Int(op.b) { firstWords.insert(setWords[k]) }
                case .slot: firstSlots.insert(op.a)
                default: break
                }
                afterFirst.append(pc + 1)
            }
            firstWordsOf.append(firstWords.sorted())
            firstSlotsOf.append(firstSlots.sorted())
            anyOf.append(first.open)
            var second: Set<Int32>?
            if !first.open, firstSlots.isEmpty, !afterFirst.isEmpty {
                let next = CompiledPhrases.consumers(from: afterFirst, ops: ops)
                if !next.open, !next.consumers.contains(where: { ops[$0].kind == .slot }) {
                    var found: Set<Int32> = []
                    for pc in next.consumers {
                        let op = ops[pc]
                        if op.kind == .word { found.insert(op.a) } else { for k in Int(op.a)..<Int(op.b) { found.insert(setWords[k]) } }
                    }
                    second = found
                }
            }
            if let second {
                secondStart.append(Int32(secondWords.count))
                secondWords += second.sorted()
                secondEnd.append(Int32(secondWords.count))
            } else {
                secondStart.append(-1)
                secondEnd.append(-1)
            }
        }
        // a phrase with a second-word filter whose first and second words
        // make few pairs goes in the pair index instead of the first-word one
        var pairPhrases: [(first: Int32, second: Int32, phrase: Int32)] = []
        for index in 0..<phrases.count where secondStart[index] >= 0 {
            let firsts = firstWordsOf[index]
            let seconds = secondWords[Int(secondStart[index])..<Int(secondEnd[index])]
            guard firsts.count * seconds.count <= CompiledPhrases.maximumPairs,
                  !firsts.contains(where: { $0 < 0 }), !seconds.contains(where: { $0 < 0 }) else { continue }
            for first in firsts { for second in seconds { pairPhrases.append((first, second, Int32(index))) } }
            firstWordsOf[index] = []
        }
        self.pairs = PairIndex(pairPhrases)
        (self.lookahead, self.lookaheadWords) = CompiledPhrases.lookahead(ops: ops, setWords: setWords)
        let maxWord = Int(firstWordsOf.lazy.compactMap { $0.last }.max() ?? -1)
        var byWordOffsets = [Int32](repeating: 0, count: maxWord + 2)
        for list in firstWordsOf { for w in list where w >= 0 { byWordOffsets[Int(w) + 1] += 1 } }
        for w in 0..<(maxWord + 1) { byWordOffsets[w + 1] += byWordOffsets[w] }
        var cursor = byWordOffsets
        var byWordPhrases = [Int32](repeating: 0, count: Int(byWordOffsets[maxWord + 1]))
        for (index, list) in firstWordsOf.enumerated() {
            for w in list where w >= 0 { byWordPhrases[Int(cursor[Int(w)])] = Int32(index); cursor[Int(w)] += 1 }
        }
        let slotCount = PhraseSlot.allCases.count
        var bySlotOffsets = [Int32](repeating: 0, count: slotCount + 1)
        var bySlotPhrases: [Int32] = []
        for slot in 0..<slotCount {
            for (index, list) in firstSlotsOf.enumerated() where list.contains(Int32(slot)) { bySlotPhrases.append(Int32(index)) }
            bySlotOffsets[slot + 1] = Int32(bySlotPhrases.count)
        }
        self.byWordOffsets = byWordOffsets
        self.byWordPhrases = byWordPhrases
        self.bySlotOffsets = bySlotOffsets
        self.bySlotPhrases = bySlotPhrases
        self.byAnyPhrases = anyOf.indices.filter { anyOf[$0] }.map { Int32($0) }
        self.secondStart = secondStart
        self.secondEnd = secondEnd
        self.secondWords = secondWords
        entries = (0..<phrases.count).map { index in
            PhraseEntry(entry: starts[index], secondStart: secondStart[index], secondEnd: secondEnd[index],
                        anchorStart: anchorRanges[index].lowerBound, anchorEnd: anchorRanges[index].upperBound)
        }
    }

    /// Calls `body` with the bank's arrays as buffer pointers.
    func withView<R>(_ body: (CompiledPhrasesView) -> R) -> R {
        entries.withUnsafeBufferPointer { entries in
          ops.withUnsafeBufferPointer { ops in
            setWords.withUnsafeBufferPointer { setWords in
              words.withUnsafeBufferPointer { words in
                lookahead.withUnsafeBufferPointer { lookahead in
                  lookaheadWords.withUnsafeBufferPointer { lookaheadWords in
                    secondWords.withUnsafeBufferPointer { secondWords in
                      byWordOffsets.withUnsafeBufferPointer { byWordOffsets in
                        byWordPhrases.withUnsafeBufferPointer { byWordPhrases in
                          bySlotOffsets.withUnsafeBufferPointer { bySlotOffsets in
                            bySlotPhrases.withUnsafeBufferPointer { bySlotPhrases in
                              byAnyPhrases.withUnsafeBufferPointer { byAnyPhrases in
                                pairs.withView { pairs in
                                    body(CompiledPhrasesView(entries: entries, ops: ops, setWords: setWords, words: words, lookahead: lookahead,
                                                             lookaheadWords: lookaheadWords, secondWords: secondWords,
                                                             byWordOffsets: byWordOffsets, byWordPhrases: byWordPhrases,
                                                             bySlotOffsets: bySlotOffsets, bySlotPhrases: bySlotPhrases,
                                                             byAnyPhrases: byAnyPhrases, pairs: pairs))
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
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
            var found: Set<Int32> = []
            var slots: UInt64 = 0
            for consumer in next.consumers {
                let op = ops[consumer]
                switch op.kind {
                case .word: found.insert(op.a)
                case .set, .optionalSet: for k in Int(op.a)..<Int(op.b) { found.insert(setWords[k]) }
                case .slot: slots |= 3 << UInt64(op.a * 4)
                default: break
                }
            }
            let from = Int32(words.count)
            words += found.sorted()
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
            case .gap, .match: open = true
            }
        }
        return (found.sorted(), open)
    }

    var count: Int { starts.count }

    /// The most (first word, second word) pairs a phrase may add to the pair index.
    static let maximumPairs = 64
}
