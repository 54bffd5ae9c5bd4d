/// A day of the week, Monday first (ISO 8601 order).
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
    case monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The day's English name, capitalised: `Monday`.
    public var name: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue]
    }

    /// The weekday named `text` (any case; the full name or its first three
    /// letters, as in `tue`, plus `tues`, `thur`, `thurs`), or nil.
    public init?(name text: String) {
        let lower = text.lowercased()
        let found = Weekday.allCases.first { day in
            let full = day.name.lowercased()
            return lower == full || lower == String(full.prefix(3))
                || (lower.count == 4 && full.hasPrefix(lower) && (day == .tuesday || day == .thursday))
                || (lower == "thurs" && day == .thursday)
        }
        guard let found else { return nil }
        self = found
    }

    /// Days forward from `self` to `other` (0 to 6).
    public func days(to other: Weekday) -> Int { (other.rawValue - rawValue + 7) % 7 }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
