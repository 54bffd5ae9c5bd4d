/// No-blame: the rubric's phrases are the blaming and ducking words ("you
/// should have", "the courier messed up", "nothing I can do"); its
/// exceptions clear accepted fault ("we messed up") and ducks followed by a
/// way forward. Built in: "X's fault" blames X, unless negated ("it's not
/// the courier's fault").
final class BlameDetector: CriterionDetector {
    let words: WordSets
    private let fault: Int32
    private let ownWords: IDSet
    private let notWhom: IDSet
    private let us: Int32
    private let to: Int32
    private let limited: Int32
    private let restricted: Int32
    private let channelWords: IDSet
    private let you: Int32
    private let youBe: IDSet
    private let obliged: IDSet
    private let customerActs: IDSet
    /// The words of `obliged` the lexicon knows: when the reply has none,
    /// ``dutiesNotDone(in:into:)`` has nothing to find (and is not walked).
    private let obligedWords: [Int32]

    init(words: WordSets) {
        self.words = words
        fault = words.id("fault")
        ownWords = words.lexicon.idSet("my our")
        notWhom = words.lexicon.idSet("me us mine ours")
        us = words.id("us")
        to = words.id("to")
        limited = words.id("limited")
        restricted = words.id("restricted")
        channelWords = words.lexicon.idSet("support help team channel service here twitter chat desk page we account")
        you = words.id("you")
        youBe = words.lexicon.idSet("are were")
        obliged = words.lexicon.idSet("supposed meant required expected")
        obligedWords = words.lexicon.ids("supposed meant required expected").sorted()
        // what the customer does, not what befalls them: "supposed to
        // receive it by Friday" is no blame
        customerActs = words.lexicon.idSet("send return post pay cancel tick book sign register read check call ring tell let notify contact submit keep bring attach confirm activate renew reply respond collect claim report apply fill complete update enter provide give include follow print pack label arrange")
    }

    /// "Not me, I'm afraid, the engineer will..." opens a sentence by
    /// handing over, while "Billing made a mess of it, not me" disowns: a
    /// bare "not me" or "not us" counts only after words of its own sentence.
    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        // "roaming covers the EU, not the US": the country, not "us"
        for t in match.start...match.end where text.tokens[t].id == us {
            let token = text.tokens[t]
            if token.end - token.start == 2, text.bytes[Int(token.start)] == UInt8(ascii: "U"), text.bytes[Int(token.start) + 1] == UInt8(ascii: "S") {
                return Overruling("'US' is the country, not 'us'")
            }
        }
        if match.end == match.start + 1, words.negations.contains(text.tokens[match.start].id),
           notWhom.contains(text.tokens[match.end].id), text.tokens[match.start].flags.contains(.sentenceStart) {
            return Overruling("'", quoting: match.start, match.end, "' opens the sentence: a hand-over, not disowning")
        }
        return nil
    }

    /// Each rule first asks the reply's word bitmap whether its key word
    /// occurs at all, so an ordinary reply costs a few bit tests, not three
    /// walks over its words and three arrays (about 1,150 instructions a
    /// reply before).
    func extraMatches(in text: ReplyText, into found: inout [DetectedMatch]) {
        if fault < 0 || text.contains(fault) { faults(in: text, into: &found) }
        if text.contains(limited) || text.contains(restricted) { limitedChannels(in: text, into: &found) }
        if obligedWords.contains(where: { text.contains($0) }) { dutiesNotDone(in: text, into: &found) }
    }

    /// "The courier's fault": someone else's fault, unless negated.
    private func faults(in text: ReplyText, into found: inout [DetectedMatch]) {
        for (t, token) in text.tokens.enumerated() where token.id == fault && t > 0 {
            let owner = text.tokens[t - 1]
            guard owner.flags.contains(.possessive), !ownWords.contains(owner.id) else { continue }
            let clause = text.clause(of: t)
            var negated = false
            var k = t - 2
            while k >= clause.lowerBound, k >= t - 4 {
                if words.negations.contains(text.tokens[k].id) { negated = true }
                k -= 1
            }
            if !negated { found.append((PhraseMatch(start: t - 1, end: t), "someone's fault")) }
        }
    }

    /// "The support here is limited to technical issues": a channel that
    /// disowns everything else. The evidence starts at "to", after the
    /// participle, so the rubric's "is {done}" (something that happened)
    /// does not read "is limited" as an event.
    private func limitedChannels(in text: ReplyText, into found: inout [DetectedMatch]) {
        let tokens = text.tokens
        for t in tokens.indices.dropFirst() where tokens[t].id == limited || tokens[t].id == restricted {
            guard t + 2 < tokens.count, tokens[t + 1].id == to, words.beForms.contains(tokens[t - 1].id) else { continue }
            let sentence = text.sentence(of: t).range
            guard tokens[t + 2].sentence == tokens[t].sentence,
                  (max(sentence.lowerBound, t - 7)..<t).contains(where: { channelWords.contains(tokens[$0].id) }) else { continue }
            let clause = text.clause(of: t + 1)
            found.append((PhraseMatch(start: t + 1, end: min(clause.upperBound - 1, t + 5)), "support limited to other matters (disowning the rest)"))
        }
    }

    /// "You were supposed to send it back within 14 days": the customer's
    /// duty, said as what they did not do. The evidence starts at "to", after
    /// the participle, so the rubric's "were {done}" (something that
    /// happened) does not read "were supposed" as an event; "were you
    /// supposed to" (a question) and "supposed to receive" (what befalls the
    /// customer) are not matched.
    private func dutiesNotDone(in text: ReplyText, into found: inout [DetectedMatch]) {
        let tokens = text.tokens
        for t in tokens.indices.dropFirst(2) where obliged.contains(tokens[t].id) {
            guard t + 2 < tokens.count, tokens[t + 1].id == to, customerActs.contains(tokens[t + 2].id),
                  youBe.contains(tokens[t - 1].id), tokens[t - 2].id == you,
                  tokens[t + 2].sentence == tokens[t - 2].sentence else { continue }
            found.append((PhraseMatch(start: t + 1, end: t + 2), "the customer's duty, said as not done"))
        }
    }
}
