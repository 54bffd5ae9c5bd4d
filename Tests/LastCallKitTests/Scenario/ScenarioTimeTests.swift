import Testing
@testable import LastCallKit

@Suite struct ScenarioTimeTests {
    static let tuesday = LocalDateTime(year: 2026, month: 3, day: 3, hour: 10, minute: 15)!

    @Test(arguments: [
        ("Wednesday 14:00", "2026-03-04T14:00"),
        ("2026-03-04 14:00", "2026-03-04T14:00"),
        ("3 hours", "2026-03-03T13:15"),
        ("2 working days", "2026-03-05T17:00"),
        ("90 minutes", "2026-03-03T11:45"),
    ])
    func readsAMomentOrADurationFromTheClock(text: String, resolved: String) throws {
        #expect(try ScenarioTime.parse(text).resolve(from: Self.tuesday, hours: .standard).iso == resolved)
    }

    @Test(arguments: [
        ("Wendesday 14:00", "'Wendesday' is neither a date nor a weekday"),
        ("2026-13-01 10:00", "there is no month 13"),
        ("3 fortnights", "unknown unit 'fortnights'"),
    ])
    func reportsTheErrorOfTheFormTheTextLooksLike(text: String, message: String) {
        #expect(throws: TimeTextError.self) { try ScenarioTime.parse(text) }
        do { _ = try ScenarioTime.parse(text) } catch { #expect(error.message == message) }
    }
}
