import LastCallKit

/// `lastcall progress TRAINEE`: one trainee's sessions, criteria, trend and
/// what to practise next.
enum ProgressCommand {
    static let entry = CommandRunner.Entry(
        name: "progress",
        summary: "one trainee's sessions, criteria, score trend and what to practise next",
        usage: """
        lastcall progress TRAINEE [--replies] [--since DATE] [--until DATE] [--last N] [--progress DIR] [--scenarios DIR] [--rubric FILE]
          The trainee's latest sessions (date, scenario, outcome, score), each
          criterion's rate as a bar (all sessions, and the last N that expected
          it), promises kept, the trend of scores, the weakest criterion with
          the rubric's tip, and the scenarios to practise next. TRAINEE is the
          name recorded in the sessions (not the file name).
          --replies         list the replies that missed each criterion, with the
                            scorer's reason (not with --from-lrs: statements hold no replies)
        \(ReportCommands.commonUsage)

        """,
        run: run)

    /// How many of the latest sessions the table shows.
    static let tableLength = 15

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--replies"], options: ReportCommands.commonOptions).scan(arguments)
        guard parsed.positionals.count == 1, let trainee = parsed.positionals.first else {
            throw UsageError(parsed.positionals.isEmpty ? "progress needs the trainee's name" : "progress takes one trainee's name")
        }
        if parsed.has("--replies"), parsed.value("--from-lrs") != nil {
            throw UsageError("--replies needs the progress files: the LRS statements hold no replies")
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
        let style = Style(isEnabled: context.console.usesColor)
        if parsed.has("--replies") {
            var missed = MissedReplies(capacity: repliesShown)
            // The warnings for bad lines were printed while the report was read.
            sources.filter.forEachKept(from: { each in
                for file in sources.reader.trainees {
                    _ = sources.reader.store.forEachReplies(of: file, warn: { _ in }) { session in
                        if session.trainee == trainee { each(session) }
                    }
                }
            }) { missed.add($0) }
            context.console.write(renderReplies(missed, report: report, style: style))
            return ExitCode.success
        }
        context.console.write(render(report, team: team, style: style, width: context.console.width))
        return ExitCode.success
    }

    /// How many missed replies `--replies` lists per criterion.
    static let repliesShown = 10

    /// The replies that missed each criterion, newest first, with the
    /// verdict's reason, as terminal text.
    static func renderReplies(_ missed: MissedReplies, report: TraineeReport, style: Style) -> String {
        var text = style.bold("Missed replies: \(TerminalText.cell(report.trainee))") + "\n"
        if missed.isEmpty { return text + style.good("No reply missed a criterion in the sessions counted.") + "\n" }
        for rate in report.criteria where missed.count(rate.criterion.id) > 0 {
            let count = missed.count(rate.criterion.id)
            let shown = missed.latest(rate.criterion.id)
            text += "\n" + style.bold(TerminalText.inert(rate.criterion.title)) + ": missed in \(count) repl\(count == 1 ? "y" : "ies")"
                + (count > shown.count ? style.dim(" (the latest \(shown.count), newest first)") : "") + "\n"
            for reply in shown {
                text += "  " + style.dim("\(reply.date)  \(TerminalText.inert(reply.scenarioTitle)), turn \(reply.turn)") + "\n"
                text += "    \u{201C}\(TerminalText.inert(reply.reply))\u{201D}\n"
                text += "    " + style.bad(TerminalText.inert(reply.why)) + "\n"
            }
        }
        return text
    }

