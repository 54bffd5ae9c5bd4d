/// A moment on the simulated clock: a date in the proleptic Gregorian
/// calendar and a time of day to the minute, with no time zone.
///
/// Kept as a day number and a minute of the day, so arithmetic never meets a
/// host time zone or daylight saving: the simulation's clock is the same on
/// every machine. The ISO form is `2026-03-03T16:00`.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public private(set) var day: Int
    /// Minutes since midnight, 0 to 1439.
    public private(set) var minuteOfDay: Int

    /// The moment `minuteOfDay` minutes after the start of day `day`
    /// (days since 1970-01-01); minutes outside one day carry into the date.
    public init(day: Int, minuteOfDay: Int) {
        let carry = minuteOfDay >= 0 ? minuteOfDay / 1440 : -((1439 - minuteOfDay) / 1440)
        self.day = day + carry
        self.minuteOfDay = minuteOfDay - carry * 1440
    }

    /// The moment at `hour:minute` on a calendar date, or nil when the date
    /// or time does not exist (month 13, 30 February, 24:00).
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard (1...12).contains(month), day >= 1, day <= LocalDateTime.daysIn(month: month, year: year),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.init(day: LocalDateTime.dayNumber(year: year, month: month, day: day), minuteOfDay: hour * 60 + minute)
    }

    /// The calendar date: year, month (1-12) and day of the month (1-31).
    public var date: (year: Int, month: Int, day: Int) { LocalDateTime.civil(day) }
    /// The hour, 0 to 23.
    public var hour: Int { minuteOfDay / 60 }
    /// The minute of the hour, 0 to 59.
    public var minute: Int { minuteOfDay % 60 }
    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday { Weekday(rawValue: ((day % 7) + 7 + 3) % 7)! }

    /// The moment `minutes` later (earlier when negative).
    public func adding(minutes: Int) -> LocalDateTime { LocalDateTime(day: day, minuteOfDay: minuteOfDay + minutes) }
    /// The same time of day `days` later.
    public func adding(days: Int) -> LocalDateTime { LocalDateTime(day: day + days, minuteOfDay: minuteOfDay) }
    /// The same day at `minuteOfDay` (1440 is the next midnight).
    public func at(minuteOfDay: Int) -> LocalDateTime { LocalDateTime(day: day, minuteOfDay: minuteOfDay) }

    /// The same time of day `months` calendar months later, the day of the
    /// month kept where it exists, else the month's last day (31 January + 1
    /// month is 28 or 29 February).
    public func adding(months: Int) -> LocalDateTime {
        let (year, month, dayOfMonth) = date
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : -((11 - index) / 12)
        let newMonth = index - newYear * 12 + 1
        let kept = min(dayOfMonth, LocalDateTime.daysIn(month: newMonth, year: newYear))
        return LocalDateTime(day: LocalDateTime.dayNumber(year: newYear, month: newMonth, day: kept), minuteOfDay: minuteOfDay)
    }

    /// The ISO 8601 form without zone or seconds: `2026-03-03T16:00`.
    public var iso: String {
        var bytes: [UInt8] = []
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``iso``'s UTF-8 to `out`: `score --jsonl --clock` writes one
    /// per reply, and building a `String` first (or appending digit by
    /// digit, about 1,000 instructions) cost more than resolving the due time.
    public func appendISO(to out: inout [UInt8]) {
        appendISO(into: &out)
    }

    /// ``appendISO(to:)`` into any ``JSONByteSink``.
    func appendISO<Sink: JSONByteSink>(into out: inout Sink) {
        let (year, month, dayOfMonth) = date
        if year >= 0 && year <= 9999 {
            // the usual case: the 16 bytes laid out in registers, appended at once
            let iso: (UInt64, UInt64) = (LocalDateTime.digitBytes(year, 4) | 0x2D << 32 | LocalDateTime.digitBytes(month, 2) << 40 | 0x2D << 56,
                                         LocalDateTime.digitBytes(dayOfMonth, 2) | 0x54 << 16 | LocalDateTime.digitBytes(hour, 2) << 24 | 0x3A << 40
                                             | LocalDateTime.digitBytes(minute, 2) << 48)
            withUnsafeBytes(of: (iso.0.littleEndian, iso.1.littleEndian)) { out.append(bytes: $0.assumingMemoryBound(to: UInt8.self)) }
            return
        }
        for byte in LocalDateTime.pad(year, 4).utf8 { out.append(byte) }
        out.append(UInt8(ascii: "-"))
        LocalDateTime.appendDigits(month, 2, to: &out)
        out.append(UInt8(ascii: "-"))
        LocalDateTime.appendDigits(dayOfMonth, 2, to: &out)
        out.append(UInt8(ascii: "T"))
        LocalDateTime.appendDigits(hour, 2, to: &out)
        out.append(UInt8(ascii: ":"))
        LocalDateTime.appendDigits(minute, 2, to: &out)
    }

    /// The `width` (at most 8) last decimal digits of `value` (0 or more),
    /// zero-padded, as ASCII bytes packed little-endian: the first digit in
    /// the lowest byte.
    @inline(__always) private static func digitBytes(_ value: Int, _ width: Int) -> UInt64 {
        var packed: UInt64 = 0
        var rest = value
        for k in stride(from: width - 1, through: 0, by: -1) {
            packed |= UInt64(48 + rest % 10) << UInt64(8 * k)
            rest /= 10
        }
        return packed
    }

    /// Appends the `width` last decimal digits of `value` (0 or more), zero-padded.
    private static func appendDigits<Sink: JSONByteSink>(_ value: Int, _ width: Int, to out: inout Sink) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(48 + (rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    public var description: String { iso }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { (a.day, a.minuteOfDay) < (b.day, b.minuteOfDay) }

    /// The number of days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's `days_from_civil`,
    /// exact for every proleptic Gregorian date).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The civil date of a day number (`civil_from_days`, the inverse of ``dayNumber(year:month:day:)``).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
