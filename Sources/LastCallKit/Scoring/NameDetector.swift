/// Name-and-number: the rubric's phrases ("my name is {name}", "this is
/// {name}", "I'm {name}"), plus built-in rules: a sign-off ("Cheers, Kate")
/// counts only at the very end of the reply (elsewhere the name is more
/// likely the customer's), "{name} here" only at the start of a sentence or
/// after a greeting, and a name standing alone as the last sentence of a
/// longer reply is a signature, and so is a name then the team's title
/// ("Helen, Patient Services").
final class NameDetector: CriterionDetector {
    let words: WordSets
    let matcher: PhraseMatcher
    private let signOffs: IDSet
    private let greetings: IDSet
    private let here: Int32
    private let tailWords: IDSet
    /// Sign-off words that also thank or bid farewell to the person named
    /// ("Thanks, Lorna", "Many thanks, Lorna", "Take care, Lorna"), unlike
    /// "Regards", "Cheers" or "Speak soon" ("Speak soon, Gemma" alone is the
    /// signed half of a split reply in scoring/labels.tsv).
    private let addressing: IDSet
    private let ps: Int32, p: Int32, s: Int32
    /// Short words, as typed in lower case, that end a reply after a dash
    /// without being initials ("- OK", "/s").
    private static let notInitials: Set<String> = ["ok", "k", "okay", "yes", "no", "i", "a", "s", "me", "you", "u", "us", "hi", "lol", "thx", "ty", "pls"]

