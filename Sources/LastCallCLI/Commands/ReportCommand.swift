import LastCallKit

/// `lastcall report`: the team, one row per trainee, those who most need
/// help first.
enum ReportCommand {
    static let entry = CommandRunner.Entry(
        name: "report",
        summary: "the team's progress: one row per trainee, who needs retraining on what",
        usage: """
        lastcall report [--since DATE] [--until DATE] [--last N] [--progress DIR] [--scenarios DIR] [--rubric FILE]
          One row per trainee: sessions, pass rate, average and latest score, each
          criterion's rate (percent met; '-' if never expected) and what to retrain.
          Sorted so those who most need help come first: most criteria to retrain,
          then lowest pass rate, then lowest average score, then name.
        \(ReportCommands.commonUsage)

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(options: ReportCommands.commonOptions).scan(arguments)
        guard parsed.positionals.isEmpty else { throw UsageError("report takes no arguments, only options") }
        let sources = try ReportCommands.sources(parsed, context)
        let (team, _, _) = ReportCommands.team(sources, context)
        guard !team.trainees.isEmpty else {
            context.console.line(ReportCommands.emptyNote(sources, context))
            return ExitCode.success
        }
        context.console.write(render(team, style: Style(isEnabled: context.console.usesColor)))
        return ExitCode.success
    }

    /// The team table as terminal text.
    static func render(_ team: TeamReport, style: Style) -> String {
        var text = style.bold("Team progress") + ": \(team.trainees.count) trainee\(team.trainees.count == 1 ? "" : "s"), "
            + "\(team.sessions) session\(team.sessions == 1 ? "" : "s")"
        if let filter = team.filter.summary { text += " (\(filter))" }
        text += "\n" + style.dim("retraining: below \(team.settings.retrainThreshold)% over the last "
                                 + "\(team.settings.retrainWindow) sessions that expected a criterion") + "\n\n"
        let header = ["TRAINEE", "SESSIONS", "PASS", "AVG", "LATEST", "LAST"] + team.settings.criteria.map { $0.id.rawValue.uppercased() } + ["RETRAIN ON"]
        var rows: [[(plain: String, styled: String)]] = []
        for trainee in team.trainees {
            let name = ReportCommands.clip(TerminalText.cell(trainee.trainee), 28)
            var row: [(String, String)] = [
                (name, name), (String(trainee.sessions), String(trainee.sessions)),
                ("\(Int((trainee.passRate * 100).rounded()))%", "\(Int((trainee.passRate * 100).rounded()))%"),
                (trainee.averageScoreText, trainee.averageScoreText),
                (String(trainee.latestScore), String(trainee.latestScore)),
                (trainee.lastSessionDate, trainee.lastSessionDate),
            ]
            for rate in trainee.criteria {
                let cell = rate.percent.map { "\($0)%" } ?? "-"
                row.append((cell, rate.needsRetraining ? style.bad(cell) : cell))
            }
            let retrain = trainee.retrainOn.map(\.criterion.id.rawValue).joined(separator: ", ")
            row.append((retrain, style.bad(retrain)))
            rows.append(row.map { (plain: $0.0, styled: $0.1) })
        }
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.plain.count) } }
        let numeric = Set(1..<(header.count - 1)).subtracting([5])
        func line(_ cells: [(plain: String, styled: String)]) -> String {
            cells.enumerated().map { index, cell in
                let gap = String(repeating: " ", count: max(0, widths[index] - cell.plain.count))
                if index == cells.count - 1 { return cell.styled }
                return numeric.contains(index) ? gap + cell.styled : cell.styled + gap
            }.joined(separator: "  ")
        }
        text += style.bold(line(header.map { ($0, $0) })) + "\n"
        for row in rows { text += line(row) + "\n" }
        let disputes = team.disputes
        if !disputes.isEmpty {
            text += "\n" + style.bold("Where trainees dispute the scorer most: ")
                + disputes.map { "\(TerminalText.inert($0.criterion)) \($0.flags)" }.joined(separator: ", ")
                + style.dim("  ('lastcall review' walks them)") + "\n"
        }
        let needing = team.trainees.filter(\.needsRetraining).count
        text += "\n" + (needing == 0 ? style.good("Nobody needs retraining.")
                        : "\(needing) trainee\(needing == 1 ? " needs" : "s need") retraining; 'lastcall progress TRAINEE' shows what to assign.") + "\n"
        return text
    }
}
