/// Finds where ``PhrasePattern``s match in a ``ReplyText``: whole words,
/// within one sentence, skipping filler words between the words of a phrase.
struct PhraseMatcher: Sendable {
    let fillers: Set<Int32>
    private let weekdays: Set<Int32>
    private let months: Set<Int32>
    private let meridiem: Set<Int32>  // am pm
    private let noonWords: Set<Int32>  // noon midday midnight lunchtime
    private let oclock: Int32
    private let half: Int32
    private let quarter: Int32
    private let pastTo: Set<Int32>
    private let the: Int32
    private let of: Int32
    private let titles: Set<Int32>
    private let units: Set<Int32>
    private let i: Int32
    private let common: [Bool]
    private let irregularPast: Set<Int32>

    init(lexicon: Lexicon, fillers: Set<Int32>) {
        self.fillers = fillers
        common = lexicon.isCommon
        irregularPast = lexicon.ids(PhraseMatcher.irregularPastWords)
        weekdays = lexicon.ids("monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays")
        months = lexicon.ids("january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
        meridiem = lexicon.ids("am pm")
        noonWords = lexicon.ids("noon midday midnight lunchtime")
        oclock = lexicon.id("o'clock")
        half = lexicon.id("half")
        quarter = lexicon.id("quarter")
        pastTo = lexicon.ids("past to")
        the = lexicon.id("the")
        of = lexicon.id("of")
        titles = lexicon.ids("mr mrs ms miss dr mister sir madam")
        units = lexicon.ids("minute minutes hour hours day days week weeks month months year years working business second seconds percent pounds dollars euros items")
        i = lexicon.id("i")
    }

    /// Irregular past tenses and participles that `{done}` accepts.
    static let irregularPastWords = "spoken spoke sent done did made given gave taken took put set got gotten written wrote found rung rang called told sorted paid brought bought caught run ran sat kept left arranged been had seen saw heard"

    /// The words every matcher needs in its lexicon.
    static let requiredWords = "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm noon midday midnight lunchtime o'clock half quarter past to the of mr mrs ms miss dr mister sir madam minute minutes hour hours day days week weeks month months year years working business second seconds percent pounds dollars euros items i " + irregularPastWords + " zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"

    /// Every non-overlapping match of `pattern` in `text`, leftmost first,
    /// each as long as it can be.
    func matches(of pattern: PhrasePattern, in text: ReplyText) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        let tokens = text.tokens
        var start = 0
        while start < tokens.count {
            if let first = pattern.firstWords, !first.contains(tokens[start].id) { start += 1; continue }
            let limit = text.sentences[Int(tokens[start].sentence)].range.upperBound
            var best = -1
            _ = matchSequence(pattern.elements[...], at: start, matchStart: start, limit: limit, text: text) { end in
                if end > best { best = end }
                return false
            }
            if best > start {
                found.append(PhraseMatch(start: start, end: best - 1))
                start = best
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether `pattern` matches starting exactly at token `start` (or after
    /// fillers), returning the end of the longest match.
    func match(_ pattern: PhrasePattern, at start: Int, in text: ReplyText) -> Int? {
        guard start < text.tokens.count else { return nil }
        let limit = text.sentences[Int(text.tokens[start].sentence)].range.upperBound
        var best = -1
        _ = matchSequence(pattern.elements[...], at: start, matchStart: start, limit: limit, text: text) { end in
            if end > best { best = end }
            return false
        }
        return best > start ? best - 1 : nil
    }

    private func matchSequence(_ elements: ArraySlice<PhraseElement>, at pos: Int, matchStart: Int, limit: Int, text: ReplyText,
                               _ next: (Int) -> Bool) -> Bool {
        guard let element = elements.first else { return next(pos) }
        let rest = elements.dropFirst()
        if matchElement(element, at: pos, matchStart: matchStart, limit: limit, text: text, { end in
            matchSequence(rest, at: end, matchStart: matchStart, limit: limit, text: text, next)
        }) { return true }
        // a filler word may sit between two words of the phrase
        if pos > matchStart, pos < limit, fillers.contains(text.tokens[pos].id) {
            return matchSequence(elements, at: pos + 1, matchStart: matchStart, limit: limit, text: text, next)
        }
        return false
    }

    private func matchElement(_ element: PhraseElement, at pos: Int, matchStart: Int, limit: Int, text: ReplyText,
                              _ next: (Int) -> Bool) -> Bool {
        switch element {
        case .word(let id):
            return pos < limit && text.tokens[pos].id == id && next(pos + 1)
        case .slot(let slot):
            guard pos < limit else { return false }
            var ends: [Int] = []
            slotEnds(slot, at: pos, limit: limit, text: text, into: &ends)
            for end in ends where next(end) { return true }
            return false
        case .choice(let alternatives, let optional):
            for alternative in alternatives {
                if matchSequence(alternative[...], at: pos, matchStart: matchStart, limit: limit, text: text, next) { return true }
            }
            return optional && next(pos)
        case .gap:
            var end = pos
            while true {
                if next(end) { return true }
                if end >= limit || end - pos >= PhrasePattern.maximumGap { return false }
                end += 1
            }
        }
    }

    private func slotEnds(_ slot: PhraseSlot, at pos: Int, limit: Int, text: ReplyText, into ends: inout [Int]) {
        let tokens = text.tokens
        let token = tokens[pos]
        let nextID: Int32 = pos + 1 < limit ? tokens[pos + 1].id : Lexicon.unknown
        switch slot {
        case .number:
            guard token.number >= 0, !token.flags.contains(.clock), !token.flags.contains(.ordinal) else { return }
            ends.append(pos + 1)
            if token.number >= 20, token.number % 10 == 0, token.number < 100, pos + 1 < limit,
               tokens[pos + 1].number > 0, tokens[pos + 1].number < 10, !tokens[pos + 1].flags.contains(.digits) {
                ends.append(pos + 2)
            }
        case .time:
            if noonWords.contains(token.id) { ends.append(pos + 1); return }
            if (token.id == half || token.id == quarter), pos + 2 < limit, pastTo.contains(nextID), tokens[pos + 2].number > 0 {
                ends.append(pos + 3); return
            }
            guard token.number >= 0, !token.flags.contains(.ordinal) else { return }
            if token.flags.contains(.clock) {
                ends.append(meridiem.contains(nextID) ? pos + 2 : pos + 1); return
            }
            guard token.number <= 24 else { return }
            if meridiem.contains(nextID) || nextID == oclock {
                if token.number >= 1 && token.number <= 12 { ends.append(pos + 2) }
                return
            }
            if noonWords.contains(nextID) { ends.append(pos + 2); return }
            if units.contains(nextID) { return }
            if token.number >= 1 { ends.append(pos + 1) }
        case .day:
            if weekdays.contains(token.id) { ends.append(pos + 1) }
        case .date:
            if token.flags.contains(.ordinal) {
                var end = pos + 1
                if end < limit, tokens[end].id == of { end += 1 }
                if end < limit, months.contains(tokens[end].id) { ends.append(end + 1) }
                ends.append(pos + 1)
                return
            }
            if months.contains(token.id) {
                if pos + 1 < limit, tokens[pos + 1].number >= 1, tokens[pos + 1].number <= 31, !tokens[pos + 1].flags.contains(.clock) {
                    ends.append(pos + 2)
                }
                ends.append(pos + 1)
                return
            }
            if token.number >= 1, token.number <= 31, token.flags.contains(.digits), !token.flags.contains(.clock),
               pos + 1 < limit, months.contains(nextID) {
                ends.append(pos + 2)
            }
        case .name:
            if isName(at: pos, in: text) { ends.append(pos + 1) }
        case .done:
            if (token.flags.contains(.endsInEd) && !token.flags.contains(.capitalised)) || irregularPast.contains(token.id) { ends.append(pos + 1) }
        case .doing:
            if token.flags.contains(.endsInIng) { ends.append(pos + 1) }
        }
    }

    /// Whether token `pos` can be a person's name.
    func isName(at pos: Int, in text: ReplyText) -> Bool {
        let token = text.tokens[pos]
        guard token.number < 0, !token.flags.contains(.wordLike), !token.flags.contains(.possessive),
              !token.flags.contains(.contractionPart), !(token.id >= 0 && common[Int(token.id)]) else { return false }
        if token.flags.contains(.capitalised) { return true }
        return !text.usesCapitals
    }
}

