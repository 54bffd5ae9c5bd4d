import Testing
@testable import LastCallKit

@Suite struct ClockDurationTests {
    static let clock = try! LocalDateTime.parseClock("2026-03-06T15:30")

    @Test(arguments: [
        ("3 hours", "3 hours", "2026-03-06T18:30"),
        ("90 minutes", "90 minutes", "2026-03-06T17:00"),
        ("1 hour", "1 hour", "2026-03-06T16:30"),
        ("2 days", "2 days", "2026-03-08T15:30"),
        ("1 week", "1 week", "2026-03-13T15:30"),
        ("1 month", "1 month", "2026-04-06T15:30"),
        ("2 working days", "2 working days", "2026-03-10T17:00"),
        ("2 business days", "2 working days", "2026-03-10T17:00"),
        ("4 working hours", "4 working hours", "2026-03-09T11:30"),
        ("45 mins", "45 minutes", "2026-03-06T16:15"),
        ("2hrs", "2 hours", "2026-03-06T17:30"),
    ])
    func readsAndAppliesADuration(text: String, written: String, due: String) throws {
        let duration = try ClockDuration.parse(text)
        #expect(duration.description == written)
        #expect(duration.after(Self.clock, hours: .standard).iso == due)
    }

    @Test func countsBackTheSameWay() throws {
        #expect(try ClockDuration.parse("1 hour").before(Self.clock, hours: .standard).iso == "2026-03-06T14:30")
        #expect(try ClockDuration.parse("1 working day").before(Self.clock, hours: .standard).iso == "2026-03-05T17:00")
        #expect(try ClockDuration.parse("2 working days").before(try LocalDateTime.parseClock("2026-03-09T10:00"), hours: .standard).iso == "2026-03-05T17:00")
    }

    @Test(arguments: [
        ("hours", 0, "expected a number at the start of a duration", "as in 3 hours or 2 working days"),
        ("3 hous", 2, "unknown unit 'hous'", "did you mean 'hours'?"),
        ("3", 1, "expected a unit after 3", "units are minutes, hours, days, weeks, months, working days, working hours"),
        ("2 working weeks", 2, "only days and hours can be working days or hours", nil),
        ("3 hours later", 8, "unexpected 'later' after the duration", nil),
    ])
    func saysWhatIsWrong(text: String, offset: Int, message: String, hint: String?) {
        #expect(throws: TimeTextError(offset: offset, message: message, hint: hint)) { try ClockDuration.parse(text) }
    }
}
