/// Time-frame: the rubric's time phrases ("by {time}", "within {number}
/// hours", "tomorrow"), overruled by its exceptions (opening hours, a time
/// the customer gave, a refusal), plus built-in rules: a time in a clause
/// about the past ("it shipped on Monday") or in a question ("anything else
/// today?") is no commitment, and "now", "right now", "straight away" count
/// only attached to a promise ("I'll fix it now", not "I'm processing it now").
struct TimeFrameDetector: CriterionDetector {
    let words: WordSets
    private let nowWords: IDSet
    private let promiseMarkers: IDSet
    private let forWord: Int32
    private let prepositions: IDSet
    private let arrangingVerbs: IDSet
    private let notVerbs: IDSet
    private let to: Int32
    private let conditionWords: IDSet
    private let perfectMarkers: IDSet

    init(words: WordSets) {
        self.words = words
        nowWords = words.lexicon.idSet("now right straight away immediately at once this minute moment as we speak")
        promiseMarkers = words.lexicon.idSet("will shall going let")
        forWord = words.id("for")
        prepositions = words.lexicon.idSet("on by before at in within until till from after")
        arrangingVerbs = words.lexicon.idSet("booked arranged scheduled asked told organised requested instructed got set lined emailed messaged texted reminded")
        notVerbs = words.lexicon.idSet("you me us them him her it the a an your my our their his its this that these those")
        to = words.id("to")
        conditionWords = words.lexicon.idSet("if unless")
        perfectMarkers = words.lexicon.idSet("has have")
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        var memo = ClauseMemo()
        return overrule(match, in: text, memo: &memo)
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText, memo: inout ClauseMemo) -> Overruling? {
        let clause = words.clauseRange(of: match, in: text)
        let sentence = text.sentence(of: match.start)
        let promises = memo.contains(promiseMarkers, in: clause, words: words, of: text)
        if sentence.isQuestion, !promises {
            return Overruling("a question, not a commitment: '", quoting: sentence.range.lowerBound, sentence.range.upperBound - 1, "'")
        }
        if (match.start...match.end).allSatisfy({ nowWords.contains(text.tokens[$0].id) }), !promises {
            return Overruling("'", quoting: match.start, match.end, "' describes what is happening, not a promise")
        }
        // "booked for Monday": an appointment, even in a past clause; but not
        // "signed for | on Wednesday", where "for" belongs to the verb
        let appointment = text.tokens[match.start].id == forWord
            || (match.start > 0 && text.tokens[match.start - 1].id == forWord && !prepositions.contains(text.tokens[match.start].id))
        if !appointment, let past = memo.isPast(memo.innermost(clause, before: match.start, words: words, in: text), words: words, in: text),
           !arranges(past, before: match.start, in: text, memo: &memo), !isOpenCondition(past, in: text) {
            return Overruling("the past, not a commitment: '", quoting: past, past, "'")
        }
        return nil
    }

    /// "I've booked her to call you by 4pm": the past verb arranges a
    /// future act ("to call"), and the time belongs to that act.
    /// Only the first "to" after the verb counts; it is looked up through
    /// `memo`, so many matches after one verb cost no walk each.
    private func arranges(_ past: Int, before start: Int, in text: ReplyText, memo: inout ClauseMemo) -> Bool {
        guard arrangingVerbs.contains(text.tokens[past].id),
              let t = memo.firstPosition(of: to, after: past, in: text), t + 1 < start else { return false }
        let next = text.tokens[t + 1]
        return !notVerbs.contains(next.id) && next.number < 0 && !next.flags.contains(.capitalised)
    }

    /// "Let us know if it hasn't arrived within 48 hours": a perfect in an
    /// "if" clause is a condition about the future, not a past event.
    private func isOpenCondition(_ past: Int, in text: ReplyText) -> Bool {
        let clause = text.clause(of: past)
        guard conditionWords.contains(text.tokens[clause.lowerBound].id) else { return false }
        var k = past - 1
        while k >= clause.lowerBound, k >= past - 2 {
            if perfectMarkers.contains(text.tokens[k].id) { return true }
            k -= 1
        }
        return false
    }

    /// A concrete time ("by 3pm today") is quoted before "now" or "straight away".
    func rank(of span: PhraseMatch, in text: ReplyText) -> Int {
        (span.start...span.end).allSatisfy({ nowWords.contains(text.tokens[$0].id) }) ? 1 : 0
    }
}
