/// Name-and-number: the rubric's phrases ("my name is {name}", "this is
/// {name}", "I'm {name}"), plus built-in rules: a sign-off ("Cheers, Kate")
/// counts only at the very end of the reply (elsewhere the name is more
/// likely the customer's), "{name} here" only at the start of a sentence or
/// after a greeting, and a name standing alone as the last sentence of a
/// longer reply is a signature.
struct NameDetector: CriterionDetector {
    let words: WordSets
    let matcher: PhraseMatcher
    private let signOffs: IDSet
    private let greetings: IDSet
    private let here: Int32
    private let tailWords: IDSet
    private let ps: Int32, p: Int32, s: Int32

    init(words: WordSets, matcher: PhraseMatcher) {
        self.words = words
        self.matcher = matcher
        signOffs = words.lexicon.idSet("cheers regards thanks best kind many take speak")
        greetings = words.lexicon.idSet("hi hello hey hiya morning afternoon evening yes it okay ok yep")
        here = words.id("here")
        tailWords = words.lexicon.idSet("from at in on ext extension team")
        ps = words.id("ps")
        p = words.id("p")
        s = words.id("s")
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        if signOffs.contains(text.tokens[match.start].id), !isSignatureTail(after: match.end, in: text) {
            return Overruling("a name after '", quoting: match.start, match.start, "' but not at the end of the reply: likely the customer's")
        }
        if text.tokens[match.end].id == here, match.end > match.start {
            let before = match.start - 1
            let startsSentence = text.tokens[match.start].flags.contains(.sentenceStart)
            let startsClause = text.clause(of: match.start).lowerBound == match.start
            if !startsSentence, !startsClause, before >= 0, !greetings.contains(text.tokens[before].id) {
                return Overruling("'", quoting: match.start, match.end, "' does not introduce the speaker")
            }
        }
        return nil
    }

    /// Whether only a signature's tail follows token `end`: nothing, or a
    /// few capitalised words, numbers or "from", "ext" ("Ravi (Account
    /// Support)", "Ravi, Billing, ext 221"), then perhaps a postscript ("PS
    /// I'll chase it myself"), which only ever follows a signature.
    private func isSignatureTail(after end: Int, in text: ReplyText) -> Bool {
        var t = end + 1
        while t < text.tokens.count {
            let token = text.tokens[t]
            if token.id == ps || (token.id == p && t + 1 < text.tokens.count && text.tokens[t + 1].id == s) { return token.flags.contains(.sentenceStart) }
            guard t - end <= 4, token.flags.contains(.capitalised) || token.number >= 0 || tailWords.contains(token.id) else { return false }
            t += 1
        }
        return true
    }

    func extraMatches(in text: ReplyText) -> [(PhraseMatch, String)] {
        guard text.sentences.count > 1, let last = text.sentences.last, last.range.count <= 2 else { return [] }
        for t in last.range where !matcher.isName(at: t, in: text) { return [] }
        return [(PhraseMatch(start: last.range.lowerBound, end: last.range.upperBound - 1), "a name alone at the end (a signature)")]
    }
}
