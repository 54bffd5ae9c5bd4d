import Foundation
import Testing
import LastCallKit
@testable import LastCallCLI

/// What a manager reads: labelled all-time and recent rates, the retraining
/// list by points below, promises kept, sessions left before any reply,
/// each trainee's missed replies, and the xAPI activity-base warning.
@Suite struct ManagerReportTests {
    /// A progress line with `turns`, and `promises` (JSON text) when given.
    static func line(trainee: String = "ana", day: Int = 1, score: Int = 60, outcome: SessionOutcome = .resolved,
                     tallies: [(CriterionID, Int, Int)] = [(.apology, 1, 1)], turns: [Turn], promises: String? = nil) -> String {
        let startedAt = "2026-11-0\(day)T09:30:00Z"
        let record = SessionRecord(
            id: SessionRecord.makeID(trainee: trainee, scenario: "late-order", startedAt: startedAt, seed: 3),
            trainee: trainee, scenario: "late-order", scenarioTitle: "Late order", level: 2, scenarioHash: "h", seed: 3,
            startedAt: startedAt, endedAt: "2026-11-0\(day)T09:34:12Z", durationSeconds: 252, outcome: outcome, endReason: nil,
            score: score, passMark: 70, passed: score >= 70 && outcome == .resolved, moodStart: 40, moodEnd: 60, path: ["open"],
            criteria: tallies.map { CriterionTally(criterion: $0.0, met: $0.1, expected: $0.2) }, turns: turns,
            best: nil, weakest: nil, tips: [])
        let text = record.jsonValue.jsonText
        guard let promises else { return text }
        return text.replacingOccurrences(of: #""path":["open"]"#, with: #""path":["open"],"promises":"# + promises)
    }

    /// Three promises: one kept, one broken, one not judged.
    static let promises = #"[{"turn":1,"contact":1,"words":"by 4pm","due":"2026-11-01T16:00","kept":true},"#
        + #"{"turn":1,"contact":1,"words":"tomorrow","due":"2026-11-02T17:00","kept":false},"#
        + #"{"turn":1,"contact":1,"words":"soon","due":"2026-11-01T10:00","kept":null}]"#

    static let blamed = Turn(step: "open", customer: "Where is it?", reply: "The courier lost it \u{1B}[31m<b>", met: [],
                             missed: [.apology, .noBlame], evidence: [.noBlame: ["The courier lost it"]], mood: 30)
    static let clean = Turn(step: "open", customer: "Where is it?", reply: "I'm sorry, I'll sort it.", met: [.apology],
                            missed: [], mood: 60)

    @Test func progressRepliesListsTheMissedRepliesWithTheReason() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [Self.line(turns: [Self.blamed, Self.clean]), Self.line(day: 2, turns: [Self.clean])])
        try box.write("ben.jsonl", [Self.line(trainee: "ben", turns: [Self.blamed])])
        #expect(box.run(["progress", "ana", "--replies"]) == 0)
        let out = box.console.output
        #expect(out.hasPrefix("Missed replies: ana\n"))
        #expect(out.contains("Apology: missed in 1 reply\n  2026-11-01  Late order, turn 1\n"))
        #expect(out.contains("No blame: missed in 1 reply\n"))
        #expect(out.contains("\u{201C}The courier lost it \\u{1B}[31m<b>\u{201D}\n    blamed or ducked: \u{201C}The courier lost it\u{201D}\n"))
        #expect(!out.contains("\u{1B}"))
        #expect(!out.contains("Progress:"))
    }

    @Test func progressRepliesSaysSoWhenNothingWasMissed() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [Self.line(turns: [Self.clean])])
        #expect(box.run(["progress", "ana", "--replies"]) == 0)
        #expect(box.console.output.contains("No reply missed a criterion in the sessions counted."))
        #expect(box.run(["progress", "ana", "--replies", "--from-lrs", "http://127.0.0.1:9/xAPI"]) == 64)
        #expect(box.console.errors.contains("--replies needs the progress files: the LRS statements hold no replies"))
    }

    @Test func progressCountsASessionLeftBeforeAnyReplyAsAbandonedAndUnscored() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [Self.line(score: 80, turns: [Self.clean]),
                                    Self.line(day: 2, score: 0, outcome: .abandoned, tallies: [], turns: [])])
        #expect(box.run(["progress", "ana"]) == 0)
        let out = box.console.output
        // The line wraps to the terminal's width: compare its words.
        #expect(out.replacingOccurrences(of: "\n", with: " ")
            .contains("2 sessions, 1 passed (50%), 1 abandoned (1 before any reply, not scored), average 80.0, latest 80, level 3"))
        #expect(out.contains("abandoned    -\n"))
        #expect(box.run(["export", "--format", "csv"]) == 0)
        #expect(box.console.output.contains("\r\nana,2,1,1,80.0,80,2026-11-02T09:30:00Z,"))
    }

    @Test func reportLabelsBothRatesAndListsRetrainingFurthestBelowFirst() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        // ana misses two criteria a little; ben misses one by far.
        try box.write("ana.jsonl", [Self.line(tallies: [(.apology, 1, 2), (.timeFrame, 1, 2)], turns: [Self.clean],
                                              promises: Self.promises)])
        try box.write("ben.jsonl", [Self.line(trainee: "ben", tallies: [(.apology, 0, 2)], turns: [Self.blamed])])
        #expect(box.run(["report"]) == 0)
        let lines = box.console.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("each rate ALL/LAST5: percent met in all sessions / in the last 5 that expected it ('-': never)"))
        // At 100 columns the criteria go to a table of their own, each cell both rates.
        let headers = lines.filter { $0.hasPrefix("TRAINEE") }
        #expect(headers.count == 2)
        #expect(headers.first == "TRAINEE  SESSIONS  ABANDONED  PASS   AVG  LATEST  LAST        RETRAIN ON")
        #expect(headers.last == "TRAINEE  APOLOGY  OWNERSHIP  TIME-FRAME  NO-BLAME  NAME-AND-NUMBER  PROMISES-KEPT")
        #expect(lines.contains("ana        50/50        -/-       50/50       -/-              -/-          50/50"))
        #expect(lines.contains("ben         0/0         -/-        -/-        -/-              -/-           -/-"))
        #expect(lines.allSatisfy { $0.count <= 100 })
        let list = try #require(lines.firstIndex { $0.hasPrefix("Who needs retraining") })
        #expect(lines[list + 1] == "  ben: apology 0% (70 below)")
        #expect(lines[list + 2] == "  ana: apology 50% (20 below), time-frame 50% (20 below), promises-kept 50% (20 below)")
        // The table still puts the trainee with most to retrain first.
        let ana = try #require(lines.firstIndex { $0.hasPrefix("ana") })
        let ben = try #require(lines.firstIndex { $0.hasPrefix("ben") })
        #expect(ana < ben)

        #expect(box.run(["export", "--format", "csv"]) == 0)
        #expect(box.console.output.contains(",50,50,yes,apology;time-frame;promises-kept,20;20;20,"))
        #expect(box.run(["export", "--format", "json"]) == 0)
        let json = try JSONParser.parse(String(box.console.output.drop { $0 != "{" }))
        guard case .array(let trainees)? = json["trainees"] else { Issue.record("no trainees"); return }
        let anaValue = trainees.first { $0["trainee"] == .string("ana") }
        #expect(anaValue?["promises_kept"]?["percent"] == .int(50))
        #expect(anaValue?["criteria"]?["apology"]?["recent_percent"] == .int(50))
        guard case .array(let list)? = json["retraining_list"] else { Issue.record("no retraining list"); return }
        #expect(list.map { $0["trainee"] } == [.string("ben"), .string("ana")])
    }

    @Test func reportTableFitsTheTerminalWidth() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [Self.line(tallies: [(.apology, 1, 2), (.timeFrame, 1, 2)], turns: [Self.clean],
                                              promises: Self.promises)])
        try box.write("eve.jsonl", [Self.line(trainee: "ev\u{1B}", tallies: [(.apology, 2, 2)], turns: [Self.clean])])
        // Wide enough: one table, the criteria beside the summary.
        box.console.width = 200
        #expect(box.run(["report"]) == 0)
        var lines = box.console.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("TRAINEE") } == [
            "TRAINEE   SESSIONS  ABANDONED  PASS   AVG  LATEST  LAST        APOLOGY  OWNERSHIP  TIME-FRAME  NO-BLAME  "
                + "NAME-AND-NUMBER  PROMISES-KEPT  RETRAIN ON",
        ])
        #expect(lines.contains { $0.hasPrefix("ev\\u{1B}  ") && $0.contains("  100/100  ") })
        // Narrower: the criteria wrap to as many tables as it takes, each
        // led by the names (and narrower still the summary is stacked: see
        // everyLineOfTheReportFitsDownToFortyColumns).
        for width in [80] {
            box.console.output = ""
            box.console.width = width
            #expect(box.run(["report"]) == 0)
            lines = box.console.output.split(separator: "\n").map(String.init)
            let headers = lines.filter { $0.hasPrefix("TRAINEE") }
            #expect(headers.count == 3, "\(box.console.output)")
            let tables = lines.drop { !$0.hasPrefix("TRAINEE") }.prefix { !$0.hasPrefix("Who needs") }
            // The criteria tables always fit; the summary does at 80 columns,
            // what to retrain wrapped after a comma.
            let criteria = tables.drop { !($0.hasPrefix("TRAINEE") && $0.contains("APOLOGY")) }
            #expect(!criteria.isEmpty && criteria.allSatisfy { $0.count <= width })
            if width == 80 {
                #expect(lines.prefix { !$0.hasPrefix("Who needs") }.allSatisfy { $0.count <= width }, "\(box.console.output)")
                let ana = try #require(lines.firstIndex { $0.hasPrefix("ana ") })
                #expect(lines[ana].hasSuffix("  2026-11-01  apology,"))
                #expect(lines[ana + 1].hasPrefix("     ") && lines[ana + 1].hasSuffix("  time-frame,"))
                #expect(lines[ana + 2].hasPrefix("     ") && lines[ana + 2].hasSuffix("  promises-kept"))
            }
            for criterion in ["APOLOGY", "NO-BLAME", "PROMISES-KEPT"] {
                #expect(headers.filter { $0.contains(criterion) }.count == 1)
            }
            #expect(!box.console.output.contains("\u{1B}"))
        }
    }

    /// A long name, a retraining list and a dispute: at every width from
    /// 40 columns each line fits, and nothing is lost on the way: each
    /// trainee, their figures, every rate and what to retrain.
    @Test(arguments: [40, 41, 45, 52, 60, 66, 70, 79, 80, 100, 200])
    func everyLineOfTheReportFitsDownToFortyColumns(width: Int) throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        let long = "alexandra-long-name-trainee"
        try box.write("ana.jsonl", [Self.line(tallies: [(.apology, 1, 2), (.timeFrame, 1, 2)], turns: [Self.clean],
                                              promises: Self.promises)])
        try box.write("\(long).jsonl", [Self.line(trainee: long, score: 20, tallies: [(.apology, 0, 2), (.ownership, 0, 1)],
                                                  turns: [Self.blamed])])
        box.console.width = width
        #expect(box.run(["report"]) == 0)
        let output = box.console.output
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= width }, "\(output)")
        // The same facts, however laid out: compare the words, not the columns.
        let words = Set(output.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," }).map(String.init))
        for fact in ["ana", long, "2026-11-01", "60.0", "20.0", "apology", "time-frame", "ownership", "promises-kept",
                     "50/50", "0/0", "-/-", "(20", "(70", "below)"] {
            #expect(words.contains(fact) || words.contains(fact.uppercased()), "\(fact) at \(width): \(output)")
        }
        let cells = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { cell in
            let halves = cell.split(separator: "/", omittingEmptySubsequences: false)
            return halves.count == 2 && halves.allSatisfy { $0 == "-" || Int($0) != nil }
        }
        #expect(cells.count == 2 * 6, "each trainee's six rates, once: \(output)")
        #expect(output.contains("2 trainees need retraining;") || output.contains("2 trainees need\nretraining;"), "\(output)")
    }

    @Test func theHTMLPageLinksEachTraineeToTheirMissedReplies() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [Self.line(turns: [Self.blamed])])
        #expect(box.run(["export", "--format", "html"]) == 0)
        let html = box.console.output
        #expect(html.contains("<tr><td><a href=\"#trainee-1\">ana</a></td>"))
        #expect(html.contains("<section id=\"trainee-1\">"))
        #expect(html.contains("<blockquote>The courier lost it \\u{1B}[31m&lt;b&gt;</blockquote>"))
        #expect(html.contains("blamed or ducked: \u{201C}The courier lost it\u{201D}"))
    }

    @Test func anXAPIExportOnTheExampleBaseWarnsOnceAndSaysHowToSetIt() throws {
        let box = try ReportSandbox()
        defer { box.cleanUp() }
        try box.write("ana.jsonl", [Self.line(turns: [Self.clean])])
        #expect(box.run(["export", "--format", "xapi"]) == 0)
        let warnings = box.console.errors.split(separator: "\n").filter { $0.contains("example activity base") }
        #expect(warnings == ["lastcall: warning: the statements use the example activity base https://lastcall.example.org; "
                             + "set --activity-base IRI or LASTCALL_ACTIVITY_BASE to an address your organisation owns"])
        for (arguments, environment) in [(["--activity-base", "https://training.example.com/lc"], [:]),
                                         ([], ["LASTCALL_ACTIVITY_BASE": "https://training.example.com/lc"])] {
            let quiet = try ReportSandbox()
            defer { quiet.cleanUp() }
            try quiet.write("ana.jsonl", [Self.line(turns: [Self.clean])])
            #expect(quiet.run(["export", "--format", "xapi"] + arguments, environment: environment) == 0)
            #expect(!quiet.console.errors.contains("example activity base"))
            #expect(quiet.console.output.contains("https://training.example.com/lc/extensions/promise-counts"))
        }
    }

}
