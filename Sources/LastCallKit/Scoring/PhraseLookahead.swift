/// What a phrase program must consume first from one of its ops: the words
/// and slots that can come next, so the matcher can rule a path out before
/// trying it (see ``CompiledPhrases/lookahead``).
struct PhraseLookahead: Sendable {
    /// The words, as `lookaheadWords[from..<to]` of the bank (sorted);
    /// `from` is -1 when there is no lookahead: the program can reach a gap
    /// or the end of a match from the op without consuming a word.
    var from: Int32
    var to: Int32
    /// The slots that can come next.
    var slots: SlotSet

    static let none = PhraseLookahead(from: -1, to: -1, slots: .empty)
}
