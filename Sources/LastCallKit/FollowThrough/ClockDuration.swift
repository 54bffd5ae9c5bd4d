/// A stretch of simulated time written in words: `3 hours`, `90 minutes`,
/// `2 working days`. Named so, not `Duration`, to leave the standard
/// library's `Swift.Duration` unshadowed.
public struct ClockDuration: Sendable, Hashable, CustomStringConvertible {
    /// What one unit of the duration is.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case minutes, hours, days, weeks, months
        /// Days Monday to Friday (the business's working days), ending at the end of business.
        case workingDays = "working days"
        /// Hours inside business hours on working days.
        case workingHours = "working hours"
    }

    /// How many units.
    public var amount: Int
    /// The unit.
    public var unit: Unit

    /// Creates a duration.
    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// The duration as written back: `2 working days`, `1 hour`.
    public var description: String {
        let name = amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(amount) \(name)"
    }

    /// The moment this long after `moment`: minutes and hours on the clock,
    /// days, weeks and months on the calendar at the same time of day;
    /// working days the `amount`th working day after `moment`'s date at the
    /// end of business; working hours counted inside business hours.
    public func after(_ moment: LocalDateTime, hours: BusinessHours) -> LocalDateTime {
        switch unit {
        case .minutes: return moment.adding(minutes: amount)
        case .hours: return moment.adding(minutes: amount * 60)
        case .days: return moment.adding(days: amount)
        case .weeks: return moment.adding(days: amount * 7)
        case .months: return moment.adding(months: amount)
        case .workingDays: return hours.workingDays(amount, after: moment)
        case .workingHours: return hours.workingMinutes(amount * 60, after: moment)
        }
    }

    /// The moment this long before `moment` (working units count back the
    /// same way they count forward, so `promise - 1 working day` works).
    public func before(_ moment: LocalDateTime, hours: BusinessHours) -> LocalDateTime {
        switch unit {
        case .minutes: return moment.adding(minutes: -amount)
        case .hours: return moment.adding(minutes: -amount * 60)
        case .days: return moment.adding(days: -amount)
        case .weeks: return moment.adding(days: -amount * 7)
        case .months: return moment.adding(months: -amount)
        case .workingDays:
            var day = moment.at(minuteOfDay: hours.end)
            var left = amount
            while left > 0, !hours.workingDays.isEmpty {
                day = day.adding(days: -1)
                if hours.isWorkingDay(day) { left -= 1 }
            }
            return hours.workingDays.isEmpty ? day.adding(days: -amount) : day
        case .workingHours:
            return moment.adding(minutes: -amount * 60)
        }
    }

    /// Reads `3 hours`, `90 minutes`, `1 day`, `2 weeks`, `1 month`,
    /// `2 working days` (or `business days`), `4 working hours`. The amount
    /// is a whole number in digits; units may be singular or plural, and
    /// `min`, `mins`, `hr`, `hrs` are accepted.
    public static func parse(_ text: String) throws -> ClockDuration {
        var scanner = TimeTextScanner(text)
        scanner.skipSpaces()
        let amountAt = scanner.offset
        let amount = scanner.digits()
        guard amount.count > 0 else {
            throw TimeTextError(offset: amountAt, message: "expected a number at the start of a duration", hint: "as in 3 hours or 2 working days")
        }
        scanner.skipSpaces()
        let unitAt = scanner.offset
        var word = scanner.word().lowercased()
        var working = false
        if word == "working" || word == "business" {
            working = true
            scanner.skipSpaces()
            word = scanner.word().lowercased()
        }
        scanner.skipSpaces()
        let units: [String: Unit] = ["minute": .minutes, "minutes": .minutes, "min": .minutes, "mins": .minutes,
                                     "hour": .hours, "hours": .hours, "hr": .hours, "hrs": .hours,
                                     "day": .days, "days": .days, "week": .weeks, "weeks": .weeks, "month": .months, "months": .months]
        guard var unit = units[word] else {
            let known = ["minutes", "hours", "days", "weeks", "months", "working days", "working hours"]
            throw TimeTextError(offset: unitAt, message: word.isEmpty ? "expected a unit after \(amount.value)" : "unknown unit '\(word)'",
                                hint: Spelling.suggestion(for: word, among: known).map { "did you mean '\($0)'?" } ?? "units are " + known.joined(separator: ", "))
        }
        if working {
            switch unit {
            case .days: unit = .workingDays
            case .hours: unit = .workingHours
            default: throw TimeTextError(offset: unitAt, message: "only days and hours can be working days or hours")
            }
        }
        guard scanner.atEnd else { throw TimeTextError(offset: scanner.offset, message: "unexpected '\(scanner.rest)' after the duration") }
        return ClockDuration(amount.value, unit)
    }
}
