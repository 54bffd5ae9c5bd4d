/// A slot in a phrase: `{time}`, `{day}`, `{date}`, `{number}` or `{name}`,
/// standing for any word (or few words) of that kind.
public enum PhraseSlot: String, Sendable, CaseIterable {
    /// A clock time: `4pm`, `4 pm`, `10:42`, `4.30`, `noon`, `midday`,
    /// `5 o'clock`, `half past 4`, or a bare hour such as the `5` of "by 5".
    case time
    /// A day of the week: `Monday`, `tues`, `Fridays`.
    case day
    /// A calendar date: `the 5th`, `March 3rd`, `3 March`, `March`.
    case date
    /// A number in digits or words: `48`, `ten`, `twenty four`.
    case number
    /// A person's name: a word that is not a common English word, written
    /// with a capital letter (unless the writer uses no capitals at all).
    case name
    /// A past tense or past participle: `issued`, `spoken`, `sent`, `rang`.
    case done
    /// A word ending in "ing": `processing`, `looking`.
    case doing
}

extension PhraseSlot {
    /// The slot's number in the matcher's packed per-token codes
    /// (``TokenSlots``) and in a compiled ``PhraseOp``: fixed here, so
    /// reordering the cases changes nothing. At most 14 (15 slots fit in the
    /// 60 bits below ``TokenSlots``'s filler bit).
    var code: Int {
        switch self {
        case .time: 0
        case .day: 1
        case .date: 2
        case .number: 3
        case .name: 4
        case .done: 5
        case .doing: 6
        }
    }

    /// The slot whose ``code`` is `code`, or nil.
    init?(code: Int) {
        guard let slot = PhraseSlot.allCases.first(where: { $0.code == code }) else { return nil }
        self = slot
    }
}
