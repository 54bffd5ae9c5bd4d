/// The built-in judgement of one criterion, applied on top of the rubric's
/// phrases and exceptions: rules about the words around a match that a
/// phrase list cannot say (negation, questions, tense, capital letters).
protocol CriterionDetector: Sendable {
    /// Why the phrase that matched at `match` does not count, or nil.
    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling?
    /// ``overrule(_:in:)`` for one reply's matches in order of their start,
    /// `memo` keeping what was read of a clause for the next match.
    func overrule(_ match: PhraseMatch, in text: ReplyText, memo: inout ClauseMemo) -> Overruling?
    /// Matches the detector finds by itself, each with a description of the rule.
    func extraMatches(in text: ReplyText) -> [(PhraseMatch, String)]
    /// The words to quote for a match that stands: the words that decided
    /// it (ownership widens "I'll" to the commitment, "I'll call you back").
    func evidence(for match: PhraseMatch, in text: ReplyText) -> PhraseMatch
    /// Evidence with a lower rank is quoted first (a concrete time before "now").
    func rank(of span: PhraseMatch, in text: ReplyText) -> Int
}

extension CriterionDetector {
    func overrule(_ match: PhraseMatch, in text: ReplyText, memo: inout ClauseMemo) -> Overruling? { overrule(match, in: text) }
    func extraMatches(in text: ReplyText) -> [(PhraseMatch, String)] { [] }
    func evidence(for match: PhraseMatch, in text: ReplyText) -> PhraseMatch { match }
    func rank(of span: PhraseMatch, in text: ReplyText) -> Int { 0 }
}
