/// What the matcher reads of one phrase of a ``CompiledPhrases`` each time
/// it tries it, in one place (one cache line, not five arrays).
struct PhraseEntry: Sendable {
    /// Where the phrase's program starts in the bank's ops.
    var entry: Int32
    /// The words its second consumed token can be, as a range of the bank's
    /// `secondWords` (`secondStart` -1: no such filter).
    var secondStart: Int32
    var secondEnd: Int32
    /// Its ``PhraseAnchors`` groups, as a range of the bank's
    /// ``AnchorChunk``s (empty: no group): `anchorStart..<anchorCheck` the
    /// groups its entry points prove present (``MatchEntryPoints``), which a
    /// try from one of them need not check; `anchorCheck..<anchorEnd` the others.
    var anchorStart: Int32
    var anchorCheck: Int32
    var anchorEnd: Int32
    /// The slots its ``PhraseAnchors`` require somewhere in the reply, but
    /// those its entry points prove (the bank's `anchorSlots` has them all).
    var anchorSlots: SlotSet
}
