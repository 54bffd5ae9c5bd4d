/// When the business works: a daily window (09:00-17:00 by default) on its
/// working days (Monday to Friday by default). Due times lean on it: "today"
/// ends at ``end``, "2 working days" skips the days off.
public struct BusinessHours: Sendable, Hashable {
    /// The start of the working day, in minutes since midnight.
    public var start: Int
    /// The end of the working day, in minutes since midnight (after ``start``).
    public var end: Int
    /// The working days, in week order.
    public var workingDays: [Weekday]

    /// 09:00-17:00, Monday to Friday.
    public static let standard = BusinessHours(start: 9 * 60, end: 17 * 60, workingDays: [.monday, .tuesday, .wednesday, .thursday, .friday])

    /// Creates business hours; `workingDays` is kept in week order without repeats.
    public init(start: Int, end: Int, workingDays: [Weekday]) {
        self.start = start
        self.end = end
        self.workingDays = Weekday.allCases.filter(workingDays.contains)
    }

    /// Whether `moment`'s date is a working day.
    public func isWorkingDay(_ moment: LocalDateTime) -> Bool { workingDays.contains(moment.weekday) }

    /// The `count`th working day after `moment`'s date, at the end of
    /// business (`count` 0 is `moment`'s own day). With no working days at
    /// all, calendar days count instead.
    public func workingDays(_ count: Int, after moment: LocalDateTime) -> LocalDateTime {
        var day = moment.at(minuteOfDay: end)
        guard !workingDays.isEmpty else { return day.adding(days: count) }
        // whole weeks first, so a large count stays cheap
        var left = count
        if left > workingDays.count {
            let weeks = (left - 1) / workingDays.count
            day = day.adding(days: 7 * weeks)
            left -= weeks * workingDays.count
        }
        while left > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// `minutes` of working time after `moment`: the clock runs only inside
    /// business hours on working days. With no working days, plain minutes.
    public func workingMinutes(_ minutes: Int, after moment: LocalDateTime) -> LocalDateTime {
        guard !workingDays.isEmpty, end > start else { return moment.adding(minutes: minutes) }
        var now = moment
        var left = minutes
        // a week of working time at most 7 days of steps; whole weeks first
        let perWeek = workingDays.count * (end - start)
        if left > perWeek {
            let weeks = (left - 1) / perWeek
            now = now.adding(days: 7 * weeks)
            left -= weeks * perWeek
        }
        while true {
            if isWorkingDay(now), now.minuteOfDay < end {
                let from = max(now.minuteOfDay, start)
                if from + left <= end { return now.at(minuteOfDay: from + left) }
                left -= end - from
            }
            now = now.adding(days: 1).at(minuteOfDay: 0)
        }
    }

    /// The last working day of the week (Monday to Sunday) holding
    /// `moment`, at the end of business; when that day is already behind
    /// `moment`'s date (a Saturday asking for "this week"), the next week's.
    /// `weeksAhead` 1 gives the following week's ("next week").
    public func endOfWeek(from moment: LocalDateTime, weeksAhead: Int = 0) -> LocalDateTime {
        let last = workingDays.last ?? .sunday
        let monday = moment.adding(days: -moment.weekday.rawValue)
        var day = monday.adding(days: last.rawValue + 7 * weeksAhead).at(minuteOfDay: end)
        if day.day < moment.day { day = day.adding(days: 7) }
        return day
    }

    /// The last working day of `moment`'s month (`monthsAhead` later), at
    /// the end of business.
    public func endOfMonth(from moment: LocalDateTime, monthsAhead: Int = 0) -> LocalDateTime {
        let (year, month, _) = moment.adding(months: monthsAhead).date
        var day = LocalDateTime(day: LocalDateTime.dayNumber(year: year, month: month, day: LocalDateTime.daysIn(month: month, year: year)), minuteOfDay: end)
        var steps = 0
        while !workingDays.isEmpty, !isWorkingDay(day), steps < 7 {
            day = day.adding(days: -1)
            steps += 1
        }
        return day
    }
}
