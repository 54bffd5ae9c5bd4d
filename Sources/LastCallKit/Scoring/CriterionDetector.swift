/// The built-in judgement of one criterion, applied on top of the rubric's
/// phrases and exceptions: rules about the words around a match that a
/// phrase list cannot say (negation, questions, tense, capital letters).
///
/// Detectors are final classes: a scorer calls them through this protocol
/// for every candidate match, and a struct detector behind `any` was copied
/// out of its box on each call (TimeFrameDetector, some thirty sets: about
/// 190 instructions a call); a class is passed as one reference.
protocol CriterionDetector: AnyObject, Sendable {
    /// Why the phrase that matched at `match` does not count, or nil.
    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling?
    /// ``overrule(_:in:)`` for one reply's matches in order of their start,
    /// `memo` keeping what was read of a clause for the next match.
    func overrule(_ match: PhraseMatch, in text: ReplyText, memo: inout ClauseMemo) -> Overruling?
    /// Appends the matches the detector finds by itself to `found`, each
    /// with a description of its rule (into the caller's reused storage:
    /// most replies have none, and returning a fresh array allocated on
    /// every reply).
    func extraMatches(in text: ReplyText, into found: inout [DetectedMatch])
    /// The words to quote for a match that stands: the words that decided
    /// it (ownership widens "I'll" to the commitment, "I'll call you back").
    func evidence(for match: PhraseMatch, in text: ReplyText) -> PhraseMatch
    /// Evidence with a lower rank is quoted first (a concrete time before "now").
    func rank(of span: PhraseMatch, in text: ReplyText) -> Int
}

/// A match a detector found by itself, and its rule in words (what
/// `--explain` shows as the phrase that fired).
typealias DetectedMatch = (match: PhraseMatch, rule: StaticString)

extension CriterionDetector {
    func overrule(_ match: PhraseMatch, in text: ReplyText, memo: inout ClauseMemo) -> Overruling? { overrule(match, in: text) }
    func extraMatches(in text: ReplyText, into found: inout [DetectedMatch]) {}
    func evidence(for match: PhraseMatch, in text: ReplyText) -> PhraseMatch { match }
    func rank(of span: PhraseMatch, in text: ReplyText) -> Int { 0 }

    /// The detector's own matches in `text` (``extraMatches(in:into:)`` into a new array).
    func extraMatches(in text: ReplyText) -> [DetectedMatch] {
        var found: [DetectedMatch] = []
        extraMatches(in: text, into: &found)
        return found
    }
}
