/// The arrays of a ``CompiledPhrases`` as buffer pointers, for the matcher's
/// inner loops: nothing retained, nothing bounds-checked in release builds.
/// Valid only inside ``CompiledPhrases/withView(_:)``.
struct CompiledPhrasesView {
    let entries: UnsafeBufferPointer<PhraseEntry>
    let ops: UnsafeBufferPointer<PhraseOp>
    let setWords: UnsafeBufferPointer<Int32>
    let words: UnsafeBufferPointer<Int32>
    let lookahead: UnsafeBufferPointer<PhraseLookahead>
    let lookaheadWords: UnsafeBufferPointer<Int32>
    let secondWords: UnsafeBufferPointer<Int32>
    let byWordOffsets: UnsafeBufferPointer<Int32>
    let byWordPhrases: UnsafeBufferPointer<Int32>
    let bySlotOffsets: UnsafeBufferPointer<Int32>
    let bySlotPhrases: UnsafeBufferPointer<Int32>
    let byAnyPhrases: UnsafeBufferPointer<Int32>
    let pairs: PairIndex.View
}
