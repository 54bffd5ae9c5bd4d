import Testing
@testable import LastCallKit

@Suite struct LocalDateTimeParsingTests {
    @Test(arguments: [
        ("2026-03-03T10:15", "2026-03-03T10:15"),
        ("2026-03-03 10:15", "2026-03-03T10:15"),
        ("  2026-03-03   9:05 ", "2026-03-03T09:05"),
        ("Tuesday 10:15", "2026-03-03T10:15"),
        ("monday 09:00", "2026-03-02T09:00"),
        ("Sun 23:59", "2026-03-08T23:59"),
        ("Thurs 14:00", "2026-03-05T14:00"),
    ])
    func readsEveryClockForm(text: String, iso: String) throws {
        #expect(try LocalDateTime.parseClock(text).iso == iso)
    }

    @Test func theReferenceWeekStartsOnMonday2March2026() {
        #expect(LocalDateTime.referenceMonday.iso == "2026-03-02T00:00")
        #expect(LocalDateTime.referenceMonday.weekday == .monday)
    }

    @Test(arguments: [
        ("", 0, "empty clock"),
        ("2026-13-03T10:15", 5, "there is no month 13"),
        ("2026-02-30T10:15", 8, "2026-02 has no day 30"),
        ("2026-03-03", 10, "expected 'T' or a space and a time after the date"),
        ("2026-03-03T25:00", 11, "there is no hour 25 on a 24-hour clock"),
        ("2026-03-03T10:75", 14, "there is no minute 75"),
        ("2026-03-03T10:15pm", 16, "unexpected 'pm' after the time"),
        ("Tusday 10:15", 0, "'Tusday' is neither a date nor a weekday"),
        ("Tuesday", 7, "expected a space and a time after 'Tuesday'"),
        ("Tuesday 10", 8, "expected a time as HH:MM"),
        ("26-03-03 10:15", 0, "expected a date as YYYY-MM-DD"),
    ])
    func saysWhatIsWrongAndWhere(text: String, offset: Int, message: String) {
        #expect(throws: TimeTextError(offset: offset, message: message, hint: Self.hint(for: text))) { try LocalDateTime.parseClock(text) }
    }

    static func hint(for text: String) -> String? {
        do { _ = try LocalDateTime.parseClock(text) } catch let error as TimeTextError { return error.hint } catch {}
        return nil
    }

    @Test func suggestsTheWeekdayMeant() {
        #expect(Self.hint(for: "Tusday 10:15") == "did you mean 'Tuesday'?")
    }

    @Test func readsATimeOfDay() throws {
        #expect(try LocalDateTime.parseTimeOfDay("09:30") == 570)
        #expect(throws: TimeTextError.self) { try LocalDateTime.parseTimeOfDay("9.30") }
    }
}
