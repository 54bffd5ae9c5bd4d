/// Ownership: the rubric's promises ("I will", "leave it with me", "I have
/// {done}") and its exceptions (hand-offs, hedges, requests, refusals) do
/// the work; the built-in rule is that a promise inside a question
/// ("shall I ...?") or an "if" clause ("if I could, I'd ...") does not count.
final class OwnershipDetector: CriterionDetector {
    let words: WordSets
    private let ifWord: Int32
    private let and: Int32
    private let you: Int32
    private let i: Int32
    private let contactVerbs: IDSet
    private let backVerbs: IDSet
    private let skippable: IDSet
    private let subjects: IDSet

    init(words: WordSets) {
        self.words = words
        ifWord = words.id("if")
        and = words.id("and")
        you = words.id("you")
        i = words.id("i")
        contactVerbs = words.lexicon.idSet("call ring phone email text contact update message")
        backVerbs = words.lexicon.idSet("get come")
        skippable = words.lexicon.idSet("then also personally myself will i")
        subjects = words.lexicon.idSet("i we they he she someone somebody team you it")
    }

    /// "I'll escalate this to my manager and call you back": the second verb
    /// shares the first's "I", so it is a promise of its own, found here
    /// because no phrase can see the "I" across the first verb's words.
    func extraMatches(in text: ReplyText, into found: inout [DetectedMatch]) {
        guard text.contains(and), text.contains(you), text.contains(i) else { return }
        let tokens = text.tokens
        for t in tokens.indices where tokens[t].id == and {
            let end = text.sentence(of: t).range.upperBound
            var k = t + 1
            while k < end, skippable.contains(tokens[k].id) { k += 1 }
            guard k < end else { continue }
            var last = -1
            if contactVerbs.contains(tokens[k].id), k + 1 < end, tokens[k + 1].id == you {
                last = k + 1
            } else if backVerbs.contains(tokens[k].id), k + 3 < end, tokens[k + 3].id == you {
                last = k + 3  // get back to you
            }
            guard last >= 0 else { continue }
            // the nearest subject before "and", in the same sentence
            var s = t - 1
            let first = text.sentence(of: t).range.lowerBound
            while s >= first, !subjects.contains(tokens[s].id) { s -= 1 }
            if s >= first, tokens[s].id == i, s + 1 < t, words.futureMarkers.contains(tokens[s + 1].id) {
                found.append((PhraseMatch(start: t + 1, end: last), "a second promise sharing the first's 'I'"))
            }
        }
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        let clause = text.clause(of: match.start)
        if text.tokens[clause.lowerBound].id == ifWord {
            return Overruling("a condition: '", quoting: clause.lowerBound, match.end, "'")
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
