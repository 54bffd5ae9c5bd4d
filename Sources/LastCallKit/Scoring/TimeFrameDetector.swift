/// Time-frame: the rubric's time phrases ("by {time}", "within {number}
/// hours", "tomorrow"), overruled by its exceptions (opening hours, a time
/// the customer gave, a refusal), plus built-in rules: a time in a clause
/// about the past ("it shipped on Monday") or in a question ("anything else
/// today?") is no commitment, and "now", "right now", "straight away" count
/// only attached to a promise ("I'll fix it now", not "I'm processing it now").
/// Two more rules keep a time that no commitment governs from counting: a
/// recurring schedule ("I'm on until 6pm every weekday", "we deliver on
/// Mondays") unless a promise stands in its clause ("I'll update you every
/// day by 5pm"), and a possessive time that names an event ("after
/// Tuesday's repair", "tomorrow's appointment") unless a promise ties the
/// act to it ("I'll have it fixed before Friday's deadline"). An offer that
/// names the act ("I can issue a new voucher right now") is a promise for
/// "now"; "before then" and "by then" count when a promise governs them and
/// a time was named before them ("I'm here until 6pm, so I'll ring you
/// back before then").
final class TimeFrameDetector: CriterionDetector {
    /// The words the detector looks for that the lexicon must know.
    static let vocabulary = "every each any day weekday weekend morning afternoon evening night week month hour time "
        + "working business single other second third fourth alternate weekdays weekends daily nightly weekly everyday mornings afternoons evenings nights "
        + "by before until till on at for in the a an fine ok okay good great better best looking going when not no also all too still just "
        + "see speak talk catch with you then i we can could go ahead and certainly definitely easily quickly happily gladly absolutely personally " + actVocabulary
    /// The acts an offer names ("I can issue ..."), as the ownership
    /// rubric's named-act offers list them.
    static let actVocabulary = "refund process update issue reissue send resend cancel change reset book rebook arrange credit replace swap add apply "
        + "waive upgrade downgrade extend reverse remove move fix correct reorder ship exchange sort unlock reactivate activate restore "
        + "recover amend adjust organise schedule post void switch transfer approve authorise release expedite chase close merge verify "
        + "submit lodge file reinstate unblock unfreeze renew redirect redeliver repair reserve reroute order print email text call ring "
        + "raise escalate log cover top"
    let words: WordSets
    private let nowWords: IDSet
    private let promiseMarkers: IDSet
    /// The members of `promiseMarkers`, for ``ClauseMemo/contains(_:members:in:words:of:)``.
    private let promiseMarkerIDs: [Int32]
    private let forWord: Int32
    private let prepositions: IDSet
    private let arrangingVerbs: IDSet
    private let notVerbs: IDSet
    private let to: Int32
    private let conditionWords: IDSet
    private let perfectMarkers: IDSet
    /// "Mondays", "weekdays", "daily": a schedule that recurs, by itself.
    private let recurringWords: IDSet
    /// "every", "each", "any" before one of `recurringUnits` ("every weekday").
    private let recurringHeads: IDSet
    private let recurringUnits: IDSet
    /// Words that may stand between a head and its unit ("every working day",
    /// "every second Tuesday").
    private let unitQualifiers: IDSet
    /// Prepositions that tie a promised act to a possessive time ("before
    /// Friday's deadline", "on Thursday's visit").
    private let eventPrepositions: IDSet
    /// Words after "Tuesday's" that show its `'s` is "is" ("tomorrow's the
    /// earliest", "Thursday's fine"), not a possessive.
    private let afterIs: IDSet
    /// "I can" / "we could" before `offerActs`, with `offerAdverbs` between
    /// ("I can go ahead and issue"): an offer that names the act.
    private let offerSubjects: IDSet
    private let offerModals: IDSet
    private let offerAdverbs: IDSet
    private let offerActs: IDSet
    /// "then" of "before then", and the time words that find what it points to.
    private let thenWord: Int32
    /// "see you", "speak to you", "talk with you": the next contact set,
    /// a promise as much as "I'll call you" ("see you at Thursday's visit").
    private let meetingVerbs: IDSet
    private let you: Int32
    private let withWord: Int32
    private let dueWords: DueWords

    init(words: WordSets) {
        self.words = words
        nowWords = words.lexicon.idSet("now right straight away immediately at once this minute moment as we speak")
        promiseMarkers = words.lexicon.idSet("will shall going let")
        promiseMarkerIDs = words.lexicon.ids("will shall going let").sorted()
        forWord = words.id("for")
        prepositions = words.lexicon.idSet("on by before at in within until till from after")
        arrangingVerbs = words.lexicon.idSet("booked arranged scheduled asked told organised requested instructed got set lined emailed messaged texted reminded")
        notVerbs = words.lexicon.idSet("you me us them him her it the a an your my our their his its this that these those")
        to = words.id("to")
        conditionWords = words.lexicon.idSet("if unless")
        perfectMarkers = words.lexicon.idSet("has have")
        recurringWords = words.lexicon.idSet("mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends daily nightly weekly everyday mornings afternoons evenings nights")
        recurringHeads = words.lexicon.idSet("every each any")
        recurringUnits = words.lexicon.idSet("day weekday weekend morning afternoon evening night week month hour time monday tuesday wednesday thursday friday saturday sunday")
        unitQualifiers = words.lexicon.idSet("working business single other second third fourth alternate")
        eventPrepositions = words.lexicon.idSet("by before until till on at for in")
        afterIs = words.lexicon.idSet("the a an fine ok okay good great better best looking going when not no also all too still just")
        offerSubjects = words.lexicon.idSet("i we")
        offerModals = words.lexicon.idSet("can could")
        offerAdverbs = words.lexicon.idSet("go ahead and also still certainly definitely easily quickly happily gladly absolutely personally just")
        offerActs = words.lexicon.idSet(Self.actVocabulary)
        thenWord = words.id("then")
        meetingVerbs = words.lexicon.idSet("see speak talk catch")
        you = words.id("you")
        withWord = words.id("with")
        dueWords = DueWords(lexicon: words.lexicon)
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText) -> Overruling? {
        var memo = ClauseMemo()
        return overrule(match, in: text, memo: &memo)
    }

