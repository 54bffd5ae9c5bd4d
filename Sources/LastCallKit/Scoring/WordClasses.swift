/// The kinds of word the slot rules (``SlotRules``) ask about, per lexicon
/// id, so a token's kinds are one load instead of eight set lookups.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16

    /// noon, midday, midnight, lunchtime
    static let noon = WordClasses(rawValue: 1 << 0)
    /// half, quarter (of "half past 4")
    static let half = WordClasses(rawValue: 1 << 1)
    /// past, to
    static let pastTo = WordClasses(rawValue: 1 << 2)
    /// am, pm
    static let meridiem = WordClasses(rawValue: 1 << 3)
    /// A unit a number counts (minutes, days, pounds): "5 minutes" is no time.
    static let unit = WordClasses(rawValue: 1 << 4)
    static let weekday = WordClasses(rawValue: 1 << 5)
    static let month = WordClasses(rawValue: 1 << 6)
    /// An irregular past tense or participle (`{done}`).
    static let irregularPast = WordClasses(rawValue: 1 << 7)
    /// A common English word (never a name).
    static let common = WordClasses(rawValue: 1 << 8)
    /// A filler word (``Rubric/fillers``).
    static let filler = WordClasses(rawValue: 1 << 9)
    /// A word that comes before a noun or a verb, never before a name (``SlotRules/determinerWords``).
    static let determiner = WordClasses(rawValue: 1 << 10)

    /// The classes that may start a `{time}`, `{day}` or `{date}` with no
    /// number in the token: a token with none of them, no number and no
    /// ordinal matches none of those slots, nor `{number}`.
    static let startsTimeOrDate: WordClasses = [.noon, .half, .weekday, .month]
}
