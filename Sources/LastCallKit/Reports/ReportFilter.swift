/// `--since DATE`, `--until DATE` and `--last N`: which sessions every report counts.
public struct ReportFilter: Sendable, Hashable {
    /// Only sessions started on or after this UTC day (`YYYY-MM-DD`).
    public var since: String?
    /// Only sessions started on or before this UTC day (`YYYY-MM-DD`).
    public var until: String?
    /// Only each trainee's latest N sessions (within `since` and `until`).
    public var last: Int?

    /// Creates a filter.
    public init(since: String? = nil, until: String? = nil, last: Int? = nil) {
        self.since = since
        self.until = until
        self.last = last
    }

    /// Whether `session` started on or after `since` and on or before
    /// `until`. ISO 8601 UTC text sorts as time does, so comparing the date
    /// prefix is exact.
    public func admits(_ session: some FilterableSession) -> Bool {
        let day = session.startedAt.utf8.prefix(10)
        if let since, day.lexicographicallyPrecedes(since.utf8) { return false }
        if let until, until.utf8.lexicographicallyPrecedes(day) { return false }
        return true
    }

    /// `text` if it is a real calendar date written `YYYY-MM-DD`, else nil.
    public static func date(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1 else { return nil }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days ? text : nil
    }

    /// A few words for report headers (`since 2026-11-01, until 2026-11-30,
    /// last 10 sessions per trainee`), or nil.
    public var summary: String? {
        var parts: [String] = []
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if let last { parts.append("last \(last) session\(last == 1 ? "" : "s") per trainee") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
