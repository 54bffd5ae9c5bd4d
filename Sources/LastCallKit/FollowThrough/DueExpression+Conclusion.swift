extension DueExpression {
    /// The moment the reading gives: a duration or period as it is; a day
    /// at the time, part of day or end of business it names; else "now".
    func conclude() -> LocalDateTime? {
        let r = reading
        if let moment = r.moment, r.day == nil {
            return moment  // "within 2 hours", "this week"
        }
        if let day = r.day {
            if let first = r.firstTime {
                return latest(first, r.lastTime) { day.at(minuteOfDay: $0.bare ? onDay($0.minute, late: r.partIsLate) : $0.minute) }
            }
            if r.firstThing { return day.at(minuteOfDay: hours.start + 60) }
            return day.at(minuteOfDay: r.part ?? hours.end)
        }
        if let first = r.firstTime {
            return latest(first, r.lastTime) { time in
                time.bare && !r.partIsLate ? bareHour(time.minute)
                    : todayElseTomorrow(time.bare ? time.minute % (12 * 60) + 12 * 60 : time.minute)
            }
        }
        if r.firstThing {
            let minute = hours.start + 60
            return clock.minuteOfDay < hours.start ? clock.at(minuteOfDay: minute) : clock.adding(days: 1).at(minuteOfDay: minute)
        }
        if let part = r.part {
            return r.saidThis ? clock.at(minuteOfDay: part) : todayElseTomorrow(part)
        }
        if r.endOf { return clock.at(minuteOfDay: hours.end) }
        return r.now ? clock : nil
    }

    /// Whether what was read is "now" and nothing else ("right now",
    /// "straight away"): an act done at once, no time named.
    var isImmediate: Bool {
        let r = reading
        return r.now && r.moment == nil && r.day == nil && r.firstTime == nil && !r.firstThing && r.part == nil && !r.endOf
    }

    /// The later of the moments `place` gives the two times (a range's bounds).
    func latest(_ first: NamedTime, _ last: NamedTime?, _ place: (NamedTime) -> LocalDateTime) -> LocalDateTime {
        guard let last else { return place(first) }
        return max(place(first), place(last))
    }

    /// A clock time today if still ahead of the clock, else tomorrow.
    func todayElseTomorrow(_ minute: Int) -> LocalDateTime {
        clock.at(minuteOfDay: minute) > clock ? clock.at(minuteOfDay: minute) : clock.adding(days: 1).at(minuteOfDay: minute)
    }

    /// A bare hour ("by 4", "at 3:30") on no named day: the first of h:mm
    /// and (h+12):mm within business hours and after the clock, else the
    /// next day's first within business hours; when neither is ever within
    /// business hours, the first after the clock, else tomorrow's h:mm.
    func bareHour(_ minute: Int) -> LocalDateTime {
        // the two readings, as written first (12:30 is also 00:30)
        let a = minute, b = minute >= 12 * 60 ? minute - 12 * 60 : minute + 12 * 60
        func within(_ m: Int) -> Bool { m >= hours.start && m <= hours.end }
        func ahead(_ m: Int) -> Bool { m > clock.minuteOfDay }
        if within(a), ahead(a) { return clock.at(minuteOfDay: a) }
        if within(b), ahead(b) { return clock.at(minuteOfDay: b) }
        if within(a) || within(b) { return clock.adding(days: 1).at(minuteOfDay: within(a) ? a : b) }
        if ahead(a) { return clock.at(minuteOfDay: a) }
        if ahead(b) { return clock.at(minuteOfDay: b) }
        return clock.adding(days: 1).at(minuteOfDay: a)
    }

    /// A bare hour on a named day: the first of h:mm and (h+12):mm within
    /// business hours (pm after "afternoon", "evening", "tonight"), else as written.
    func onDay(_ minute: Int, late: Bool) -> Int {
        let low = minute >= 12 * 60 ? minute - 12 * 60 : minute
        if late { return low + 12 * 60 }
        let other = minute >= 12 * 60 ? low : minute + 12 * 60
        if minute >= hours.start && minute <= hours.end { return minute }
        return other >= hours.start && other <= hours.end ? other : minute
    }

    /// Day `day` of `month` (the clock's month when nil) at 00:00: this
    /// year's (or month's) if not before the clock's date, else the next.
    func date(day: Int, month: Int?) -> LocalDateTime? {
        let (year, currentMonth, today) = clock.date
        if let month {
            let y = (month, day) < (currentMonth, today) ? year + 1 : year
            return LocalDateTime(year: y, month: month, day: day)
        }
        if day >= today, let date = LocalDateTime(year: year, month: currentMonth, day: day) { return date }
        // the next month that has that day
        for ahead in 1...12 {
            let (y, m, _) = clock.at(minuteOfDay: 0).adding(months: ahead).date
            if let found = LocalDateTime(year: y, month: m, day: day) { return found }
        }
        return nil
    }
}