    init(words: WordSets, matcher: PhraseMatcher) {
        self.words = words
        self.matcher = matcher
        signOffs = words.lexicon.idSet("cheers regards thanks best kind many take speak")
        greetings = words.lexicon.idSet("hi hello hey hiya morning afternoon evening yes it okay ok yep")
        here = words.id("here")
        tailWords = words.lexicon.idSet("from at in on ext extension team")
        addressing = words.lexicon.idSet("thanks take many")
        ps = words.id("ps")
        p = words.id("p")
        s = words.id("s")
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        if signOffs.contains(text.tokens[match.start].id) {
            if addressing.contains(text.tokens[match.start].id), addressesCustomer(match, in: text) {
                return Overruling("'", quoting: match.start, match.end, "' thanks or bids farewell to someone by name: the customer's, not a sign-off")
            }
            if !isSignatureTail(after: match.end, in: text) {
                return Overruling("a name after '", quoting: match.start, match.start, "' but not at the end of the reply: likely the customer's")
            }
            if !beginsSignOff(at: match.start, in: text) {
                return Overruling("'", quoting: match.start, match.end, "' sits inside a sentence: no sign-off")
            }
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

    /// Whether a "Thanks, Lorna" or "Take care, Lorna" that ends the reply
    /// speaks to the customer rather than signing off: it is the whole reply
    /// (no message for it to sign), or the name ends a sentence ("...
    /// Thanks, Lorna."), which a signature does not; "... Thanks, Rene",
    /// "Thanks, Rahul - HP Support." and "Many thanks, Idris. PS ..." stay
    /// sign-offs.
    private func addressesCustomer(_ match: PhraseMatch, in text: ReplyText) -> Bool {
        guard match.end == text.tokens.count - 1 else { return false }
        if match.start == 0 { return true }
        let after = Int(text.tokens[match.end].end)
        guard after < text.bytes.count, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(text.bytes[after]) else { return false }
        return true
    }

    /// Whether the sign-off word at `start` can begin a sign-off: it starts
    /// its sentence or clause ("Best, Sam", "... today. Thanks Kate"), or
    /// follows a greeting or an "ok" ("ok thanks Sam"); not "disinfecting
    /// best practices".
    private func beginsSignOff(at start: Int, in text: ReplyText) -> Bool {
        let token = text.tokens[start]
        if token.flags.contains(.sentenceStart) || text.clause(of: start).lowerBound == start { return true }
        return greetings.contains(text.tokens[start - 1].id)
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

    func extraMatches(in text: ReplyText, into found: inout [DetectedMatch]) {
        if let signOff = signOff(in: text) {
            found.append((signOff, "a name or initials signed off at the end (^JS, -Rene, ~Olivia)"))
            return
        }
        guard text.sentences.count > 1, let last = text.sentences.last else { return }
        // "... prescription. Helen, Patient Services": a name in a clause of
        // its own, then only a team's title in capitals ends the reply
        let first = last.range.lowerBound
        if last.range.count > 2, matcher.isName(at: first, in: text), text.clause(of: first).upperBound == first + 1,
           text.tokens[first + 1].flags.contains(.capitalised), isSignatureTail(after: first, in: text) {
            found.append((PhraseMatch(start: first, end: first), "a name and the team's title signed at the end (Helen, Patient Services)"))
            return
        }
        guard last.range.count <= 2 else { return }
        for t in last.range where !matcher.isName(at: t, in: text) { return }
        found.append((PhraseMatch(start: last.range.lowerBound, end: last.range.upperBound - 1), "a name alone at the end (a signature)"))
    }

    /// The agent's sign-off as real support accounts write it: a mark (`^`,
    /// `~`, `*`, `/`, `-`, a dash) standing apart from the words before it,
    /// then a name or initials, and nothing after but links or a `1/2`
    /// ("... here: <URL> ^JS", "Thanks! -Rene", "~ Olivia", "-UV", "–jeh").
    private func signOff(in text: ReplyText) -> PhraseMatch? {
        let tokens = text.tokens
        var last = tokens.count - 1
        while last >= 0, isPartCount(tokens[last], in: text) { last -= 1 }
        guard last >= 0 else { return nil }
        // the last word, then the last two (a stride: an array literal here
        // was allocated on every reply)
        for first in stride(from: last, through: max(last - 1, 0), by: -1) {
            guard let mark = markBefore(Int(tokens[first].start), in: text.bytes) else { continue }
            if text.bytes[mark] == UInt8(ascii: ">") {
                // only the end of a link placeholder ("<URL> Julie"), not a menu path ("Menu > Select")
                guard endsPlaceholder(at: mark, in: text.bytes) else { continue }
            } else if mark > 0, !isSpaceOrBreak(text.bytes[mark - 1]) {
                continue
            }
            if (first...last).contains(where: { isShortWord(tokens[$0], in: text) }) { continue }
            if first == last, isInitials(tokens[last], in: text) { return PhraseMatch(start: last, end: last) }
            if (first...last).allSatisfy({ matcher.isName(at: $0, in: text) }) {
                return PhraseMatch(start: first, end: last)
            }
        }
        return nil
    }

    /// The index of a sign-off mark just before byte `start` (spaces
    /// allowed between), or nil.
    private func markBefore(_ start: Int, in bytes: [UInt8]) -> Int? {
        var k = start - 1
        while k >= 0, bytes[k] == 0x20 { k -= 1 }
        guard k >= 0 else { return nil }
        switch bytes[k] {
        case UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ">"):
            return k
        case 0x93...0x94 where k >= 2 && bytes[k - 2] == 0xE2 && bytes[k - 1] == 0x80:  // en and em dash
            return k - 2
        default:
            return nil
        }
    }

    private func isSpaceOrBreak(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: ")")
            || b == UInt8(ascii: ">") || b == UInt8(ascii: "?") || b == UInt8(ascii: ",") || b >= 0x80
    }

    /// A part count such as `1/2` (links and placeholders such as `<URL>`
    /// are no tokens at all: the reader skips them, see ``LinkSpan``).
    private func isPartCount(_ token: ReplyToken, in text: ReplyText) -> Bool {
        token.flags.contains(.digits)
    }

    /// Whether the `>` at `mark` closes a `<URL>` or `<USER>` placeholder.
    private func endsPlaceholder(at mark: Int, in bytes: [UInt8]) -> Bool {
        ["<URL", "<USER"].contains { name in
            let count = name.utf8.count
            return mark >= count && bytes[(mark - count)..<mark].elementsEqual(name.utf8)
        }
    }

    /// Whether the token is typed as one of ``notInitials``, in any case.
    private func isShortWord(_ token: ReplyToken, in text: ReplyText) -> Bool {
        let bytes = text.bytes[Int(token.start)..<Int(token.end)]
        return bytes.count <= 4 && NameDetector.notInitials.contains(String(decoding: bytes.map { $0 | 0x20 }, as: UTF8.self))
    }

    /// One to three letters typed in capitals ("JS", "AS") or, when not an
    /// everyday word, in lower case ("jeh").
    private func isInitials(_ token: ReplyToken, in text: ReplyText) -> Bool {
        let bytes = text.bytes[Int(token.start)..<Int(token.end)]
        guard (1...3).contains(bytes.count), bytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return false }
        return bytes.allSatisfy({ $0 <= 0x5A }) || (bytes.allSatisfy({ $0 >= 0x61 }) && !words.lexicon.common(token.id))
    }
}
