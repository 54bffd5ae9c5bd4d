/// Works out a reply's due time: the latest moment its time-frame words
/// allow, on the simulated clock, under the rubric's business hours.
///
/// It reads only the tokens the reader already made, inside the evidence of
/// the time-frame criterion (so every exception the scorer applied, such as
/// opening hours or a time the customer gave, already holds). Neighbouring
/// evidence spans ("tomorrow" + "at 3") form one time expression; each
/// expression resolves to one moment (a range to its later bound), and the
/// earliest expression is the due time. One walk over the evidence tokens:
/// linear, no allocation, deterministic. The README lists the rules.
struct DueTimeResolver: Sendable {
    let words: DueWords

    init(lexicon: Lexicon) {
        words = DueWords(lexicon: lexicon)
    }

    /// The due time of a reply whose time-frame evidence is `spans` (in any
    /// order), or nil when the words name no concrete time.
    func resolve(_ text: ReplyText, spans: ArraySlice<PhraseMatch>, clock: LocalDateTime, hours: BusinessHours) -> LocalDateTime? {
        guard !spans.isEmpty else { return nil }
        var due: LocalDateTime?
        // spans are few (one or two per reply): take them in reading order
        // by repeated minimum, which needs no sorted copy
        var after = -1
        var group: (start: Int, end: Int)?
        while true {
            var next: PhraseMatch?
            for span in spans where span.start > after && span.start < (next?.start ?? Int.max) { next = span }
            guard let next else { break }
            after = next.start
            if let current = group, joins(current.end, next.start, in: text) {
                group = (current.start, max(current.end, next.end))
                continue
            }
            if let current = group, let moment = expression(current.start, current.end, in: text, clock: clock, hours: hours) {
                due = min(due ?? moment, moment)
            }
            group = (next.start, next.end)
        }
        if let current = group, let moment = expression(current.start, current.end, in: text, clock: clock, hours: hours) {
            due = min(due ?? moment, moment)
        }
        return due
    }

    /// Whether evidence ending at token `end` and evidence starting at
    /// `start` are one expression: at most two words apart, in one sentence,
    /// with no "and", "or" or "but" between ("tomorrow, at 3" is one; "call
    /// you tomorrow and email by 4pm" is two).
    private func joins(_ end: Int, _ start: Int, in text: ReplyText) -> Bool {
        guard start <= end + 3, text.tokens[start].sentence == text.tokens[min(end, start)].sentence else { return false }
        guard start > end + 1 else { return true }
        for t in (end + 1)..<start where words[text.tokens[t].id] == .to || text.tokens[t].clause != text.tokens[end].clause {
            return false
        }
        return true
    }

    private func isMeridiemOrOclock(_ kind: DueWord) -> Bool { kind == .am || kind == .pm || kind == .oclock }

    /// What one expression (tokens `start` through `end`) says.
    private struct Reading {
        var now = false
        /// The latest moment a duration or period gives.
        var moment: LocalDateTime?
        /// A day named outright: today, tomorrow, a weekday, a date (at 00:00).
        var day: LocalDateTime?
        /// Whether the day was "today"/"this ..." (no rolling to tomorrow).
        var saidThis = false
        /// The latest clock time named, as minutes and whether it was a bare 1-12 hour.
        var times: [(minute: Int, bare: Bool)] = []
        /// A part of the day (morning 12:00, afternoon the end of business...).
        var part: Int?
        /// Whether the part of the day is after noon (a bare hour then means pm).
        var partIsLate = false
        var firstThing = false
        var endOf = false
    }

