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
        context.console.write(render(team, width: context.console.width, style: Style(isEnabled: context.console.usesColor)))
        return ExitCode.success
    }

    /// The team report as terminal text, its table fitted to `width` columns.
    static func render(_ team: TeamReport, width: Int, style: Style) -> String {
        var title = "\(team.trainees.count) trainee\(team.trainees.count == 1 ? "" : "s"), \(team.sessions) session\(team.sessions == 1 ? "" : "s")"
        if let filter = team.filter.summary { title += " (\(filter))" }
        var text = TextWrap.pack([("Team progress:", style.bold("Team progress") + ":")] + TextWrap.words(title), width: width)
        let window = team.settings.retrainWindow
        let rule = "retraining: below \(team.settings.retrainThreshold)% over the last \(window) sessions that expected "
            + "a criterion, or below \(team.settings.promisesThreshold)% of promises kept over the last \(window) that judged one"
        let legend = "each rate ALL/LAST\(window): percent met in all sessions / in the last \(window) that expected it ('-': never)"
        text += "\n" + style.dim(TextWrap.wrap(rule, width: width)) + "\n" + style.dim(TextWrap.wrap(legend, width: width)) + "\n\n"
        text += table(team, width: width, style: style)
        let disputes = team.disputes
        if !disputes.isEmpty {
            let counts = disputes.enumerated().map { index, dispute in
                "\(TerminalText.inert(dispute.criterion)) \(dispute.flags)" + (index == disputes.count - 1 ? "" : ",")
            }
            text += "\n" + TextWrap.pack(TextWrap.words("Where trainees dispute the scorer most:", style.bold) + counts.map { ($0, $0) }
                                + TextWrap.words("('lastcall review' walks them)", style.dim), width: width) + "\n"
        }
        let list = team.retrainingList
        guard !list.isEmpty else { return text + "\n" + style.good("Nobody needs retraining.") + "\n" }
        text += "\n" + TextWrap.pack(TextWrap.words("Who needs retraining", style.bold)
                            + TextWrap.words("(furthest below the threshold first; last \(window) sessions)", style.dim), width: width) + "\n"
        for trainee in list {
            let items = trainee.retraining.enumerated().map { index, item in
                let text = "\(item.id) \(item.summary)" + (index == trainee.retraining.count - 1 ? "" : ",")
                return (text, style.bad(text))
            }
            let name = TerminalText.cell(trainee.trainee) + ":"
            text += TextWrap.pack([(name, name)] + items, width: width, firstIndent: "  ", indent: "    ") + "\n"
        }
        let needing = list.count
        text += TextWrap.pack(TextWrap.words("\(needing) trainee\(needing == 1 ? " needs" : "s need") retraining; 'lastcall progress TRAINEE' shows what to assign."),
                     width: width) + "\n"
        return text
    }

    /// One cell: its text as measured, and as printed (with colour).
    typealias Cell = (plain: String, styled: String)

    /// The table: one row per trainee, one column per criterion and for
    /// promises kept, each cell `ALL/LAST` aligned on the slash. When it is
    /// wider than `width`, the criteria go to tables of their own, as many
    /// per table as fit, each led by the trainee's name again, and what to
    /// retrain wraps within the summary. Narrower still, what does not fit
    /// as a table is stacked, one block per trainee (see `stacked`), so
    /// every line fits down to 40 columns.
    static func table(_ team: TeamReport, width: Int, style: Style) -> String {
        let header = ["TRAINEE", "SESSIONS", "ABANDONED", "PASS", "AVG", "LATEST", "LAST"]
        let names = team.settings.criteria.map { $0.id.rawValue.uppercased() } + ["PROMISES-KEPT"]
        var summaries: [[Cell]] = []
        var rates: [[Cell]] = []
        var retrains: [Cell] = []
        /// The rate cells before they are padded to align in a column.
        var stackedRates: [[Cell]] = []
        for trainee in team.trainees {
            let name = ReportCommands.clip(TerminalText.cell(trainee.trainee), 28)
            let passRate = "\(Int((trainee.passRate * 100).rounded()))%"
            let average = trainee.scoredSessions > 0 ? trainee.averageScoreText : "-"
            let latest = trainee.scoredSessions > 0 ? String(trainee.latestScore) : "-"
            summaries.append([name, String(trainee.sessions), String(trainee.abandoned), passRate, average, latest,
                              trainee.lastSessionDate].map { ($0, $0) })
            var row = trainee.criteria.map { rateCell($0.percent, $0.recentPercent, low: $0.needsRetraining, style: style) }
            row.append(rateCell(trainee.promises.percent, trainee.promises.recentPercent,
                                low: trainee.promises.needsRetraining, style: style))
            rates.append(row)
            stackedRates.append(row)
            let retrain = trainee.retraining.map(\.id).joined(separator: ", ")
            retrains.append((retrain, style.bad(retrain)))
        }
        // Align each rate column on its slash: every cell as wide, the ALL
        // figures ending together.
        for column in names.indices {
            let befores = rates.map { $0[column].plain.prefix { $0 != "/" }.count }
            let afters = rates.map { $0[column].plain.count - $0[column].plain.prefix { $0 != "/" }.count }
            for row in rates.indices {
                let lead = String(repeating: " ", count: (befores.max() ?? 0) - befores[row])
                let trail = String(repeating: " ", count: (afters.max() ?? 0) - afters[row])
                rates[row][column] = (lead + rates[row][column].plain + trail, lead + rates[row][column].styled + trail)
            }
        }
        let summaryNumeric: Set<Int> = [1, 2, 3, 4, 5]
        let rateColumns = names.indices.map { column in (names[column], rates.map { $0[column] }) }
        let whole = lines(header: header + names.map { $0 } + ["RETRAIN ON"],
                          rows: summaries.indices.map { summaries[$0] + rates[$0] + [retrains[$0]] },
                          numeric: summaryNumeric.union(header.count..<(header.count + names.count)), style: style)
        if whole.width <= width { return whole.text }
        // The summary, its RETRAIN ON cells wrapped after a comma to the
        // columns left (never narrower than the longest criterion).
        let left = width - lines(header: header, rows: summaries, numeric: summaryNumeric, style: style).width - 2
        var summaryRows: [[Cell]] = []
        for (row, trainee) in team.trainees.enumerated() {
            let items = trainee.retraining.map(\.id)
            var chunks: [String] = []
            for (index, item) in items.enumerated() {
                let piece = item + (index == items.count - 1 ? "" : ",")
                if let last = chunks.last, last.count + 1 + piece.count <= left {
                    chunks[chunks.count - 1] = last + " " + piece
                } else {
                    chunks.append(piece)
                }
            }
            summaryRows.append(summaries[row] + [chunks.first.map { ($0, style.bad($0)) } ?? ("", "")])
            for chunk in chunks.dropFirst() {
                summaryRows.append(Array(repeating: ("", ""), count: header.count) + [(chunk, style.bad(chunk))])
            }
        }
        let summary = lines(header: header + ["RETRAIN ON"], rows: summaryRows, numeric: summaryNumeric, style: style)
        // Pack the criteria into as few tables as fit the width.
        let nameCells = summaries.map { $0[0] }
        let nameWidth = nameCells.map(\.plain.count).reduce("TRAINEE".count, max)
        var groups: [[(String, [Cell])]] = [[]]
        var used = nameWidth
        for column in rateColumns {
            let columnWidth = column.1.map(\.plain.count).reduce(column.0.count, max) + 2
            if !groups[groups.count - 1].isEmpty, used + columnWidth > width {
                groups.append([])
                used = nameWidth
            }
            groups[groups.count - 1].append(column)
            used += columnWidth
        }
        let criteria = groups.map { group in
            lines(header: ["TRAINEE"] + group.map(\.0),
                  rows: nameCells.indices.map { row in [nameCells[row]] + group.map { $0.1[row] } },
                  numeric: Set(1...group.count), style: style)
        }
        let criteriaFit = criteria.allSatisfy { $0.width <= width }
        if !criteriaFit {
            // Not even one criterion beside the names fits: all of it stacked.
            let ids = names.map { $0.lowercased() }
            return stacked(team, rates: stackedRates.map { Array(zip(ids, $0)) }, width: width, style: style)
        }
        let criteriaText = criteria.map { "\n" + $0.text }.joined()
        if summary.width <= width { return summary.text + criteriaText }
        return stacked(team, rates: team.trainees.map { _ in [] }, width: width, style: style) + criteriaText
    }

    /// A rate cell, `ALL/LAST` in whole percent ('-' for never expected),
    /// the recent figure marked when it calls for retraining.
    static func rateCell(_ percent: Int?, _ recentPercent: Int?, low: Bool, style: Style) -> Cell {
        let all = percent.map(String.init) ?? "-"
        let last = recentPercent.map(String.init) ?? "-"
        return (all + "/" + last, all + "/" + (low ? style.bad(last) : last))
    }

    /// `rows` under `header` as aligned columns two spaces apart, `numeric`
    /// columns right-aligned; the last column is not padded. Returns the
    /// text and the width of its widest line.
    static func lines(header: [String], rows: [[Cell]], numeric: Set<Int>, style: Style) -> (text: String, width: Int) {
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.plain.count) } }
        func line(_ cells: [Cell]) -> String {
            cells.enumerated().map { index, cell in
                let gap = String(repeating: " ", count: max(0, widths[index] - cell.plain.count))
                if index == cells.count - 1 { return numeric.contains(index) ? gap + cell.styled : cell.styled }
                return numeric.contains(index) ? gap + cell.styled : cell.styled + gap
            }.joined(separator: "  ")
        }
        // A rate cell padded after its slash may leave spaces at the end.
        func trimmed(_ text: String) -> String { String(text.reversed().drop { $0 == " " }.reversed()) }
        var text = style.bold(line(header.map { ($0, $0) })) + "\n"
        for row in rows { text += trimmed(line(row)) + "\n" }
        let lastWidth = rows.map { $0.last?.plain.count ?? 0 }.reduce(header.last?.count ?? 0, max)
        let width = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1) + lastWidth
        return (text, width)
    }
}
