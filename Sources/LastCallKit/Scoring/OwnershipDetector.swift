/// Ownership: the rubric's promises ("I will", "leave it with me", "I have
/// {done}") and its exceptions (hand-offs, hedges, requests, refusals) do
/// the work; the built-in rule is that a promise inside a question
/// ("shall I ...?") or an "if" clause ("if I could, I'd ...") does not count.
struct OwnershipDetector: CriterionDetector {
    let words: WordSets
    private let ifWord: Int32

    init(words: WordSets) {
        self.words = words
        ifWord = words.id("if")
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> String? {
        let clause = text.clause(of: match.start)
        if text.tokens[clause.lowerBound].id == ifWord {
            return "a condition: '\(text.quote(clause.lowerBound, match.end))'"
        }
        return nil
    }

    /// The longest commitment quoted: "I'll" alone says nothing, so the
    /// evidence runs on to the end of its clause (at most six more words).
    func evidence(for match: PhraseMatch, in text: ReplyText) -> PhraseMatch {
        let clause = text.clause(of: match.end)
        return PhraseMatch(start: match.start, end: max(match.end, min(clause.upperBound - 1, match.end + 6)))
    }
}