    private func expression(_ start: Int, _ endIn: Int, in text: ReplyText, clock: LocalDateTime, hours: BusinessHours) -> LocalDateTime? {
        let tokens = text.tokens
        // take a trailing "pm", "am" or "o'clock" the phrase left out
        var end = endIn
        while end + 1 < tokens.count, tokens[end + 1].sentence == tokens[end].sentence,
              isMeridiemOrOclock(words[tokens[end + 1].id]) { end += 1 }
        var r = Reading()
        func kind(_ t: Int) -> DueWord { t >= start && t <= end ? words[tokens[t].id] : .none }
        func value(_ t: Int) -> Int? {
            guard t >= start, t <= end, tokens[t].number >= 0, !tokens[t].flags.contains(.clock), !tokens[t].flags.contains(.decimal) else { return nil }
            return Int(tokens[t].number)
        }
        /// A number at `t`, with "twenty four" read as 24; and the index of its last word.
        func count(_ t: Int) -> (value: Int, last: Int)? {
            guard let n = value(t) else { return nil }
            if n >= 20, n % 10 == 0, n < 100, !tokens[t].flags.contains(.digits), let units = value(t + 1), (1...9).contains(units) {
                return (n + units, t + 1)
            }
            return (n, t)
        }
        func extend(_ moment: LocalDateTime) { r.moment = max(r.moment ?? moment, moment) }
        /// A duration of `amount` units at `t` (after any "working"), consuming "and a half".
        func duration(_ amount: Int, unitAt t: Int, working: Bool) -> Int {
            var last = t
            var minutes = 0
            var unit: ClockDuration.Unit
            switch kind(t) {
            case .minute: unit = .minutes
            case .second: unit = .minutes; minutes = 1  // seconds round up to the minute
            case .hour: unit = working ? .workingHours : .hours
            case .day: unit = working ? .workingDays : .days
            case .week: unit = working ? .workingDays : .weeks
            case .fortnight: unit = .days
            default: unit = .months
            }
            var amount = amount
            if kind(t) == .week, working { amount *= 5 }
            if kind(t) == .fortnight { amount *= 14 }
            if minutes == 1 {
                extend(clock.adding(minutes: 1))
                return last
            }
            var moment = ClockDuration(amount, unit).after(clock, hours: hours)
            // "an hour and a half": the phrase may stop at "hour", so read on in the sentence
            if t + 3 < tokens.count, tokens[t + 3].sentence == tokens[t].sentence, words[tokens[t + 1].id] == .to,
               words[tokens[t + 2].id] == .article, words[tokens[t + 3].id] == .half {
                last = t + 3
                switch unit {
                case .hours: moment = moment.adding(minutes: 30)
                case .days: moment = moment.adding(minutes: 12 * 60)
                default: break
                }
            }
            extend(moment)
            return last
        }

        var t = start
        while t <= end {
            let token = tokens[t]
            let k = words[token.id]
            if token.flags.contains(.clock) {
                // 10:42, 4.30: minutes since midnight, maybe with am/pm
                var minute = Int(token.number)
                var bare = minute >= 60 && minute < 13 * 60
                if kind(t + 1) == .pm || kind(t + 1) == .am {
                    minute = minute % (12 * 60) + (kind(t + 1) == .pm ? 12 * 60 : 0)
                    bare = false
                    t += 1
                }
                r.times.append((minute, bare))
                t += 1
                continue
            }
            if token.flags.contains(.ordinal), let n = value(t) {
                // the 5th, March 3rd, 3rd of March
                var month: Int?
                if let m = kind(t - 1).month { month = m }
                if let m = kind(t + 1).month { month = m; t += 1 }
                if kind(t + 1) == .none, tokens.indices.contains(t + 2), let m = kind(t + 2).month { month = m; t += 2 }  // "of March"
                if let date = date(day: n, month: month, clock: clock) { r.day = date }
                t += 1
                continue
            }
            if let (n, last) = count(t) {
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
                if kind(j).isUnit {
                    t = duration(high, unitAt: j, working: working) + 1
                    continue
                }
                if let m = kind(j).month, (1...31).contains(n) {
                    if let date = date(day: n, month: m, clock: clock) { r.day = date }
                    t = j + 1
                    continue
                }
                if let m = kind(t - 1).month, (1...31).contains(n), !(kind(j) == .am || kind(j) == .pm) {
                    if let date = date(day: n, month: m, clock: clock) { r.day = date }
                    t = j
                    continue
                }
                if kind(j) == .past, let (hour, lastH) = count(j + 1), (1...12).contains(hour), n < 60 {
                    r.times.append((hour * 60 + n, true))  // ten past four
                    t = lastH + 1
                    continue
                }
                if kind(j) == .pm || kind(j) == .am, (1...12).contains(high) {
                    r.times.append((high % 12 * 60 + (kind(j) == .pm ? 12 * 60 : 0), false))
                    t = j + 1
                    continue
                }
                if kind(j) == .oclock, (1...12).contains(high) {
                    r.times.append((high * 60, true))
                    t = j + 1
                    continue
                }
                if (0...24).contains(high) {
                    r.times.append((high * 60, (1...12).contains(high)))  // by 4; between 2 and 4
                }
                t = j
                continue
            }
            switch k {
            case .half, .quarter:
                let minutes = k == .half ? 30 : 15
                if kind(t + 1) == .past, let (hour, last) = count(t + 2), (1...12).contains(hour) {
                    r.times.append((hour * 60 + minutes, true))
                    t = last + 1
                    continue
                }
                if kind(t + 1) == .to, k == .quarter, let (hour, last) = count(t + 2), (1...12).contains(hour) {
                    r.times.append(((hour - 1) * 60 + 45, true))
                    t = last + 1
                    continue
                }
                if k == .half, let (hour, last) = count(t + 1), (1...12).contains(hour) {
                    r.times.append((hour * 60 + 30, true))  // half four
                    t = last + 1
                    continue
                }
                // half an hour, a quarter of an hour
                var j = t + 1
                while j <= t + 3, kind(j) == .article || (kind(j) == .none && j <= end) { j += 1 }
                if kind(j) == .hour {
                    extend(clock.adding(minutes: minutes))
                    t = j + 1
                    continue
                }
            case .article, .couple:
                var j = t + 1
                var amount = 1
                if k == .couple || kind(j) == .couple { amount = 2; if kind(j) == .couple { j += 1 }; j += 1 }  // "a couple of": skip "of"
                var working = false
                while kind(j) == .working || kind(j) == .calendar { working = working || kind(j) == .working; j += 1 }
                if kind(j).isUnit { t = duration(amount, unitAt: j, working: working) + 1; continue }
                if kind(j) == .half, kind(j + 1) == .hour { extend(clock.adding(minutes: 30)); t = j + 2; continue }
            case .hour, .minute, .second, .day, .week, .month, .fortnight:
                let before = kind(t - 1)
                let saidNext = before == .next
                let durationLike = saidNext && kind(t - 2) == .the
                if k == .hour || k == .fortnight || ((k == .minute || k == .second) && before != .this) || durationLike {
                    t = duration(1, unitAt: t, working: false) + 1
                    continue
                }
                switch k {
                case .minute, .second: r.now = true
                case .day:
                    // "end of the day", "within the day": today; "next day": tomorrow
                    r.day = r.day ?? clock.adding(days: saidNext ? 1 : 0).at(minuteOfDay: 0)
                    r.saidThis = true
                    r.endOf = true
                case .week: extend(hours.endOfWeek(from: clock, weeksAhead: saidNext ? 1 : 0))
                default: extend(hours.endOfMonth(from: clock, monthsAhead: saidNext ? 1 : 0))
                }
            case .weekend:
                if (max(start, t - 3)..<t).contains(where: { kind($0) == .by }) {
                    extend(hours.endOfWeek(from: clock))
                } else {
                    let sunday = clock.adding(days: clock.weekday.days(to: .sunday))
                    extend(sunday.at(minuteOfDay: hours.end))
                }
            case .today: r.day = clock.at(minuteOfDay: 0); r.saidThis = true
            case .tonight: r.day = clock.at(minuteOfDay: 0); r.saidThis = true; r.part = 21 * 60; r.partIsLate = true
            case .tomorrow: r.day = clock.adding(days: 1).at(minuteOfDay: 0)
            case .morning: r.part = 12 * 60; if kind(t - 1) == .this { r.saidThis = true }
            case .afternoon: r.part = hours.end; r.partIsLate = true; if kind(t - 1) == .this { r.saidThis = true }
            case .evening: r.part = 21 * 60; r.partIsLate = true; if kind(t - 1) == .this { r.saidThis = true }
            case .lunchtime: r.part = 13 * 60
            case .noon: r.times.append((12 * 60, false))
            case .midnight: r.times.append((24 * 60, false))
            case .now: r.now = true
            case .thing: if kind(t - 1) == .first { r.firstThing = true }
            case .end, .businessDay: r.endOf = true
            case .working:
                // "close of business": no unit follows
                if !kind(t + 1).isUnit { r.endOf = true }
            default:
                if let day = k.weekday {
                    let ahead = clock.weekday.days(to: day)
                    r.day = clock.adding(days: ahead == 0 ? 7 : ahead).at(minuteOfDay: 0)
                } else if let m = k.month, m != 5 || value(t + 1) != nil || value(t - 1) != nil {
                    // a month alone: its last day
                    let (year, month, _) = clock.date
                    let y = m < month ? year + 1 : year
                    r.day = LocalDateTime(year: y, month: m, day: LocalDateTime.daysIn(month: m, year: y))
                }
            }
            t += 1
        }
        return conclude(r, clock: clock, hours: hours)
    }

