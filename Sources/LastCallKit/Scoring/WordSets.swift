/// Sets of word ids the detectors share, looked up once per rubric.
struct WordSets: Sendable {
    let negations: IDSet
    let futureMarkers: IDSet
    let beForms: IDSet
    /// Words after which an -ed word is no past verb: a be-form ("is
    /// processed"), a determiner or preposition that makes it an adjective
    /// ("for cancelled events", "your booked slot"), or a conjunction that
    /// opens a participle clause ("once processed", "when approved"); not
    /// "as" ("as discussed on Monday" is past).
    let notPastAfter: IDSet
    let pastVerbs: IDSet
    let questionStarters: IDSet
    let relatives: IDSet
    /// Adverbs that may stand between "is" and a participle ("is normally credited").
    let adverbs: IDSet
    let lexicon: Lexicon

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        negations = lexicon.idSet("not never no nothing nobody without")
        futureMarkers = lexicon.idSet("will shall going would could can should might may expect expected aim need want hope let")
        beForms = lexicon.idSet("is are am be being been get got")
        notPastAfter = lexicon.idSet("is are am be being been get got once when if unless until till after for of with the a an your our their my his her its this these those any all some every each")
        pastVerbs = lexicon.idSet("set was were went left came took sent had did said told gave rang spoke ran brought bought")
        relatives = lexicon.idSet("that which who")
        adverbs = lexicon.idSet("usually normally typically generally automatically always often sometimes then also just already fully all being")
        questionStarters = lexicon.idSet("what who where when why how could can would will do does did is are was were pardon come say repeat spell")
    }

    func id(_ word: String) -> Int32 { lexicon.id(word) }

    /// Whether a token of `range` is one of `ids`.
    func contains(_ ids: IDSet, in range: Range<Int>, of text: ReplyText) -> Bool {
        for t in range where ids.contains(text.tokens[t].id) { return true }
        return false
    }

    /// The clause of the match, from its first token's clause to its last's.
    func clauseRange(of match: PhraseMatch, in text: ReplyText) -> Range<Int> {
        text.clause(of: match.start).lowerBound..<text.clause(of: match.end).upperBound
    }

    /// The part of `range` from the last "that", "which" or "who" before
    /// `index`: in "what I can see is that the order was placed on the 3rd"
    /// the time belongs to "that the order was placed", not to "I can see".
    func innermost(_ range: Range<Int>, before index: Int, in text: ReplyText) -> Range<Int> {
        var t = min(index, range.upperBound) - 1
        while t > range.lowerBound {
            if relatives.contains(text.tokens[t].id) { return t..<range.upperBound }
            t -= 1
        }
        return range
    }

    /// Whether the clause around `range` speaks of the past: a past-tense
    /// verb ("shipped", "left", "was") and no word about the future.
    func isPast(_ range: Range<Int>, in text: ReplyText) -> Int? {
        if contains(futureMarkers, in: range, of: text) { return nil }
        for t in range {
            let token = text.tokens[t]
            if pastVerbs.contains(token.id) { return t }
            if token.flags.contains(.endsInEd), t > range.lowerBound {
                var k = t - 1
                while k > range.lowerBound, adverbs.contains(text.tokens[k].id) { k -= 1 }
                if !notPastAfter.contains(text.tokens[k].id) { return t }
            }
            if token.flags.contains(.endsInEd), t == range.lowerBound, t > 0, !text.tokens[t].flags.contains(.sentenceStart) { return t }
        }
        return nil
    }
}
