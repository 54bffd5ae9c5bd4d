/// One time expression of a reply ("tomorrow at 3", "within 2 working
/// days") being read: a cursor over its tokens and what they say so far.
/// ``DueTimeResolver`` makes one per expression; ``read()`` walks the tokens
/// once and gives the expression's moment.
struct DueExpression {
    /// What the words of an expression have said so far.
    struct Reading {
        /// "now", "right away", "this minute": the clock itself.
        var now = false
        /// The latest moment a duration or period gives ("within 2 hours", "this week").
        var moment: LocalDateTime?
        /// A day named outright (today, tomorrow, a weekday, a date), at 00:00.
        var day: LocalDateTime?
        /// Whether "today" or "this ..." was said: the part of the day stays today.
        var saidThis = false
        /// The first and the last clock time named (a range names two; the
        /// due time is the later), kept inline so reading allocates nothing.
        var firstTime: NamedTime?
        var lastTime: NamedTime?
        /// A part of the day (morning 12:00, afternoon the end of business...).
        var part: Int?
        /// Whether the part of the day is after noon (a bare hour then means pm).
        var partIsLate = false
        var firstThing = false
        /// "end of", "close of business": the end of business on the day.
        var endOf = false
    }

    /// A clock time in minutes since midnight; `bare` for an hour of 1 to
    /// 12 with no am or pm ("by 4", "at 3:30"), which the rules place.
    struct NamedTime {
        var minute: Int
        var bare: Bool
    }

    let tokens: [ReplyToken]
    let words: DueWords
    let start: Int
    /// The last token, after any trailing "pm", "am" or "o'clock" the phrase
    /// left out, and a "noon", "midday" or "midnight" straight after a day
    /// ("by Thursday noon", "tomorrow midday").
    let end: Int
    let clock: LocalDateTime
    let hours: BusinessHours
    var reading = Reading()
    /// The token being read.
    var t: Int

    init(tokens: [ReplyToken], words: DueWords, start: Int, end: Int, clock: LocalDateTime, hours: BusinessHours) {
        var last = end
        while last + 1 < tokens.count, tokens[last + 1].sentence == tokens[last].sentence {
            let next = words[tokens[last + 1].id]
            guard next == .am || next == .pm || next == .oclock else { break }
            last += 1
        }
        // The rubric's phrases stop at the day ("by Thursday"), but the time
        // of day said straight after it is part of the promise.
        if last + 1 < tokens.count, tokens[last + 1].sentence == tokens[last].sentence {
            let day = words[tokens[last].id], next = words[tokens[last + 1].id]
            if next == .noon || next == .midnight, day.weekday != nil || day == .tomorrow || day == .today { last += 1 }
        }
        self.tokens = tokens
        self.words = words
        self.start = start
        self.end = last
        self.clock = clock
        self.hours = hours
        t = start
    }

    /// The kind of token `i`, or none outside the expression.
    func kind(_ i: Int) -> DueWord { i >= start && i <= end ? words[tokens[i].id] : .none }

    /// The whole number token `i` stands for (not a clock time or decimal), if any.
    func value(_ i: Int) -> Int? {
        guard i >= start, i <= end, tokens[i].number >= 0, !tokens[i].flags.contains(.clock), !tokens[i].flags.contains(.decimal),
              !tokens[i].flags.contains(.money) else { return nil }
        return Int(tokens[i].number)
    }

    /// The number starting at token `i`, "twenty four" read as 24, and the index of its last word.
    func count(_ i: Int) -> (value: Int, last: Int)? {
        guard let n = value(i) else { return nil }
        if n >= 20, n % 10 == 0, n < 100, !tokens[i].flags.contains(.digits), let units = value(i + 1), (1...9).contains(units) {
            return (n + units, i + 1)
        }
        return (n, i)
    }

    /// Notes a clock time the words name.
    mutating func name(_ minute: Int, bare: Bool) {
        let time = NamedTime(minute: minute, bare: bare)
        if reading.firstTime == nil { reading.firstTime = time } else { reading.lastTime = time }
    }

    /// Keeps the later of the moments a duration or period gave.
    mutating func extend(_ moment: LocalDateTime) { reading.moment = max(reading.moment ?? moment, moment) }

    /// Reads every token, then concludes.
    mutating func read() -> LocalDateTime? {
        while t <= end {
            let token = tokens[t]
            if token.flags.contains(.clock) {
                readClockTime()
            } else if token.flags.contains(.ordinal), let n = value(t) {
                readOrdinal(n)
            } else if let (n, last) = count(t) {
                readNumber(n, last: last)
            } else {
                readWord(words[token.id])
            }
        }
        return conclude()
    }