    /// The moment a reading gives: a duration or period as it is; a day at
    /// the time, part of day or end of business it names; else "now".
    private func conclude(_ r: Reading, clock: LocalDateTime, hours: BusinessHours) -> LocalDateTime? {
        if let moment = r.moment, r.day == nil {
            // a duration or period with no day named: "within 2 hours", "this week"
            return moment
        }
        if r.day == nil, r.times.isEmpty, r.part == nil, !r.firstThing {
            if r.endOf { return clock.at(minuteOfDay: hours.end) }
            return r.now ? clock : nil
        }
        if let day = r.day {
            if !r.times.isEmpty {
                return r.times.map { time in
                    day.at(minuteOfDay: time.bare ? onDay(time.minute, late: r.partIsLate, hours: hours) : time.minute)
                }.max()
            }
            if r.firstThing { return day.at(minuteOfDay: hours.start + 60) }
            return day.at(minuteOfDay: r.part ?? hours.end)
        }
        if !r.times.isEmpty {
            return r.times.map { time in
                time.bare && !r.partIsLate ? bareHour(time.minute, clock: clock, hours: hours)
                    : todayElseTomorrow(time.bare ? time.minute % (12 * 60) + 12 * 60 : time.minute, clock: clock)
            }.max()
        }
        if r.firstThing {
            let minute = hours.start + 60
            return clock.minuteOfDay < hours.start ? clock.at(minuteOfDay: minute) : clock.adding(days: 1).at(minuteOfDay: minute)
        }
        let part = r.part ?? hours.end
        return r.saidThis ? clock.at(minuteOfDay: part) : todayElseTomorrow(part, clock: clock)
    }

