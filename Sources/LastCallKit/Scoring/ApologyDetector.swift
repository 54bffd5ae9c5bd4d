/// Apology: the rubric's phrases, plus two built-in rules. A negation just
/// before the phrase ("I'm not sorry", "never apologise") overrules it; and
/// a bare "sorry" that asks something ("sorry?", "sorry, what was the
/// number?", "sorry for asking, but is it plugged in?") is a pardon.
final class ApologyDetector: CriterionDetector {
    let words: WordSets
    private let sorryWords: IDSet
    private let but: Int32
    private let politeness: [[Int32]]

    init(words: WordSets) {
        self.words = words
        sorryWords = words.lexicon.idSet("sorry apologies apologise excuse pardon")
        but = words.id("but")
        politeness = [["for", "asking"], ["to", "ask"], ["to", "bother"], ["to", "trouble"], ["to", "interrupt"], ["for", "interrupting"]]
            .map { $0.map { words.id($0) } }
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        let clause = text.clause(of: match.start)
        var t = match.start - 1
        while t >= clause.lowerBound, t >= match.start - 3 {
            if words.negations.contains(text.tokens[t].id) { return Overruling("negated: '", quoting: t, match.end, "'") }
            t -= 1
        }
        guard sorryWords.contains(text.tokens[match.end].id) else { return nil }
        // what follows a bare "sorry"
        let sentence = text.sentence(of: match.end)
        let after = match.end + 1
        var bare = after >= sentence.range.upperBound || text.tokens[match.end].flags.contains(.beforeComma)
            || text.tokens[match.end].flags.contains(.beforeQuestionMark)
        var asks = text.tokens[match.end].flags.contains(.beforeQuestionMark) || sentence.isQuestion
        if after < sentence.range.upperBound {
            let next = text.tokens[after].id
            if next == but { bare = true }
            if words.questionStarters.contains(next) { bare = true; asks = asks || !text.tokens[after].flags.contains(.contractionPart) }
            for phrase in politeness where after + phrase.count <= sentence.range.upperBound
                && zip(phrase, text.tokens[after...]).allSatisfy({ $0 == $1.id }) {
                bare = true
            }
        }
        if bare && asks { return Overruling("a pardon, not an apology: '", quoting: match.start, min(sentence.range.upperBound - 1, match.end + 3), "'") }
        return nil
    }
}
