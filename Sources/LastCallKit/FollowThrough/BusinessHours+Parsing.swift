extension BusinessHours {
    /// Reads a daily window, `09:00-17:00` (24-hour, the end after the
    /// start), as minutes since midnight.
    public static func parseWindow(_ text: String) throws -> (start: Int, end: Int) {
        var scanner = TimeTextScanner(text)
        scanner.skipSpaces()
        let startAt = scanner.offset
        let start = try scanner.timeOfDay()
        scanner.skipSpaces()
        guard scanner.take("-") else {
            throw TimeTextError(offset: scanner.offset, message: "expected '-' between the start and end of business", hint: "as in 09:00-17:00")
        }
        scanner.skipSpaces()
        let end = try scanner.timeOfDay()
        scanner.skipSpaces()
        guard scanner.atEnd else { throw TimeTextError(offset: scanner.offset, message: "unexpected '\(scanner.rest)' after the hours") }
        guard end > start else {
            throw TimeTextError(offset: startAt, message: "business ends before it starts", hint: "write the start first, as in 09:00-17:00")
        }
        return (start, end)
    }

    /// Reads working days: a range `Monday-Friday` (it may wrap, as in
    /// `Sunday-Thursday`) or a list `Monday, Wednesday, Friday`.
    public static func parseWorkingDays(_ text: String) throws -> [Weekday] {
        var scanner = TimeTextScanner(text)
        func day() throws -> Weekday {
            scanner.skipSpaces()
            let at = scanner.offset
            let word = scanner.word()
            guard let day = Weekday(name: word) else {
                let known = Weekday.allCases.map(\.name)
                throw TimeTextError(offset: at, message: word.isEmpty ? "expected a weekday" : "'\(word)' is not a weekday",
                                    hint: Spelling.suggestion(for: word, among: known).map { "did you mean '\($0)'?" } ?? "as in Monday-Friday")
            }
            scanner.skipSpaces()
            return day
        }
        let first = try day()
        if scanner.take("-") {
            let last = try day()
            guard scanner.atEnd else { throw TimeTextError(offset: scanner.offset, message: "unexpected '\(scanner.rest)' after the days") }
            return (0...first.days(to: last)).map { Weekday(rawValue: (first.rawValue + $0) % 7)! }
        }
        var days = [first]
        while scanner.take(",") { days.append(try day()) }
        guard scanner.atEnd else {
            throw TimeTextError(offset: scanner.offset, message: "unexpected '\(scanner.rest)' after the days", hint: "write a range (Monday-Friday) or a list (Monday, Tuesday)")
        }
        return days
    }
}
