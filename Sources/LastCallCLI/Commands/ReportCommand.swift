import LastCallKit

/// `lastcall report`: the team, one row per trainee, those who most need
/// help first.
enum ReportCommand {
    static let entry = CommandRunner.Entry(
        name: "report",
        summary: "the team's progress: one row per trainee, who needs retraining on what",
        usage: """
        lastcall report [--since DATE] [--until DATE] [--last N] [--progress DIR] [--scenarios DIR] [--rubric FILE]
          One row per trainee: sessions, abandoned, pass rate, average and latest
          score (sessions left before any reply are not scored), each criterion's
          rate over all sessions and over the last N that expected it (percent
          met; '-' if never expected), promises kept likewise, and what to
          retrain. Sorted so those who most need help come first: most things to
          retrain, then lowest pass rate, then lowest average score, then name.
          Then who needs retraining, furthest below the threshold first, by how much.
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
        let window = team.settings.retrainWindow
        text += "\n" + style.dim("retraining: below \(team.settings.retrainThreshold)% over the last "
                                 + "\(window) sessions that expected a criterion, or below \(team.settings.promisesThreshold)% "
                                 + "of promises kept over the last \(window) that judged one") + "\n"
        text += style.dim("each rate twice: ALL over every session counted, LAST\(window) over the retraining window") + "\n\n"
        var header = ["TRAINEE", "SESSIONS", "ABANDONED", "PASS", "AVG", "LATEST", "LAST"]
        for name in team.settings.criteria.map({ $0.id.rawValue.uppercased() }) + ["PROMISES-KEPT"] {
            header += ["\(name) ALL", "LAST\(window)"]
        }
        header.append("RETRAIN ON")
        var rows: [[(plain: String, styled: String)]] = []
        for trainee in team.trainees {
            let name = ReportCommands.clip(TerminalText.cell(trainee.trainee), 28)
            var row: [(String, String)] = [
                (name, name), (String(trainee.sessions), String(trainee.sessions)),
                (String(trainee.abandoned), String(trainee.abandoned)),
                ("\(Int((trainee.passRate * 100).rounded()))%", "\(Int((trainee.passRate * 100).rounded()))%"),
            ]
            let average = trainee.scoredSessions > 0 ? trainee.averageScoreText : "-"
            let latest = trainee.scoredSessions > 0 ? String(trainee.latestScore) : "-"
            row += [(average, average), (latest, latest), (trainee.lastSessionDate, trainee.lastSessionDate)]
            func add(_ percent: Int?, _ recentPercent: Int?, low: Bool) {
                let all = percent.map { "\($0)%" } ?? "-"
                let last = recentPercent.map { "\($0)%" } ?? "-"
                row.append((all, all))
                row.append((last, low ? style.bad(last) : last))
            }
            for rate in trainee.criteria { add(rate.percent, rate.recentPercent, low: rate.needsRetraining) }
            add(trainee.promises.percent, trainee.promises.recentPercent, low: trainee.promises.needsRetraining)
            let retrain = trainee.retraining.map(\.id).joined(separator: ", ")
            row.append((retrain, style.bad(retrain)))
            rows.append(row.map { (plain: $0.0, styled: $0.1) })
        }
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.plain.count) } }
        let numeric = Set(1..<(header.count - 1)).subtracting([6])
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
        let list = team.retrainingList
        guard !list.isEmpty else { return text + "\n" + style.good("Nobody needs retraining.") + "\n" }
        text += "\n" + style.bold("Who needs retraining") + style.dim("  (furthest below the threshold first; last \(window) sessions)") + "\n"
        for trainee in list {
            text += "  \(TerminalText.cell(trainee.trainee)): "
                + style.bad(trainee.retraining.map { "\($0.id) \($0.summary)" }.joined(separator: ", ")) + "\n"
        }
        let needing = list.count
        text += "\(needing) trainee\(needing == 1 ? " needs" : "s need") retraining; 'lastcall progress TRAINEE' shows what to assign.\n"
        return text
    }
}
