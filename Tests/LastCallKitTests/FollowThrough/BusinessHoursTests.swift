import Testing
@testable import LastCallKit

@Suite struct BusinessHoursTests {
    let hours = BusinessHours.standard
    func at(_ text: String) -> LocalDateTime { try! LocalDateTime.parseClock(text) }

    @Test func workingDaysSkipTheWeekendAndEndAtCloseOfBusiness() {
        #expect(hours.workingDays(0, after: at("2026-03-03T10:15")).iso == "2026-03-03T17:00")
        #expect(hours.workingDays(2, after: at("2026-03-03T10:15")).iso == "2026-03-05T17:00")
        #expect(hours.workingDays(1, after: at("2026-03-06T15:30")).iso == "2026-03-09T17:00")
        #expect(hours.workingDays(2, after: at("2026-03-07T11:00")).iso == "2026-03-10T17:00")
        #expect(hours.workingDays(10, after: at("2026-03-04T17:45")).iso == "2026-03-18T17:00")
        #expect(hours.workingDays(11, after: at("2026-03-06T09:00")).iso == "2026-03-23T17:00")
    }

    @Test func workingMinutesRunOnlyInsideBusinessHours() {
        #expect(hours.workingMinutes(120, after: at("2026-03-03T10:15")).iso == "2026-03-03T12:15")
        #expect(hours.workingMinutes(120, after: at("2026-03-06T16:00")).iso == "2026-03-09T10:00")
        #expect(hours.workingMinutes(60, after: at("2026-03-04T07:00")).iso == "2026-03-04T10:00")
        #expect(hours.workingMinutes(8 * 60 * 5 + 30, after: at("2026-03-02T09:00")).iso == "2026-03-09T09:30")
    }

    @Test func theEndOfTheWeekIsTheLastWorkingDayStillAhead() {
        #expect(hours.endOfWeek(from: at("2026-03-03T10:15")).iso == "2026-03-06T17:00")
        #expect(hours.endOfWeek(from: at("2026-03-06T18:00")).iso == "2026-03-06T17:00")
        #expect(hours.endOfWeek(from: at("2026-03-07T11:00")).iso == "2026-03-13T17:00")
        #expect(hours.endOfWeek(from: at("2026-03-03T10:15"), weeksAhead: 1).iso == "2026-03-13T17:00")
    }

    @Test func theEndOfTheMonthIsItsLastWorkingDay() {
        #expect(hours.endOfMonth(from: at("2026-03-02T08:30")).iso == "2026-03-31T17:00")
        #expect(hours.endOfMonth(from: at("2026-05-02T08:30")).iso == "2026-05-29T17:00")
        #expect(hours.endOfMonth(from: at("2026-03-02T08:30"), monthsAhead: 1).iso == "2026-04-30T17:00")
    }

    @Test func readsAWindowAndWorkingDays() throws {
        #expect(try BusinessHours.parseWindow("08:30-18:00") == (510, 1080))
        #expect(try BusinessHours.parseWindow(" 9:00 - 17:30 ") == (540, 1050))
        #expect(try BusinessHours.parseWorkingDays("Monday-Friday") == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(try BusinessHours.parseWorkingDays("Sunday-Thursday") == [.sunday, .monday, .tuesday, .wednesday, .thursday])
        #expect(try BusinessHours.parseWorkingDays("Monday, Wednesday, Fri") == [.monday, .wednesday, .friday])
        #expect(BusinessHours(start: 0, end: 60, workingDays: [.friday, .monday, .friday]).workingDays == [.monday, .friday])
    }

    @Test(arguments: [
        ("17:00-09:00", 0, "business ends before it starts"),
        ("09:00 17:00", 6, "expected '-' between the start and end of business"),
        ("9-17", 0, "expected a time as HH:MM"),
    ])
    func saysWhatIsWrongWithAWindow(text: String, offset: Int, message: String) {
        do {
            _ = try BusinessHours.parseWindow(text)
            Issue.record("\(text) was read")
        } catch let error as TimeTextError {
            #expect(error.offset == offset)
            #expect(error.message == message)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func suggestsTheWorkingDayMeant() {
        do {
            _ = try BusinessHours.parseWorkingDays("Monday-Fryday")
            Issue.record("read")
        } catch let error as TimeTextError {
            #expect(error == TimeTextError(offset: 7, message: "'Fryday' is not a weekday", hint: "did you mean 'Friday'?"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