    /// A clock time today if still ahead of the clock, else tomorrow.
    private func todayElseTomorrow(_ minute: Int, clock: LocalDateTime) -> LocalDateTime {
        clock.at(minuteOfDay: minute) > clock ? clock.at(minuteOfDay: minute) : clock.adding(days: 1).at(minuteOfDay: minute)
    }

    /// A bare hour ("by 4", "at 3:30") on no named day: the first of h:mm
    /// and (h+12):mm within business hours and after the clock, else the
    /// next day's first within business hours; when neither is ever within
    /// business hours, the first after the clock, else tomorrow's h:mm.
    private func bareHour(_ minute: Int, clock: LocalDateTime, hours: BusinessHours) -> LocalDateTime {
        let candidates = minute >= 12 * 60 ? [minute, minute - 12 * 60] : [minute, minute + 12 * 60]
        let within = candidates.filter { $0 >= hours.start && $0 <= hours.end }
        if let today = within.first(where: { clock.at(minuteOfDay: $0) > clock }) { return clock.at(minuteOfDay: today) }
        if let first = within.first { return clock.adding(days: 1).at(minuteOfDay: first) }
        if let today = candidates.first(where: { clock.at(minuteOfDay: $0) > clock }) { return clock.at(minuteOfDay: today) }
        return clock.adding(days: 1).at(minuteOfDay: candidates[0])
    }

    /// A bare hour on a named day: the first of h:mm and (h+12):mm within
    /// business hours (pm after "afternoon", "evening", "tonight"), else as written.
    private func onDay(_ minute: Int, late: Bool, hours: BusinessHours) -> Int {
        let low = minute >= 12 * 60 ? minute - 12 * 60 : minute
        if late { return low + 12 * 60 }
        let candidates = minute >= 12 * 60 ? [minute, low] : [minute, minute + 12 * 60]
        return candidates.first { $0 >= hours.start && $0 <= hours.end } ?? minute
    }

    /// Day `day` of `month` (the clock's month when nil) at 00:00: this
    /// year's (or month's) if not before the clock's date, else the next.
    private func date(day: Int, month: Int?, clock: LocalDateTime) -> LocalDateTime? {
        let (year, currentMonth, today) = clock.date
        if let month {
            let y = (month, day) < (currentMonth, today) ? year + 1 : year
            return LocalDateTime(year: y, month: month, day: day)
        }
        var target = LocalDateTime(year: year, month: currentMonth, day: day)
        if day < today || target == nil {
            // the next month that has that day
            for ahead in 1...12 {
                let (y, m, _) = clock.at(minuteOfDay: 0).adding(months: ahead).date
                if let found = LocalDateTime(year: y, month: m, day: day) { target = found; break }
            }
        }
        return target
    }
}
