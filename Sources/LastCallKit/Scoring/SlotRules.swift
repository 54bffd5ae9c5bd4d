/// The rules that decide where each ``PhraseSlot`` matches, applied to every
/// token of a reply once (``fill(_:text:)``) so that the matcher then reads
/// one ``TokenSlots`` per token; and the one rule for what can be a name.
struct SlotRules: Sendable {
    /// The filler words (``Rubric/fillers``).
    let fillers: IDSet
    /// Per lexicon id, its word classes; `unknownClasses` for ``Lexicon/unknown``.
    private let wordClasses: [WordClasses]
    private let unknownClasses: WordClasses
    private let oclock: Int32
    private let of: Int32
    /// Words that come before a noun or a verb, never before a name ("the
    /// front desk", "you can collect from our store"); not "its", which the
    /// reader reads as "it is".
    private let determiners: IDSet

    init(lexicon: Lexicon, fillers: IDSet) {
        self.fillers = fillers
        oclock = lexicon.id("o'clock")
        of = lexicon.id("of")
        determiners = lexicon.idSet(SlotRules.determinerWords)
        let half = lexicon.id("half"), quarter = lexicon.id("quarter")
        let tests: [(WordClasses, IDSet)] = [
            (.noon, lexicon.idSet("noon midday midnight lunchtime")),
            (.half, IDSet([half, quarter])),
            (.pastTo, lexicon.idSet("past to")),
            (.meridiem, lexicon.idSet("am pm")),
            (.unit, lexicon.idSet(SlotRules.unitWords)),
            (.weekday, lexicon.idSet(SlotRules.weekdayWords)),
            (.month, lexicon.idSet(SlotRules.monthWords)),
            (.irregularPast, lexicon.idSet(SlotRules.irregularPastWords)),
            (.filler, fillers),
            (.determiner, determiners),
        ]
        let common = lexicon.isCommon
        func classesOf(_ id: Int32) -> WordClasses {
            var classes: WordClasses = []
            for (kind, set) in tests where set.contains(id) { classes.insert(kind) }
            if id >= 0, Int(id) < common.count, common[Int(id)] { classes.insert(.common) }
            return classes
        }
        // (every id of a set has its classes: the filler and determiner
        // bits are read from here, not from the sets)
        wordClasses = (0..<Int32(max(common.count, fillers.idLimit, determiners.idLimit))).map(classesOf)
        unknownClasses = classesOf(Lexicon.unknown)
    }

    static let weekdayWords = "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays"
    static let monthWords = "january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
    static let unitWords = "minute minutes hour hours day days week weeks month months year years working business second seconds percent pounds dollars euros items"
    /// Irregular past tenses and participles that `{done}` accepts.
    static let irregularPastWords = "spoken spoke sent done did made given gave taken took put set got gotten written wrote found rung rang called told sorted paid brought bought caught run ran sat kept left arranged been had seen saw heard reset resent redone rewritten rebuilt built dealt held spent cut shut sold chosen met withdrawn undone overridden upheld frozen froze unfrozen unfroze"
    static let determinerWords = "a an the my your our their his her this that these those some any no every each another " +
        "can could should would might must shall"

