import LastCallKit

/// `lastcall progress TRAINEE`: one trainee's sessions, criteria, trend and
/// what to practise next.
enum ProgressCommand {
    static let entry = CommandRunner.Entry(
        name: "progress",
        summary: "one trainee's sessions, criteria, score trend and what to practise next",
        usage: """
        lastcall progress TRAINEE [--since DATE] [--until DATE] [--last N] [--progress DIR] [--scenarios DIR] [--rubric FILE]
          The trainee's latest sessions (date, scenario, outcome, score), each
          criterion's rate as a bar, the trend of scores, the weakest criterion
          with the rubric's tip, and the scenarios to practise next. TRAINEE is
          the name recorded in the sessions (not the file name).
        \(ReportCommands.commonUsage)

        """,
        run: run)

    /// How many of the latest sessions the table shows.
    static let tableLength = 15

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(options: ReportCommands.commonOptions).scan(arguments)
        guard parsed.positionals.count == 1, let trainee = parsed.positionals.first else {
            throw UsageError(parsed.positionals.isEmpty ? "progress needs the trainee's name" : "progress takes one trainee's name")
        }
        let sources = try ReportCommands.sources(parsed, context)
        let (team, _, others) = ReportCommands.team(sources, context, trainee: trainee, keepSessions: tableLength)
        guard let report = team.trainees.first else {
            let hint = Spelling.suggestion(for: trainee, among: others.sorted()).map { "did you mean '\(TerminalText.inert($0))'?" }
                ?? (others.isEmpty ? nil : "'lastcall report' lists the trainees")
            if sources.reader.trainees.isEmpty { throw CommandFailure(ReportCommands.emptyNote(sources, context)) }
            let place = sources.reader.isFromLRS ? "the LRS at " + sources.reader.folder : context.url(for: sources.reader.folder).path
            throw CommandFailure("no sessions for '\(TerminalText.inert(trainee))' in \(TerminalText.inert(place))"
                                 + (sources.filter.summary.map { " (\($0))" } ?? ""), hint: hint)
        }
        context.console.write(render(report, team: team, style: Style(isEnabled: context.console.usesColor), width: context.console.width))
        return ExitCode.success
    }

    /// The trainee's page as terminal text.
    static func render(_ report: TraineeReport, team: TeamReport, style: Style, width: Int) -> String {
        let settings = team.settings
        var text = style.bold("Progress: \(TerminalText.cell(report.trainee))") + "\n"
        text += "\(report.sessions) session\(report.sessions == 1 ? "" : "s"), \(report.passed) passed "
            + "(\(Int((report.passRate * 100).rounded()))%), average \(report.averageScoreText), latest \(report.latestScore), level \(report.level)"
        if let filter = team.filter.summary { text += " (\(filter))" }
        text += "\n\n"

        let sessions = report.recentSessions.reversed()
        text += style.bold(report.sessions > sessions.count ? "Latest \(sessions.count) sessions" : "Sessions") + "\n"
        let titleWidth = max(16, min(40, width - 40))
        for session in sessions {
            let title = ReportCommands.clip(TerminalText.cell(session.scenarioTitle), titleWidth)
            let score = String(session.score)
            let scoreText = session.passed ? style.good(score) : style.bad(score)
            text += "  \(session.date)  \(ReportCommands.pad(title, titleWidth))  \(ReportCommands.pad(session.outcome.rawValue, 9))  "
                + String(repeating: " ", count: max(0, 3 - score.count)) + scoreText + (session.passed ? " passed" : "") + "\n"
        }

        text += "\n" + style.bold("Criteria") + style.dim("  (all sessions; last \(settings.retrainWindow) that expected it)") + "\n"
        let labelWidth = max(12, settings.criteria.map(\.title.count).max() ?? 12)
        for rate in report.criteria {
            let label = ReportCommands.pad(TerminalText.cell(rate.criterion.title), labelWidth)
            guard let percent = rate.percent else {
                text += "  \(label)  " + style.dim("never expected") + "\n"
                continue
            }
            let bar = TextChart.bar(percent: percent, width: 20)
            let recent = rate.recentPercent.map { "last: \($0)%" } ?? ""
            let flag = rate.needsRetraining ? "  " + style.bad("retrain") : ""
            text += "  \(label)  \(rate.needsRetraining ? style.bad(bar) : style.good(bar))  "
                + String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%  \(recent)\(flag)\n"
        }

        if !report.trend.isEmpty {
            text += "\n" + style.bold("Trend") + style.dim("  (last \(report.trend.count) scores, oldest first)") + "\n"
            text += "  " + TextChart.sparkline(report.trend)
            if let first = report.trend.first, let last = report.trend.last {
                text += "  \(first) → \(last)"
            }
            text += "\n"
        }

        if let weakest = report.weakest {
            text += "\n" + style.bold("Weakest") + ": \(TerminalText.inert(weakest.criterion.title)) (\(weakest.percent ?? 0)% met)\n"
            if !weakest.criterion.tip.isEmpty { text += "  tip: \(TerminalText.inert(weakest.criterion.tip))\n" }
        }
        if !report.suggestions.isEmpty {
            text += "\n" + style.bold("Practise next") + "\n"
            for scenario in report.suggestions {
                text += "  \(TerminalText.inert(scenario.id))  \(TerminalText.inert(scenario.title))  (level \(scenario.level); "
                    + scenario.criteria.map(\.rawValue).joined(separator: ", ") + ")\n"
            }
        } else if report.needsRetraining {
            text += "\n" + style.warn("No scenario in the library expects \(report.retrainOn.map(\.criterion.id.rawValue).joined(separator: ", ")) near level \(report.level) that is not yet passed.") + "\n"
        }
        return text
    }
}