    /// `10:42`, `4.30`, maybe followed by am or pm.
    mutating func readClockTime() {
        var minute = Int(tokens[t].number)
        var bare = minute >= 60 && minute < 13 * 60
        if kind(t + 1) == .pm || kind(t + 1) == .am {
            minute = minute % (12 * 60) + (kind(t + 1) == .pm ? 12 * 60 : 0)
            bare = false
            t += 1
        }
        name(minute, bare: bare)
        t += 1
    }

    /// `the 5th`, `March 3rd`, `3rd March`, `3rd of March`.
    mutating func readOrdinal(_ n: Int) {
        var month = kind(t - 1).month
        if let m = kind(t + 1).month {
            month = m
            t += 1
        } else if kind(t + 1) == .none, let m = kind(t + 2).month {
            month = m  // "of March"
            t += 2
        }
        if let date = date(day: n, month: month) { reading.day = date }
        t += 1
    }

    /// A number: a duration ("3 to 5 working days"), a date ("12 March"),
    /// a clock time ("10 past 4", "4pm", "5 o'clock") or a bare hour ("by 4").
    mutating func readNumber(_ n: Int, last: Int) {
        var j = last + 1
        var high = n
        // a range, "3 to 5", "2-3": the later bound
        if kind(j) == .to, let (m, lastM) = count(j + 1) {
            high = m
            j = lastM + 1
        } else if tokens[t].flags.contains(.digits), let (m, lastM) = count(j), tokens[j].flags.contains(.digits) {
            high = m
            j = lastM + 1
        }
        var working = false
        while kind(j) == .working || kind(j) == .calendar {
            working = working || kind(j) == .working
            j += 1
        }
        let next = kind(j)
        if next.isUnit {
            t = duration(high, unitAt: j, working: working) + 1
        } else if let m = next.month, (1...31).contains(n) {
            if let date = date(day: n, month: m) { reading.day = date }
            t = j + 1
        } else if let m = kind(t - 1).month, (1...31).contains(n), next != .am, next != .pm {
            if let date = date(day: n, month: m) { reading.day = date }  // "March 12"
            t = j
        } else if next == .past, let (hour, lastH) = count(j + 1), (1...12).contains(hour), n < 60 {
            name(hour * 60 + n, bare: true)  // ten past four
            t = lastH + 1
        } else if next == .pm || next == .am, (1...12).contains(high) {
            name(high % 12 * 60 + (next == .pm ? 12 * 60 : 0), bare: false)
            t = j + 1
        } else if next == .oclock, (1...12).contains(high) {
            name(high * 60, bare: true)
            t = j + 1
        } else {
            if (0...24).contains(high) { name(high * 60, bare: (1...12).contains(high)) }  // by 4; between 2 and 4
            t = j
        }
    }

    /// A duration of `amount` units, the unit at token `u` (after any
    /// "working"); takes a following "and a half". Returns its last token.
    mutating func duration(_ amount: Int, unitAt u: Int, working: Bool) -> Int {
        let unitWord = kind(u)
        if unitWord == .second {
            extend(clock.adding(minutes: 1))  // seconds round up to the minute
            return u
        }
        var count = amount
        let unit: ClockDuration.Unit
        switch unitWord {
        case .minute: unit = .minutes
        case .hour: unit = working ? .workingHours : .hours
        case .day: unit = working ? .workingDays : .days
        case .week:
            unit = working ? .workingDays : .weeks
            if working { count *= 5 }
        case .fortnight:
            unit = .days
            count *= 14
        default: unit = .months
        }
        var moment = ClockDuration(count, unit).after(clock, hours: hours)
        var last = u
        // "an hour and a half": the phrase may stop at "hour", so read on in the sentence
        if u + 3 < tokens.count, tokens[u + 3].sentence == tokens[u].sentence, words[tokens[u + 1].id] == .to,
           words[tokens[u + 2].id] == .article, words[tokens[u + 3].id] == .half {
            last = u + 3
            if unit == .hours { moment = moment.adding(minutes: 30) }
            if unit == .days { moment = moment.adding(minutes: 12 * 60) }
        }
        extend(moment)
        return last
    }

