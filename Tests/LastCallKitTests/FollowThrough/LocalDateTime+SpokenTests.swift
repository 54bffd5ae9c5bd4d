import Testing
@testable import LastCallKit

@Suite struct LocalDateTimeSpokenTests {
    static let clock = try! LocalDateTime.parseClock("2026-03-03T10:15")

    @Test(arguments: [
        ("2026-03-03T16:00", "4pm today"),
        ("2026-03-03T16:30", "4:30pm today"),
        ("2026-03-03T12:00", "noon today"),
        ("2026-03-04T12:00", "tomorrow at noon"),
        ("2026-03-04T09:05", "tomorrow at 9:05am"),
        ("2026-03-04T00:00", "midnight tonight"),
        ("2026-03-06T17:00", "Friday at 5pm"),
        ("2026-03-09T17:00", "Monday at 5pm"),
        ("2026-03-02T16:00", "yesterday at 4pm"),
        ("2026-03-10T17:00", "Tuesday 10 March at 5pm"),
        ("2027-01-05T10:00", "Tuesday 5 January 2027 at 10am"),
    ])
    func saysTheDueTimeAsACustomerWould(iso: String, spoken: String) throws {
        #expect(try LocalDateTime.parseClock(iso).spoken(relativeTo: Self.clock) == spoken)
    }
}
