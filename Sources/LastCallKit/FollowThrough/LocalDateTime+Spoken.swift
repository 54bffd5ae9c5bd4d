extension LocalDateTime {
    /// The English month names, January first.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The moment said naturally as seen from `clock`, the way a customer
    /// would repeat it: `4pm today`, `tomorrow at noon`, `Friday at 5pm`
    /// (within the coming week), `yesterday at 4:30pm`, else with the date:
    /// `Monday 16 March at 9am`.
    public func spoken(relativeTo clock: LocalDateTime) -> String {
        let time = spokenTime
        switch day - clock.day {
        case 0: return "\(time) today"
        case 1 where minuteOfDay == 0: return "midnight tonight"
        case 1: return "tomorrow at \(time)"
        case -1: return "yesterday at \(time)"
        case 2...6: return "\(weekday.name) at \(time)"
        default:
            let (year, month, dayOfMonth) = date
            let yearText = year == clock.date.year ? "" : " \(year)"
            return "\(weekday.name) \(dayOfMonth) \(LocalDateTime.monthNames[month - 1])\(yearText) at \(time)"
        }
    }

    /// The weekday and the 24-hour time, as a scenario's `clock` writes
    /// it and `play` shows the simulated clock: `Tuesday 10:15`.
    public var weekdayAndTime: String {
        "\(weekday.name) \(LocalDateTime.pad(hour, 2)):\(LocalDateTime.pad(minute, 2))"
    }

    /// The time of day on the 12-hour clock: `4pm`, `4:30pm`, `noon`, `midnight`.
    public var spokenTime: String {
        if minuteOfDay == 12 * 60 { return "noon" }
        if minuteOfDay == 0 { return "midnight" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let minutes = minute == 0 ? "" : ":" + LocalDateTime.pad(minute, 2)
        return "\(twelve)\(minutes)\(hour < 12 ? "am" : "pm")"
    }
}
