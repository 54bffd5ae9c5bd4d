import Testing
@testable import LastCallKit

@Suite struct WeekdayTests {
    @Test func readsFullAndShortNamesInAnyCase() {
        #expect(Weekday(name: "Friday") == .friday)
        #expect(Weekday(name: "fri") == .friday)
        #expect(Weekday(name: "TUES") == .tuesday)
        #expect(Weekday(name: "thur") == .thursday)
        #expect(Weekday(name: "thurs") == .thursday)
        #expect(Weekday(name: "fr") == nil)
        #expect(Weekday(name: "") == nil)
    }

    @Test func countsDaysForwardAroundTheWeek() {
        #expect(Weekday.friday.days(to: .monday) == 3)
        #expect(Weekday.monday.days(to: .monday) == 0)
        #expect(Weekday.sunday.days(to: .saturday) == 6)
    }
}
