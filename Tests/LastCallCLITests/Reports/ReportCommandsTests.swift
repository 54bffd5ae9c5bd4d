import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

@Suite struct ReportCommandsTests {
    @Test func reportListsTheTeamNeediestFirst() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line(score: 90)])
        try box.write("ben.jsonl", [ReportLines.line(trainee: "ben", score: 30, tallies: [(.apology, 0, 2)])])
        #expect(box.run(["report"]) == 0)
        let lines = box.console.output.split(separator: "\n").map(String.init)
        let ben = try #require(lines.firstIndex { $0.hasPrefix("ben") })
        let ana = try #require(lines.firstIndex { $0.hasPrefix("ana") })
        #expect(ben < ana)
        #expect(lines[ben].hasSuffix("apology"))
        #expect(!box.console.output.contains("\u{1B}"))
    }

    @Test func reportCountsWhereTraineesDisputeTheScorer() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let flagged = ReportLines.line().replacingOccurrences(
            of: #""flags":[]"#, with: #""flags":[{"turn":1,"criterion":"apology","note":"x"},{"turn":2,"criterion":null}]"#)
        try box.write("ana.jsonl", [flagged, ReportLines.line(day: 2)])
        #expect(box.run(["report"]) == 0)
        #expect(box.console.output.contains("Where trainees dispute the scorer most: apology 1, whole verdict 1"))
        let unflagged = try ReportSandbox()
        defer { unflagged.cleanUp() }
        try unflagged.write("ana.jsonl", [ReportLines.line()])
        #expect(unflagged.run(["report"]) == 0)
        #expect(!unflagged.console.output.contains("dispute the scorer"))
    }

    @Test func badLinesAreReportedWithFileAndLineAndSkipped() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let good = ReportLines.line()
        let lines = [good, "", String(good.prefix(100)), "not json", #"{"version":1}"#, ReportLines.line(day: 2)]
        try box.write("ana.jsonl", lines)
        let before = try Data(contentsOf: box.progress.appendingPathComponent("ana.jsonl"))
        #expect(box.run(["export", "--format", "csv"]) == 0)
        let path = box.progress.path + "/ana.jsonl"
        #expect(box.console.errors.contains("\(path):3: warning: skipped: the line ends in the middle of the JSON"))
        #expect(box.console.errors.contains("\(path):4: warning: skipped: not a session record: the line is not a JSON object"))
        #expect(box.console.errors.contains("\(path):5: warning: skipped: missing field 'outcome'"))
        #expect(!box.console.errors.contains(":2:"))
        #expect(box.console.output.contains("\r\nana,2,2,"))
        #expect(try Data(contentsOf: box.progress.appendingPathComponent("ana.jsonl")) == before)
    }

    @Test func missingFolderFailsWithWhereItLookedAndHowToSetIt() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        #expect(box.run(["report", "--progress", "nowhere"]) == 66)
        #expect(box.console.errors.contains("no progress folder at \(box.root.path)/nowhere (from --progress)"))
        #expect(box.console.errors.contains("LASTCALL_PROGRESS"))
    }

    @Test func emptyFolderIsAnEmptyReport() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        #expect(box.run(["report"]) == 0)
        #expect(box.console.output.contains("No sessions yet"))
        #expect(box.run(["export", "--format", "csv"]) == 0)
        #expect(box.console.output.hasSuffix("suggested_scenarios\r\n"))
    }

    @Test func theTraineeComesFromTheRecordNotTheFileName() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("wé ird; rm -rf $HOME \u{1B}[2J.jsonl", [ReportLines.line(trainee: "carla")])
        #expect(box.run(["export", "--format", "csv"]) == 0)
        #expect(box.console.output.contains("\r\ncarla,1,1,"))
    }

    @Test func progressShowsSessionsBarsTrendTipAndNextScenarios() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", (1...6).map { ReportLines.line(scenario: "s\($0 % 2)", day: $0, score: 40 + $0 * 5, tallies: [(.apology, $0 % 2, 1), (.timeFrame, 0, 1)]) })
        #expect(box.run(["progress", "ana"]) == 0)
        let out = box.console.output
        #expect(out.contains("Progress: ana"))
        #expect(out.contains("2026-11-06  Late order"))
        #expect(out.contains("░"))
        #expect(out.contains("▄▄▅▅▆▆  45 → 70"))
        #expect(out.contains("Practise next\n  s1  Late order"))
        #expect(out.contains("Weakest: Time frame (0% met)"))
        #expect(out.contains("tip: Give a concrete time"))
        #expect(box.run(["progress", "anna"]) == 1)
        #expect(box.console.errors.contains("did you mean 'ana'?"))
    }

    /// The trainee's page on a narrow terminal: every line fits, down to
    /// 40 columns, and each session, criterion and suggestion is still there.
    @Test(arguments: [40, 45, 52, 53, 60, 79, 80, 100])
    func progressFitsTheTerminalDownToFortyColumns(width: Int) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", (1...6).map {
            ReportLines.line(scenario: "s\($0 % 2)", title: "A very long scenario title about a late standing desk order, third call",
                             day: $0, score: 40 + $0 * 5, tallies: [(.apology, $0 % 2, 1), (.timeFrame, 0, 1)])
        })
        box.console.width = width
        #expect(box.run(["progress", "ana"]) == 0)
        let output = box.console.output
        let over = output.split(separator: "\n").filter { $0.count > width }
        #expect(over.isEmpty, "\(over.joined(separator: "\n"))")
        for day in 1...6 { #expect(output.contains("2026-11-0\(day)"), "\(output)") }
        #expect(output.contains("Time frame") && output.contains("Apology") && output.contains("retrain ("), "\(output)")
        #expect(output.contains("  s1 "), "\(output)")
    }

    @Test func hostileNamesAndRepliesAreInertOnTheTerminal() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let name = "evil\u{1B}]0;pwned\u{7}\u{1B}[2J"
        try box.write("x.jsonl", [ReportLines.line(trainee: name, title: "<script>\u{1B}[31m")])
        #expect(box.run(["report"]) == 0)
        #expect(box.run(["progress", name]) == 0)
        #expect(!box.console.output.contains("\u{1B}"))
        #expect(!box.console.output.contains("\u{7}"))
    }

    @Test(arguments: ["csv", "json", "xapi", "html"])
    func exportsWriteFilesAtomically(format: String) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [ReportLines.line(), ReportLines.line(day: 2, reply: "=cmd|' /C calc'!A0 <script>\u{1B}[2J")])
        let target = box.root.appendingPathComponent("out.\(format)")
        try Data("old".utf8).write(to: target)
        #expect(box.run(["export", "--format", format, "--output", "out.\(format)", "--turns"].filter { format == "xapi" || $0 != "--turns" }) == 0)
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text != "old")
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("<script>"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: box.root.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        if format == "json" || format == "xapi" { _ = try JSONParser.parse(text) }
    }

    @Test func exportBySessionAndFilters() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", (1...5).map { ReportLines.line(day: $0, score: $0 * 10) })
        #expect(box.run(["export", "--format", "csv", "--by", "session", "--since", "2026-11-02", "--last", "2"]) == 0)
        let rows = box.console.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[1].contains(",40,70,no,") && rows[2].contains(",50,70,no,"))
    }

    @Test(arguments: [
        (["export"], "export needs --format"),
        (["export", "--format", "pdf"], "unknown format 'pdf'"),
        (["export", "--format", "xapi", "--by", "trainee"], "one per session"),
        (["export", "--format", "csv", "--turns"], "--turns is for --format xapi"),
        (["report", "--since", "2026-02-30"], "--since needs a date"),
        (["report", "--last", "0"], "--last needs a whole number"),
        (["progress"], "progress needs the trainee's name"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        #expect(box.run(arguments) == 64)
        #expect(box.console.errors.contains(message))
    }
}
