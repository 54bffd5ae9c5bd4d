/// One compiled piece of a ``PhrasePattern``.
indirect enum PhraseElement: Sendable, Hashable {
    /// One normalised word, by lexicon id.
    case word(Int32)
    /// A slot.
    case slot(PhraseSlot)
    /// One of several word sequences; `optional` when written `[...]`.
    case choice([[PhraseElement]], optional: Bool)
    /// `...`: up to ``PhrasePattern/maximumGap`` words of anything.
    case gap
}
