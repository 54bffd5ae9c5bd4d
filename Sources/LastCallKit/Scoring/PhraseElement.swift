/// One compiled piece of a ``PhrasePattern``.
// Not `indirect`: a choice's alternatives already sit in arrays, and an
// indirect enum boxed every word on the heap (a rubric has some 15,000 of
// them; allocating and freeing the boxes was about a tenth of start-up).
enum PhraseElement: Sendable, Hashable {
    /// One normalised word, by lexicon id.
    case word(Int32)
    /// A slot.
    case slot(PhraseSlot)
    /// One of several word sequences; `optional` when written `[...]`.
    case choice([[PhraseElement]], optional: Bool)
    /// `...`: up to ``PhrasePattern/maximumGap`` words of anything.
    case gap
}