    func overrule(_ match: PhraseMatch, in text: ReplyText, memo: inout ClauseMemo) -> Overruling? {
        let clause = words.clauseRange(of: match, in: text)
        let sentence = text.sentence(of: match.start)
        let promises = memo.contains(promiseMarkers, members: promiseMarkerIDs, in: clause, words: words, of: text)
        if sentence.isQuestion, !promises {
            return Overruling("a question, not a commitment: '", quoting: sentence.range.lowerBound, sentence.range.upperBound - 1, "'")
        }
        if text.tokens[match.end].id == thenWord, !promises || dueWords.antecedent(of: match.start, in: text.tokens) == nil {
            return Overruling("'", quoting: match.start, match.end, "' points back to no time a promise governs")
        }
        if (match.start...match.end).allSatisfy({ nowWords.contains(text.tokens[$0].id) }), !promises, !offersAct(before: match.start, in: sentence.range, of: text) {
            return Overruling("'", quoting: match.start, match.end, "' describes what is happening, not a promise")
        }
        if let event = possessive(in: match, of: text),
           !((promises || setsMeeting(in: clause, of: text)) && isTied(match, to: event, in: text)) {
            return Overruling("'", quoting: match.start, event, "' names an event, not a time for the next step")
        }
        if !promises, let schedule = recurring(around: match, in: clause, of: text) {
            return Overruling("a recurring schedule, not a commitment: '", quoting: schedule.lowerBound, schedule.upperBound, "'")
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

    /// Whether `clause` sets the next contact: "see you", "speak to you",
    /// "talk with you".
    private func setsMeeting(in clause: Range<Int>, of text: ReplyText) -> Bool {
        for t in clause where meetingVerbs.contains(text.tokens[t].id) {
            var next = t + 1
            if next < clause.upperBound, text.tokens[next].id == to || text.tokens[next].id == withWord { next += 1 }
            if next < clause.upperBound, text.tokens[next].id == you { return true }
        }
        return false
    }

    /// Whether an offer that names the act stands before `start` in its
    /// sentence, with the act in the clause of `start`: "I can issue a
    /// replacement", "we could go ahead and refund it" (not "I can see it",
    /// "I can't change it", "you can cancel").
    private func offersAct(before start: Int, in sentence: Range<Int>, of text: ReplyText) -> Bool {
        var t = sentence.lowerBound
        while t + 2 < start {
            defer { t += 1 }
            guard offerSubjects.contains(text.tokens[t].id), offerModals.contains(text.tokens[t + 1].id) else { continue }
            var act = t + 2
            while act < start, act < t + 6, offerAdverbs.contains(text.tokens[act].id) { act += 1 }
            if act < start, offerActs.contains(text.tokens[act].id), text.tokens[act].clause == text.tokens[start].clause { return true }
        }
        return false
    }

    /// The token of `match` that is a possessive time ("Tuesday's" in
    /// "after Tuesday's repair"), or nil; "Thursday's fine" is "Thursday
    /// is", no possessive.
    private func possessive(in match: PhraseMatch, of text: ReplyText) -> Int? {
        for t in match.start...match.end where text.tokens[t].flags.contains(.possessive) {
            let next = t + 1
            if next < text.tokens.count, text.tokens[next].sentence == text.tokens[t].sentence, afterIs.contains(text.tokens[next].id) { continue }
            return t
        }
        return nil
    }

    /// Whether a preposition that can tie an act to a time ("by", "before",
    /// "on"...) starts `match` or stands just before it ("after" never
    /// does: "after Tuesday's repair" names no time to be done by).
    private func isTied(_ match: PhraseMatch, to event: Int, in text: ReplyText) -> Bool {
        if eventPrepositions.contains(text.tokens[match.start].id), match.start < event { return true }
        return match.start > 0 && eventPrepositions.contains(text.tokens[match.start - 1].id)
            && text.tokens[match.start - 1].sentence == text.tokens[match.start].sentence
    }

    /// The words of a recurring schedule near `match` in its clause
    /// ("every weekday", "on Mondays", "weekdays"), or nil. Only a few
    /// words either side are read, so each match costs the same however
    /// long its clause.
    private func recurring(around match: PhraseMatch, in clause: Range<Int>, of text: ReplyText) -> ClosedRange<Int>? {
        let window = max(clause.lowerBound, match.start - 6)..<min(clause.upperBound, match.end + 7)
        for t in window {
            let id = text.tokens[t].id
            if recurringWords.contains(id) { return t...t }
            guard recurringHeads.contains(id) else { continue }
            var unit = t + 1
            if unit < window.upperBound, unitQualifiers.contains(text.tokens[unit].id) { unit += 1 }
            if unit < window.upperBound, recurringUnits.contains(text.tokens[unit].id) { return t...unit }
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
