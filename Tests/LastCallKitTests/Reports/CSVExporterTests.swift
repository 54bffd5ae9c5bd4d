import Testing
@testable import LastCallKit

@Suite struct CSVExporterTests {
    func team(_ records: [SessionRecord]) -> TeamReport {
        var builder = ReportBuilder(settings: .standard, library: ReportFixtures.library)
        for record in records { builder.add(SessionFacts(record)) }
        return builder.finish()
    }

    @Test func byTraineeMatchesTheExpectedText() {
        let text = CSVExporter.trainees(team([
            ReportFixtures.record(trainee: "ana", day: 1, score: 60, tallies: [(.apology, 1, 2), (.timeFrame, 0, 1)]),
            ReportFixtures.record(trainee: "ana", day: 2, score: 90, tallies: [(.apology, 2, 2)]),
            ReportFixtures.record(trainee: "Ben, \"B\"", day: 3, score: 100, tallies: [(.apology, 1, 1)]),
        ]))
        let expected = "trainee,sessions,passed,abandoned,average_score,latest_score,last_session,apology,apology_recent,"
            + "ownership,ownership_recent,time-frame,time-frame_recent,no-blame,no-blame_recent,name-and-number,name-and-number_recent,"
            + "promises_kept,promises_kept_recent,needs_retraining,retrain_on,retrain_below,suggested_scenarios\r\n"
            + "ana,2,1,0,75.0,90,2026-11-02T09:30:00Z,75,75,,,0,0,,,,,,,yes,time-frame,70,lost-parcel\r\n"
            + "\"Ben, \"\"B\"\"\",1,1,0,100.0,100,2026-11-03T09:30:00Z,100,100,,,,,,,,,,,no,,,\r\n"
        #expect(text == expected)
    }

    @Test func bySessionMatchesTheExpectedText() {
        let record = ReportFixtures.record(outcome: .abandoned, tallies: [(.apology, 1, 2)])
        var text = ""
        CSVExporter(by: .session).write(SessionList(records: [record], settings: .standard)) { text += $0 }
        #expect(text == "session_id,trainee,started_at,ended_at,duration_seconds,scenario,scenario_title,level,outcome,score,pass_mark,passed,apology,ownership,time-frame,no-blame,name-and-number,replies,promises_kept,promises_judged\r\n"
                + "\(record.id),ana,2026-11-01T09:30:00Z,2026-11-01T09:34:12Z,252,late-order,Late order,2,abandoned,80,70,yes,50,,,,,1,0,0\r\n")
    }

    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("-12", "-12"),
        ("-3.5", "-3.5"),
        ("12", "12"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\u{1B}[31mred", "\\u{1B}[31mred"),
        ("\rX", "\\u{D}X"),
        ("line\nbreak", "\"line\nbreak\""),
    ])
    func neutralisesCells(input: String, output: String) {
        #expect(CSVExporter.cell(input) == output)
    }

    @Test func hostileTraineeNamesComeOutInert() {
        let text = CSVExporter.trainees(team([ReportFixtures.record(trainee: "=cmd|' /C calc'!A0 <script>\u{1B}]0;x\u{7}")]))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{7}"))
        #expect(text.contains("\r\n'=cmd|"))
    }
}
