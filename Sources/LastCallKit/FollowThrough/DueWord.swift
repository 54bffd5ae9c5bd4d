/// What a word means to due-time resolution, looked up by lexicon id in one
/// array read per token (``DueWords``).
///
/// Raw values 1-63 are plain kinds; 64 + n is weekday n (Monday 0) and
/// 80 + n month n (January 0), so a whole kind fits in one byte.
struct DueWord: RawRepresentable, Hashable, Sendable {
    let rawValue: UInt8

    static let none = DueWord(rawValue: 0)
    static let today = DueWord(rawValue: 1)
    static let tonight = DueWord(rawValue: 2)
    static let tomorrow = DueWord(rawValue: 3)
    static let morning = DueWord(rawValue: 4)
    static let afternoon = DueWord(rawValue: 5)
    static let evening = DueWord(rawValue: 6)  // evening, night
    static let lunchtime = DueWord(rawValue: 7)  // lunchtime, lunch
    static let noon = DueWord(rawValue: 8)  // noon, midday
    static let midnight = DueWord(rawValue: 9)
    static let am = DueWord(rawValue: 10)
    static let pm = DueWord(rawValue: 11)
    static let oclock = DueWord(rawValue: 12)
    static let half = DueWord(rawValue: 13)
    static let quarter = DueWord(rawValue: 14)
    static let past = DueWord(rawValue: 15)
    static let to = DueWord(rawValue: 16)  // to, till, until, or, and, through: a range's middle
    static let now = DueWord(rawValue: 17)  // now, immediately, instantly, away (right away), once (at once), speak (as we speak)
    static let this = DueWord(rawValue: 18)
    static let next = DueWord(rawValue: 19)  // next, coming
    static let first = DueWord(rawValue: 20)
    static let thing = DueWord(rawValue: 21)
    static let end = DueWord(rawValue: 22)  // end, close
    static let businessDay = DueWord(rawValue: 23)  // business, play: "close of business", "end of play"
    static let day = DueWord(rawValue: 24)
    static let week = DueWord(rawValue: 25)
    static let weekend = DueWord(rawValue: 26)
    static let month = DueWord(rawValue: 27)
    static let fortnight = DueWord(rawValue: 28)
    static let hour = DueWord(rawValue: 29)
    static let minute = DueWord(rawValue: 30)
    static let second = DueWord(rawValue: 31)
    static let working = DueWord(rawValue: 32)  // working, business before a unit
    static let couple = DueWord(rawValue: 33)
    static let article = DueWord(rawValue: 34)  // a, an
    static let the = DueWord(rawValue: 35)
    static let from = DueWord(rawValue: 36)
    static let by = DueWord(rawValue: 37)  // by, before, until, till: a deadline
    static let calendar = DueWord(rawValue: 38)  // calendar, full: "2 calendar days"
    static let then = DueWord(rawValue: 39)  // "before then": the time named earlier

    /// Weekday `day`.
    static func weekday(_ day: Weekday) -> DueWord { DueWord(rawValue: 64 + UInt8(day.rawValue)) }
    /// Month `month` (1-12).
    static func month(_ month: Int) -> DueWord { DueWord(rawValue: 80 + UInt8(month - 1)) }

    /// The weekday this word names, if any.
    var weekday: Weekday? { rawValue >= 64 && rawValue < 71 ? Weekday(rawValue: Int(rawValue) - 64) : nil }
    /// The month (1-12) this word names, if any.
    var month: Int? { rawValue >= 80 && rawValue < 92 ? Int(rawValue) - 79 : nil }
    /// Whether the word can anchor a time said earlier that "then" points
    /// back to ("until 6pm", "by Friday", "within 2 hours").
    var isAnchor: Bool {
        switch self {
        case .today, .tonight, .tomorrow, .morning, .afternoon, .evening, .lunchtime, .noon, .midnight, .am, .pm, .oclock,
             .end, .businessDay, .weekend:
            return true
        default:
            return isUnit && self != .second || weekday != nil || month != nil
        }
    }
    /// Whether the word only links or introduces time words ("and", "the",
    /// "by", "next"), so names no time at the end of one.
    var isLinking: Bool {
        switch self {
        case .to, .article, .the, .from, .by, .this, .next, .first, .couple, .working, .calendar: return true
        default: return false
        }
    }
    /// Whether the word is a unit a number can count.
    var isUnit: Bool { self == .day || self == .week || self == .month || self == .fortnight || self == .hour || self == .minute || self == .second }
}
