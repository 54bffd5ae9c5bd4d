import Testing
@testable import LastCallKit

@Suite struct ContactTimeTests {
    static let tuesday = LocalDateTime(year: 2026, month: 3, day: 3, hour: 10, minute: 15)!

    @Test(arguments: [
        ("promise", "promise"),
        ("ready", "ready"),
        ("promise + 1 hour", "promise + 1 hour"),
        ("ready-30 minutes", "ready - 30 minutes"),
        ("  promise - 2 working days ", "promise - 2 working days"),
        ("Wednesday 14:00", "2026-03-04T14:00"),
        ("2026-03-05 09:30", "2026-03-05T09:30"),
    ])
    func readsEveryForm(text: String, written: String) throws {
        #expect(try ContactTime.parse(text).description == written)
    }

    @Test(arguments: [
        ("promis", 0, "'promis' is neither 'promise', 'ready' nor a time", "did you mean 'promise'?"),
        ("promise 1 hour", 8, "expected '+' or '-' and a duration after 'promise'", "as in promise + 1 hour"),
        ("ready + 1 fortnight", 10, "unknown unit 'fortnight'", "units are minutes, hours, days, weeks, months, working days, working hours"),
        ("Wednesday 25:00", 10, "there is no hour 25 on a 24-hour clock", "or write promise, ready, promise + 1 hour, ready - 30 minutes"),
    ])
    func locatesWhatIsWrong(text: String, offset: Int, message: String, hint: String) {
        do {
            _ = try ContactTime.parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.offset == offset)
            #expect(error.message == message)
            #expect(error.hint == hint)
        }
    }

    @Test func resolvesFromThePromiseTheReadyTimeOrNow() throws {
        let promise = LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!
        let ready = LocalDateTime(year: 2026, month: 3, day: 4, hour: 14, minute: 0)!
        let hours = BusinessHours.standard
        func at(_ text: String, promise: LocalDateTime? = promise) throws -> String {
            try ContactTime.parse(text).resolve(promise: promise, ready: ready, now: Self.tuesday, hours: hours).iso
        }
        #expect(try at("promise") == "2026-03-03T16:00")
        #expect(try at("promise + 1 hour") == "2026-03-03T17:00")
        #expect(try at("ready - 30 minutes") == "2026-03-04T13:30")
        #expect(try at("promise + 1 working day") == "2026-03-04T17:00")
        #expect(try at("Friday 09:00") == "2026-03-06T09:00")
        // no promise made: the next contact starts now
        #expect(try at("promise + 2 hours", promise: nil) == "2026-03-03T12:15")
        #expect(try ContactTime.parse("ready").needsReady)
        #expect(try !ContactTime.parse("promise").needsReady)
    }
}
