/// The arrays of a ``CompiledPhrases`` as buffers, for the matcher's inner
/// loops: nothing retained, nothing bounds-checked in release builds. The
/// bank makes one copy of its arrays when it is built and frees it when it
/// goes (``deallocate()``); valid while its bank lives.
struct CompiledPhrasesView {
    let entries: UnsafeBufferPointer<PhraseEntry>
    let ops: UnsafeBufferPointer<PhraseOp>
    let setWords: UnsafeBufferPointer<Int32>
    let dispatchTables: UnsafeBufferPointer<Int32>
    let words: UnsafeBufferPointer<Int32>
    let anchorChunks: UnsafeBufferPointer<AnchorChunk>
    let lookahead: UnsafeBufferPointer<PhraseLookahead>
    let lookaheadWords: UnsafeBufferPointer<Int32>
    let secondWords: UnsafeBufferPointer<Int32>
    let byWordOffsets: UnsafeBufferPointer<Int32>
    let byWordPhrases: UnsafeBufferPointer<Int32>
    let bySlotOffsets: UnsafeBufferPointer<Int32>
    let bySlotPhrases: UnsafeBufferPointer<Int32>
    let byAnyPhrases: UnsafeBufferPointer<Int32>
    let pairs: PairIndex.View

    /// Copies the arrays into buffers of its own.
    init(owning entries: [PhraseEntry], ops: [PhraseOp], setWords: [Int32], dispatchTables: [Int32], words: [Int32],
         anchorChunks: [AnchorChunk], lookahead: [PhraseLookahead],
         lookaheadWords: [Int32], secondWords: [Int32], byWordOffsets: [Int32], byWordPhrases: [Int32],
         bySlotOffsets: [Int32], bySlotPhrases: [Int32], byAnyPhrases: [Int32], pairs: PairIndex) {
        self.entries = Self.copy(entries)
        self.ops = Self.copy(ops)
        self.setWords = Self.copy(setWords)
        self.dispatchTables = Self.copy(dispatchTables)
        self.words = Self.copy(words)
        self.anchorChunks = Self.copy(anchorChunks)
        self.lookahead = Self.copy(lookahead)
        self.lookaheadWords = Self.copy(lookaheadWords)
        self.secondWords = Self.copy(secondWords)
        self.byWordOffsets = Self.copy(byWordOffsets)
        self.byWordPhrases = Self.copy(byWordPhrases)
        self.bySlotOffsets = Self.copy(bySlotOffsets)
        self.bySlotPhrases = Self.copy(bySlotPhrases)
        self.byAnyPhrases = Self.copy(byAnyPhrases)
        self.pairs = pairs.withView { view in
            PairIndex.View(slots: Self.copy(Array(view.slots)), phrases: Self.copy(Array(view.phrases)),
                           firstWords: Self.copy(Array(view.firstWords)), byFirst: Self.copy(Array(view.byFirst)), mask: view.mask)
        }
    }

    /// Frees the copies (by the bank that made them, once).
    func deallocate() {
        for buffer in [setWords, dispatchTables, words, lookaheadWords, secondWords, byWordOffsets, byWordPhrases, bySlotOffsets, bySlotPhrases, byAnyPhrases,
                       pairs.phrases] {
            buffer.deallocate()
        }
        entries.deallocate()
        anchorChunks.deallocate()
        ops.deallocate()
        lookahead.deallocate()
        pairs.slots.deallocate()
        pairs.firstWords.deallocate()
        pairs.byFirst.deallocate()
    }

    /// A buffer of its own holding `array` (never empty: a base address always exists).
    private static func copy<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(rebasing: buffer[0..<array.count])
    }
}