    /// A word that is not a number.
    mutating func readWord(_ k: DueWord) {
        switch k {
        case .half, .quarter:
            if readHalfOrQuarter(k) { return }
        case .article, .couple:
            if readArticle(k) { return }
        case .hour, .minute, .second, .day, .week, .month, .fortnight:
            if readUnit(k) { return }
        case .weekend:
            if (max(start, t - 3)..<t).contains(where: { kind($0) == .by }) {
                extend(hours.endOfWeek(from: clock))  // by the weekend: before it starts
            } else {
                extend(clock.adding(days: clock.weekday.days(to: .sunday)).at(minuteOfDay: hours.end))
            }
        case .today:
            reading.day = clock.at(minuteOfDay: 0)
            reading.saidThis = true
        case .tonight:
            reading.day = clock.at(minuteOfDay: 0)
            reading.saidThis = true
            setPart(21 * 60, late: true)
        case .tomorrow: reading.day = clock.adding(days: 1).at(minuteOfDay: 0)
        case .morning: setPart(12 * 60, late: false)
        case .afternoon: setPart(hours.end, late: true)
        case .evening: setPart(21 * 60, late: true)
        case .lunchtime: reading.part = 13 * 60
        case .noon: name(12 * 60, bare: false)
        case .midnight: name(24 * 60, bare: false)
        case .now: reading.now = true
        case .thing: if kind(t - 1) == .first { reading.firstThing = true }
        case .end, .businessDay: reading.endOf = true
        case .working: if !kind(t + 1).isUnit { reading.endOf = true }  // "close of business"
        default:
            if let day = k.weekday {
                let ahead = clock.weekday.days(to: day)
                reading.day = clock.adding(days: ahead == 0 ? 7 : ahead).at(minuteOfDay: 0)
            } else if let m = k.month, m != 5 || value(t + 1) != nil || value(t - 1) != nil {
                // a month alone ("by March"): its last day; "may" only beside a number
                let (year, month, _) = clock.date
                let y = m < month ? year + 1 : year
                reading.day = LocalDateTime(year: y, month: m, day: LocalDateTime.daysIn(month: m, year: y))
            }
        }
        t += 1
    }

    mutating func setPart(_ minute: Int, late: Bool) {
        reading.part = minute
        reading.partIsLate = late
        if kind(t - 1) == .this { reading.saidThis = true }
    }

    /// "half past four", "quarter to five", "half four", "half an hour", "a
    /// quarter of an hour". Whether it read something.
    mutating func readHalfOrQuarter(_ k: DueWord) -> Bool {
        let minutes = k == .half ? 30 : 15
        if kind(t + 1) == .past, let (hour, last) = count(t + 2), (1...12).contains(hour) {
            name(hour * 60 + minutes, bare: true)
            t = last + 1
        } else if kind(t + 1) == .to, k == .quarter, let (hour, last) = count(t + 2), (1...12).contains(hour) {
            name((hour - 1) * 60 + 45, bare: true)
            t = last + 1
        } else if k == .half, let (hour, last) = count(t + 1), (1...12).contains(hour) {
            name(hour * 60 + 30, bare: true)  // half four
            t = last + 1
        } else {
            var j = t + 1
            while j <= t + 3, kind(j) == .article || (kind(j) == .none && j <= end) { j += 1 }  // "an", "of an"
            guard kind(j) == .hour else { return false }
            extend(clock.adding(minutes: minutes))
            t = j + 1
        }
        return true
    }

    /// "a week", "an hour", "a couple of hours", "a half hour". Whether it read something.
    mutating func readArticle(_ k: DueWord) -> Bool {
        var j = t + 1
        var amount = 1
        if k == .couple || kind(j) == .couple {
            amount = 2
            if kind(j) == .couple { j += 1 }
            j += 1  // "of"
        }
        var working = false
        while kind(j) == .working || kind(j) == .calendar {
            working = working || kind(j) == .working
            j += 1
        }
        if kind(j).isUnit {
            t = duration(amount, unitAt: j, working: working) + 1
            return true
        }
        if kind(j) == .half, kind(j + 1) == .hour {
            extend(clock.adding(minutes: 30))
            t = j + 2
            return true
        }
        return false
    }

    /// A unit with no number: "within the hour", "the next hour", "this
    /// minute", "end of the day", "next day", "this week", "next month".
    mutating func readUnit(_ k: DueWord) -> Bool {
        let saidNext = kind(t - 1) == .next
        if k == .hour || k == .fortnight || ((k == .minute || k == .second) && kind(t - 1) != .this) || (saidNext && kind(t - 2) == .the) {
            t = duration(1, unitAt: t, working: false) + 1
            return true
        }
        switch k {
        case .minute, .second: reading.now = true  // this minute
        case .day:
            reading.day = reading.day ?? clock.adding(days: saidNext ? 1 : 0).at(minuteOfDay: 0)
            reading.saidThis = true
            reading.endOf = true
        case .week: extend(hours.endOfWeek(from: clock, weeksAhead: saidNext ? 1 : 0))
        default: extend(hours.endOfMonth(from: clock, monthsAhead: saidNext ? 1 : 0))
        }
        return false
    }
}