    /// The trainee's page as terminal text.
    static func render(_ report: TraineeReport, team: TeamReport, style: Style, width: Int) -> String {
        let settings = team.settings
        var text = style.bold("Progress: \(TerminalText.cell(report.trainee))") + "\n"
        text += "\(report.sessions) session\(report.sessions == 1 ? "" : "s"), \(report.passed) passed "
            + "(\(Int((report.passRate * 100).rounded()))%)"
        if report.abandoned > 0 {
            text += ", \(report.abandoned) abandoned" + (report.unanswered > 0 ? " (\(report.unanswered) before any reply, not scored)" : "")
        }
        text += report.scoredSessions > 0 ? ", average \(report.averageScoreText), latest \(report.latestScore)" : ", no score yet"
        text += ", level \(report.level)"
        if let filter = team.filter.summary { text += " (\(filter))" }
        text = TextWrap.wrap(text, width: width) + "\n\n"

        let sessions = report.recentSessions.reversed()
        text += style.bold(report.sessions > sessions.count ? "Latest \(sessions.count) sessions" : "Sessions") + "\n"
        // Date, title, outcome and score on one line while a 16-column
        // title fits beside them (53 columns); narrower, the title below.
        let fitsOneLine = width >= 53
        let titleWidth = fitsOneLine ? max(16, min(40, width - 40)) : max(8, width - 4)
        for session in sessions {
            let title = ReportCommands.clip(TerminalText.cell(session.scenarioTitle), titleWidth)
            let score = session.isUnanswered ? "-" : String(session.score)
            let scoreText = session.isUnanswered ? style.dim(score) : session.passed ? style.good(score) : style.bad(score)
            let result = "\(ReportCommands.pad(session.outcome.rawValue, 9))  "
                + String(repeating: " ", count: max(0, 3 - score.count)) + scoreText + (session.passed ? " passed" : "")
            if fitsOneLine {
                text += "  \(session.date)  \(ReportCommands.pad(title, titleWidth))  \(result)\n"
            } else {
                text += "  \(session.date)  \(result)\n    \(title)\n"
            }
        }

        text += "\n" + TextWrap.pack(TextWrap.words("Criteria", style.bold)
                                     + TextWrap.words("(all sessions; last \(settings.retrainWindow) that expected it)", style.dim), width: width) + "\n"
        let labelWidth = max(12, settings.criteria.map(\.title.count).max() ?? 12)
        // The label, bar and percent on one line when they fit (the rest
        // wraps under the bar); narrower, the label on a line of its own.
        let isNarrow = width < 2 + labelWidth + 2 + 20 + 2 + 4 + 2 + 10
        let barWidth = isNarrow ? 10 : 20
        func rateLines(_ title: String, percent: Int, recent: Int?, low: Bool, below: Int, extra: TextWrap.Cell? = nil) -> String {
            let bar = TextChart.bar(percent: percent, width: barWidth)
            let figure = String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%"
            var items: [TextWrap.Cell] = []
            if let recent { items.append(("last: \(recent)%", "last: \(recent)%")) }
            if low { items.append(("retrain (\(max(1, below)) below)", style.bad("retrain (\(max(1, below)) below)"))) }
            if let extra { items.append(extra) }
            let head: TextWrap.Cell = (bar + "  " + figure, (low ? style.bad(bar) : style.good(bar)) + "  " + figure)
            if isNarrow {
                return "  \(title)\n" + TextWrap.pack([head] + items, width: width, firstIndent: "    ", indent: "    ", separator: "  ")
            }
            let label = ReportCommands.pad(title, labelWidth)
            return TextWrap.pack([(label + "  " + head.plain, label + "  " + head.styled)] + items, width: width, firstIndent: "  ",
                                 indent: String(repeating: " ", count: 4 + labelWidth), separator: "  ")
        }
        for rate in report.criteria {
            guard let percent = rate.percent else {
                text += "  \(ReportCommands.pad(TerminalText.cell(rate.criterion.title), labelWidth))  " + style.dim("never expected") + "\n"
                continue
            }
            text += rateLines(TerminalText.cell(rate.criterion.title), percent: percent, recent: rate.recentPercent,
                              low: rate.needsRetraining, below: rate.below) + "\n"
        }

        if let percent = report.promises.percent {
            let judged = "(\(report.promises.kept) of \(report.promises.judged) judged)"
            text += rateLines(PromiseRate.title, percent: percent, recent: report.promises.recentPercent,
                              low: report.promises.needsRetraining, below: report.promises.below, extra: (judged, style.dim(judged))) + "\n"
        }

        if !report.trend.isEmpty {
            text += "\n" + TextWrap.pack(TextWrap.words("Trend", style.bold)
                                         + TextWrap.words("(last \(report.trend.count) scores, oldest first)", style.dim), width: width) + "\n"
            text += "  " + TextChart.sparkline(report.trend)
            if let first = report.trend.first, let last = report.trend.last {
                text += "  \(first) → \(last)"
            }
            text += "\n"
        }

        if let weakest = report.weakest {
            text += "\n" + TextWrap.pack([("Weakest:", style.bold("Weakest") + ":")]
                                         + TextWrap.words("\(TerminalText.inert(weakest.criterion.title)) (\(weakest.percent ?? 0)% met)"),
                                         width: width, indent: "  ") + "\n"
            if !weakest.criterion.tip.isEmpty {
                text += TextWrap.wrap("tip: \(TerminalText.inert(weakest.criterion.tip))", width: width, firstIndent: "  ", indent: "       ") + "\n"
            }
        }
        if !report.suggestions.isEmpty {
            text += "\n" + style.bold("Practise next") + "\n"
            for scenario in report.suggestions {
                let trains = scenario.focus.isEmpty ? scenario.criteria.map(\.rawValue).joined(separator: ", ")
                    : "focus: " + scenario.focus.map(\.rawValue).joined(separator: ", ")
                let line = "\(TerminalText.inert(scenario.id))  \(TerminalText.inert(scenario.title))  (level \(scenario.level); \(trains))"
                // Whole where it fits (wrapping would close the two-space gaps).
                text += (line.count + 2 <= width ? "  " + line : TextWrap.wrap(line, width: width, firstIndent: "  ", indent: "    ")) + "\n"
            }
        } else if report.needsRetraining {
            text += "\n" + style.warn(TextWrap.wrap("No scenario in the library expects \(report.retrainOn.map(\.criterion.id.rawValue).joined(separator: ", ")) near level \(report.level) that is not yet passed.", width: width)) + "\n"
        }
        return text
    }
}
