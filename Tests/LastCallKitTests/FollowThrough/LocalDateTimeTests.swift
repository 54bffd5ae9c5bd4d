import Foundation
import Testing
@testable import LastCallKit

@Suite struct LocalDateTimeTests {
    @Test func knowsTheDateTimeAndWeekdayOfTheIssuesExample() throws {
        let moment = try #require(LocalDateTime(year: 2026, month: 3, day: 3, hour: 10, minute: 15))
        #expect(moment.iso == "2026-03-03T10:15")
        #expect(moment.weekday == .tuesday)
        #expect(moment.date == (2026, 3, 3))
        #expect(moment.hour == 10 && moment.minute == 15)
    }

    @Test func daysMatchFoundationsGregorianCalendarInUTC() throws {
        // the slow reference: Foundation's Gregorian calendar in UTC (Julian before
        // October 1582, so the check starts in 1583)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let epoch = try #require(calendar.date(from: DateComponents(year: 1970, month: 1, day: 1)))
        for offset in stride(from: -141_000, through: 200_000, by: 997) {
            let date = try #require(calendar.date(byAdding: .day, value: offset, to: epoch))
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let moment = LocalDateTime(day: offset, minuteOfDay: 0)
            #expect(moment.date == (parts.year!, parts.month!, parts.day!), "day \(offset)")
            // Foundation counts Sunday as 1
            #expect(moment.weekday.rawValue == (parts.weekday! + 5) % 7, "day \(offset)")
            #expect(LocalDateTime.dayNumber(year: parts.year!, month: parts.month!, day: parts.day!) == offset)
        }
    }

    @Test func rejectsDatesAndTimesThatDoNotExist() {
        #expect(LocalDateTime(year: 2026, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDateTime(year: 2100, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2026, month: 13, day: 1) == nil)
        #expect(LocalDateTime(year: 2026, month: 4, day: 31) == nil)
        #expect(LocalDateTime(year: 2026, month: 4, day: 1, hour: 24) == nil)
    }

    @Test func arithmeticCarriesAcrossDaysMonthsAndYears() throws {
        let moment = try #require(LocalDateTime(year: 2026, month: 12, day: 31, hour: 23, minute: 30))
        #expect(moment.adding(minutes: 45).iso == "2027-01-01T00:15")
        #expect(moment.adding(minutes: -24 * 60).iso == "2026-12-30T23:30")
        #expect(moment.adding(days: 1).iso == "2027-01-01T23:30")
        #expect(moment.at(minuteOfDay: 1440).iso == "2027-01-01T00:00")
        let january31 = try #require(LocalDateTime(year: 2026, month: 1, day: 31, hour: 9))
        #expect(january31.adding(months: 1).iso == "2026-02-28T09:00")
        #expect(january31.adding(months: 13).iso == "2027-02-28T09:00")
        #expect(january31.adding(months: -2).iso == "2025-11-30T09:00")
        #expect(moment > january31)
    }
}