    /// The words the rules need in every lexicon.
    static let requiredWords = [weekdayWords, monthWords, "am pm noon midday midnight lunchtime o'clock half quarter past to the of",
                                "mr mrs ms miss dr mister sir madam", unitWords, "i", irregularPastWords, determinerWords,
                                "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
                                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"].joined(separator: " ")

    @inline(__always) private func classes(_ id: Int32, _ table: UnsafeBufferPointer<WordClasses>) -> WordClasses {
        if id >= 0 { return Int(id) < table.count ? table[Int(id)] : [] }
        return id == Lexicon.unknown ? unknownClasses : []
    }

    /// Stores in `slots[pos]` every slot's ends at each token `pos` of
    /// `text` (each within the token's sentence), and whether it is a
    /// filler; returns whether any token is.
    @discardableResult
    func fill(_ slots: UnsafeMutablePointer<TokenSlots>, text: TokenView) -> Bool {
        wordClasses.withUnsafeBufferPointer { table in
            var anyFiller = false
            for pos in 0..<text.tokens.count {
                let found = tokenSlots(at: pos, in: text, table)
                anyFiller = anyFiller || found.isFiller
                slots[pos] = found
            }
            return anyFiller
        }
    }

    /// The slots at token `pos`: all seven slots' rules at once, reading
    /// the token and its word classes once. Most tokens are words with no
    /// number and no time or date class, which match none of `{time}`,
    /// `{day}`, `{date}` and `{number}`: they skip those rules (and the
    /// sentence's end and the next token they read); the filler and
    /// determiner tests are bits of the word classes, not set look-ups
    /// (per reply ~1,070 instructions fewer).
    @inline(__always) private func tokenSlots(at pos: Int, in text: TokenView, _ table: UnsafeBufferPointer<WordClasses>) -> TokenSlots {
        let tokens = text.tokens
        let token = tokens[pos]
        let here = classes(token.id, table)
        var slots = TokenSlots()
        if token.number >= 0 || token.flags.contains(.ordinal) || !here.isDisjoint(with: .startsTimeOrDate) {
            let limit = text.sentenceEnd(of: pos)
            let nextID = pos + 1 < limit ? tokens[pos + 1].id : Lexicon.unknown
            slots.set(.time, timeEnds(at: pos, token, here, nextID: nextID, limit: limit, text, table))
            if here.contains(.weekday) { slots.set(.day, SlotEnds(first: 1)) }
            slots.set(.date, dateEnds(at: pos, token, here, nextID: nextID, limit: limit, text, table))
            slots.set(.number, numberEnds(at: pos, token, limit: limit, text))
        }
        if SlotRules.isName(token, isCommon: here.contains(.common),
                            followsDeterminer: pos > text.sentenceStart(of: pos) && classes(tokens[pos - 1].id, table).contains(.determiner),
                            usesCapitals: text.usesCapitals) {
            slots.set(.name, SlotEnds(first: 1))
        }
        if (token.flags.contains(.endsInEd) && !token.flags.contains(.capitalised)) || here.contains(.irregularPast) { slots.set(.done, SlotEnds(first: 1)) }
        if token.flags.contains(.endsInIng) { slots.set(.doing, SlotEnds(first: 1)) }
        slots.isFiller = here.contains(.filler)
        return slots
    }

    /// `{time}`: noon; half past 4; 10:42 (am); 4 pm; 5 o'clock; 12 noon; a bare hour.
    @inline(__always) private func timeEnds(at pos: Int, _ token: ReplyToken, _ here: WordClasses, nextID: Int32,
                                            limit: Int, _ text: TokenView, _ table: UnsafeBufferPointer<WordClasses>) -> SlotEnds {
        let number = token.number, flags = token.flags
        guard number >= 0 || here.contains(.noon) || here.contains(.half) else { return .none }
        let next = (id: nextID, classes: classes(nextID, table))
        if here.contains(.noon) { return SlotEnds(first: 1) }
        if here.contains(.half), pos + 2 < limit, next.classes.contains(.pastTo), text.tokens[pos + 2].number > 0 { return SlotEnds(first: 3) }
        if number < 0 || flags.contains(.ordinal) || flags.contains(.decimal) || flags.contains(.money) { return .none }
        if flags.contains(.clock) { return SlotEnds(first: next.classes.contains(.meridiem) ? 2 : 1) }
        if number > 24 { return .none }
        if next.classes.contains(.meridiem) || next.id == oclock { return number >= 1 && number <= 12 ? SlotEnds(first: 2) : .none }
        if next.classes.contains(.noon) { return SlotEnds(first: 2) }
        if next.classes.contains(.unit) { return .none }
        return number >= 1 ? SlotEnds(first: 1) : .none
    }

    /// `{date}`: the 5th (of March); March (3rd); 3 March.
    @inline(__always) private func dateEnds(at pos: Int, _ token: ReplyToken, _ here: WordClasses, nextID: Int32, limit: Int,
                                            _ text: TokenView, _ table: UnsafeBufferPointer<WordClasses>) -> SlotEnds {
        let tokens = text.tokens, flags = token.flags
        if flags.contains(.ordinal) {
            var end = pos + 1
            if end < limit, tokens[end].id == of { end += 1 }
            if end < limit, classes(tokens[end].id, table).contains(.month) { return SlotEnds(first: 1, second: end + 1 - pos) }
            return SlotEnds(first: 1)
        }
        if here.contains(.month) {
            if pos + 1 < limit, tokens[pos + 1].number >= 1, tokens[pos + 1].number <= 31, !tokens[pos + 1].flags.contains(.clock) {
                return SlotEnds(first: 1, second: 2)
            }
            return SlotEnds(first: 1)
        }
        let number = token.number
        if number >= 1, number <= 31, flags.contains(.digits), !flags.contains(.clock), pos + 1 < limit, classes(nextID, table).contains(.month) {
            return SlotEnds(first: 2)
        }
        return .none
    }

    /// `{number}`: 48, ten; "twenty four" also as one number.
    @inline(__always) private func numberEnds(at pos: Int, _ token: ReplyToken, limit: Int, _ text: TokenView) -> SlotEnds {
        let number = token.number, flags = token.flags
        guard number >= 0, !flags.contains(.clock), !flags.contains(.ordinal) else { return .none }
        if number >= 20, number % 10 == 0, number < 100, pos + 1 < limit {
            let next = text.tokens[pos + 1]
            if next.number > 0, next.number < 10, !next.flags.contains(.digits) { return SlotEnds(first: 1, second: 2) }
        }
        return SlotEnds(first: 1)
    }

    /// Whether token `pos` of `text` can be a person's name (see ``isName(_:isCommon:followsDeterminer:usesCapitals:)``).
    func isName(at pos: Int, in text: ReplyText) -> Bool {
        text.withTokenView { view in
            let token = view.tokens[pos]
            let followsDeterminer = pos > view.sentenceStart(of: pos) && determiners.contains(view.tokens[pos - 1].id)
            let isCommon = token.id >= 0 && Int(token.id) < wordClasses.count && wordClasses[Int(token.id)].contains(.common)
            return SlotRules.isName(token, isCommon: isCommon, followsDeterminer: followsDeterminer, usesCapitals: view.usesCapitals)
        }
    }

    /// The one rule for a name (`{name}`, and a signature): not a number or
    /// a code (AB1234), a possessive, part of a contraction or a common word, not after a
    /// determiner; a word that looks ordinary (-ly, -ness) only when it is
    /// capitalised against the writer's habit (Precious, Hope) or ends in
    /// -ed with a capital (Ahmed, Fred); capitalised, unless the writer uses
    /// no capitals at all.
    @inline(__always) static func isName(_ token: ReplyToken, isCommon: Bool, followsDeterminer: @autoclosure () -> Bool, usesCapitals: Bool) -> Bool {
        let flags = token.flags
        guard token.number < 0, !flags.contains(.lettersThenDigits), !flags.contains(.possessive), !flags.contains(.contractionPart), !isCommon, !followsDeterminer() else { return false }
        let capitalised = flags.contains(.capitalised)
        let capitalisedEd = capitalised && flags.contains(.endsInEd)
        let capitalisedInside = capitalised && !flags.contains(.sentenceStart) && usesCapitals
        return (!flags.contains(.wordLike) || capitalisedEd || capitalisedInside) && (capitalised || !usesCapitals)
    }
}
