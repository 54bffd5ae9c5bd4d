/// CSV export (RFC 4180, UTF-8, CRLF line ends): one row per trainee or one
/// row per session. Every cell is made safe to open in a spreadsheet: text
/// that a spreadsheet would run as a formula gets a leading `'`, and control
/// characters are shown as `\u{..}` escapes.
public struct CSVExporter: ReportExporter {
    /// One row per trainee or per session.
    public var grouping: ExportGrouping

    /// Creates the exporter for `grouping`.
    public init(by grouping: ExportGrouping) {
        self.grouping = grouping
    }

    public var identifier: String { "csv" }

    /// By session the rows stream; by trainee they come from the team report.
    public var isStreaming: Bool { grouping == .session }

    public func write<Source: ExportSource>(_ source: Source, to output: (String) -> Void) {
        switch grouping {
        case .trainee:
            output(Self.trainees(source.teamReport()))
        case .session:
            let settings = source.settings
            output(Self.sessionHeader(settings))
            source.forEachSession { output(Self.sessionRow($0, settings: settings)) }
        }
    }

    /// The header of the by-trainee table: per criterion its rate over all
    /// sessions (`apology`) and over the retraining window (`apology_recent`),
    /// the same for promises kept; `retrain_on` lists what needs retraining
    /// furthest below the threshold first, `retrain_below` the points below
    /// for each, in the same order.
    public static func traineeHeader(_ settings: ReportSettings) -> String {
        row(["trainee", "sessions", "passed", "abandoned", "average_score", "latest_score", "last_session"]
            + settings.criteria.flatMap { [$0.id.rawValue, $0.id.rawValue + "_recent"] }
            + ["promises_kept", "promises_kept_recent", "needs_retraining", "retrain_on", "retrain_below", "suggested_scenarios"])
    }

    /// One trainee's row; the average and latest score are blank when every
    /// session was left before any reply.
    public static func traineeRow(_ trainee: TraineeReport) -> String {
        let hasScore = trainee.scoredSessions > 0
        let retraining = trainee.retraining
        var cells: [String] = [trainee.trainee, String(trainee.sessions), String(trainee.passed), String(trainee.abandoned),
                               hasScore ? trainee.averageScoreText : "", hasScore ? String(trainee.latestScore) : "",
                               trainee.lastSession]
        for rate in trainee.criteria {
            cells.append(rate.percent.map(String.init) ?? "")
            cells.append(rate.recentPercent.map(String.init) ?? "")
        }
        cells.append(trainee.promises.percent.map(String.init) ?? "")
        cells.append(trainee.promises.recentPercent.map(String.init) ?? "")
        cells.append(trainee.needsRetraining ? "yes" : "no")
        cells.append(retraining.map(\.id).joined(separator: ";"))
        cells.append(retraining.map { String($0.below) }.joined(separator: ";"))
        cells.append(trainee.needsRetraining ? trainee.suggestions.map(\.id).joined(separator: ";") : "")
        return row(cells)
    }

    /// The whole by-trainee table, header first, in the team report's order.
    public static func trainees(_ report: TeamReport) -> String {
        var text = traineeHeader(report.settings)
        for trainee in report.trainees { text += traineeRow(trainee) }
        return text
    }

    /// The header of the by-session table.
    public static func sessionHeader(_ settings: ReportSettings) -> String {
        row(["session_id", "trainee", "started_at", "ended_at", "duration_seconds", "scenario", "scenario_title",
             "level", "outcome", "score", "pass_mark", "passed"] + settings.criteria.map(\.id.rawValue)
            + ["replies", "promises_kept", "promises_judged"])
    }

    /// One session's row; a criterion cell is the percent met in that
    /// session, blank when the session did not expect it; `replies` is
    /// blank when not known (read back from an older statement).
    public static func sessionRow(_ session: SessionFacts, settings: ReportSettings) -> String {
        row([session.id, session.trainee, session.startedAt, session.endedAt, String(session.durationSeconds),
             session.scenario, session.scenarioTitle, String(session.level), session.outcome.rawValue,
             String(session.score), String(session.passMark), session.passed ? "yes" : "no"]
            + settings.criteria.map { criterion in
                session.tally(criterion.id).flatMap { CriterionRate.percent($0.met, of: $0.expected) }.map(String.init) ?? ""
            }
            + [session.replies.map(String.init) ?? "", String(session.promises.kept), String(session.promises.judged)])
    }

    /// `cells` as one CSV record with its CRLF.
    public static func row(_ cells: [String]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line += "," }
            line += self.cell(cell)
        }
        return line + "\r\n"
    }

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ text: String) -> String {
        var value = TerminalText.inert(text)
        if let first = value.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                          0x09, 0x0D].contains(first), !isPlainNumber(value) {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D })
        else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }

    /// Whether `text` is a plain decimal number (`-12`, `3.5`), which a
    /// spreadsheet reads as a number and never as a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        var digits = 0, dots = 0
        for byte in bytes {
            if byte >= 0x30, byte <= 0x39 { digits += 1 } else if byte == UInt8(ascii: ".") { dots += 1 } else { return false }
        }
        return digits > 0 && dots <= 1 && bytes.first != UInt8(ascii: ".") && bytes.last != UInt8(ascii: ".")
    }
}
