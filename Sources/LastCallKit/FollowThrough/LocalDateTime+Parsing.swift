extension LocalDateTime {
    /// The reference week a clock written as a weekday (`Tuesday 10:15`)
    /// falls in: Monday 2 March 2026 to Sunday 8 March 2026. Fixed, so a
    /// scenario plays the same on any date.
    public static let referenceMonday = LocalDateTime(year: 2026, month: 3, day: 2)!

    /// Reads a clock: `2026-03-03T10:15`, `2026-03-03 10:15`, or a weekday
    /// and a time, `Tuesday 10:15` (`Tue 10:15`), which is that day of the
    /// ``referenceMonday`` week. Times are 24-hour `HH:MM`.
    public static func parseClock(_ text: String) throws -> LocalDateTime {
        var scanner = TimeTextScanner(text)
        scanner.skipSpaces()
        guard !scanner.atEnd else {
            throw TimeTextError(offset: 0, message: "empty clock", hint: "write a date and time such as 2026-03-03T10:15, or a weekday and time such as Tuesday 10:15")
        }
        let day: LocalDateTime
        if scanner.peekIsDigit {
            day = try scanner.date()
            guard scanner.take("T") || scanner.skipSpaces() > 0 else {
                throw TimeTextError(offset: scanner.offset, message: "expected 'T' or a space and a time after the date", hint: "as in 2026-03-03T10:15")
            }
        } else {
            let start = scanner.offset
            let word = scanner.word()
            guard let weekday = Weekday(name: word) else {
                let known = Weekday.allCases.map(\.name)
                throw TimeTextError(offset: start, message: "'\(word)' is neither a date nor a weekday",
                                    hint: Spelling.suggestion(for: word, among: known).map { "did you mean '\($0)'?" }
                                        ?? "write a date such as 2026-03-03 or a weekday such as Tuesday")
            }
            day = referenceMonday.adding(days: weekday.rawValue)
            guard scanner.skipSpaces() > 0 else {
                throw TimeTextError(offset: scanner.offset, message: "expected a space and a time after '\(word)'", hint: "as in Tuesday 10:15")
            }
        }
        let minute = try scanner.timeOfDay()
        scanner.skipSpaces()
        guard scanner.atEnd else {
            throw TimeTextError(offset: scanner.offset, message: "unexpected '\(scanner.rest)' after the time")
        }
        return day.at(minuteOfDay: minute)
    }

    /// Reads a time of day, `HH:MM` on the 24-hour clock (`9:00` and `09:00`
    /// alike), as minutes since midnight.
    public static func parseTimeOfDay(_ text: String) throws -> Int {
        var scanner = TimeTextScanner(text)
        scanner.skipSpaces()
        let minute = try scanner.timeOfDay()
        scanner.skipSpaces()
        guard scanner.atEnd else { throw TimeTextError(offset: scanner.offset, message: "unexpected '\(scanner.rest)' after the time") }
        return minute
    }
}

/// A cursor over a short time text (a clock, business hours, a duration),
/// counting its offset in Unicode scalars for located errors.
struct TimeTextScanner {
    private let scalars: [Unicode.Scalar]
    private(set) var offset = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var atEnd: Bool { offset >= scalars.count }
    var peekIsDigit: Bool { !atEnd && ("0"..."9").contains(scalars[offset]) }
    var rest: String { String(String.UnicodeScalarView(scalars[offset...])) }

    /// Skips spaces and tabs; how many.
    @discardableResult mutating func skipSpaces() -> Int {
        let start = offset
        while !atEnd, scalars[offset] == " " || scalars[offset] == "\t" { offset += 1 }
        return offset - start
    }

    /// Takes `scalar` if it is next.
    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard !atEnd, scalars[offset] == scalar else { return false }
        offset += 1
        return true
    }

    /// The letters next (possibly none).
    mutating func word() -> String {
        let start = offset
        while !atEnd, scalars[offset].properties.isAlphabetic { offset += 1 }
        return String(String.UnicodeScalarView(scalars[start..<offset]))
    }

    /// The digits next as a number, with how many there were (0: none).
    mutating func digits() -> (value: Int, count: Int) {
        var value = 0, count = 0
        while peekIsDigit, count < 9 {
            value = value * 10 + Int(scalars[offset].value - 48)
            offset += 1
            count += 1
        }
        return (value, count)
    }

    /// `YYYY-MM-DD`, checked against the calendar.
    mutating func date() throws -> LocalDateTime {
        let start = offset
        let year = digits()
        guard year.count == 4, take("-") else {
            throw TimeTextError(offset: start, message: "expected a date as YYYY-MM-DD", hint: "as in 2026-03-03")
        }
        let monthAt = offset
        let month = digits()
        guard month.count == 2, take("-") else { throw TimeTextError(offset: monthAt, message: "expected a two-digit month and '-' after the year", hint: "as in 2026-03-03") }
        let dayAt = offset
        let day = digits()
        guard day.count == 2 else { throw TimeTextError(offset: dayAt, message: "expected a two-digit day of the month", hint: "as in 2026-03-03") }
        guard (1...12).contains(month.value) else { throw TimeTextError(offset: monthAt, message: "there is no month \(month.value)") }
        guard let date = LocalDateTime(year: year.value, month: month.value, day: day.value) else {
            throw TimeTextError(offset: dayAt, message: "\(year.value)-\(LocalDateTime.pad(month.value, 2)) has no day \(day.value)")
        }
        return date
    }

    /// `HH:MM`, 24-hour, as minutes since midnight.
    mutating func timeOfDay() throws -> Int {
        let start = offset
        let hour = digits()
        guard (1...2).contains(hour.count), take(":") else {
            throw TimeTextError(offset: start, message: "expected a time as HH:MM", hint: "24-hour, as in 10:15 or 16:00")
        }
        let minuteAt = offset
        let minute = digits()
        guard minute.count == 2 else { throw TimeTextError(offset: minuteAt, message: "expected two digits of minutes", hint: "as in 10:15") }
        guard hour.value < 24 else { throw TimeTextError(offset: start, message: "there is no hour \(hour.value) on a 24-hour clock") }
        guard minute.value < 60 else { throw TimeTextError(offset: minuteAt, message: "there is no minute \(minute.value)") }
        return hour.value * 60 + minute.value
    }
}
