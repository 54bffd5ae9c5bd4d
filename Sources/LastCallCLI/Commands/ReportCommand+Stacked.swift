import LastCallKit

/// The report on a terminal too narrow for its tables: each trainee as a
/// block of labelled figures, and the text around it wrapped, so every line
/// fits down to 40 columns.
extension ReportCommand {
    /// One block per trainee: the name, then the summary figures, the
    /// criteria's `ALL/LAST` rates (`rates`, by criterion, may be empty when
    /// they are shown as tables) and what to retrain, each packed into
    /// lines of `width` columns under a two-space indent.
    ///
    /// ```
    /// tess
    ///   sessions 6  abandoned 5  pass 0%
    ///   avg 91.7  latest 100  last 2026-12-01
    ///   apology 100/100  ownership 80/80
    ///   retrain on: time-frame, promises-kept
    /// ```
    static func stacked(_ team: TeamReport, rates: [[(String, Cell)]], width: Int, style: Style) -> String {
        var text = ""
        for (index, trainee) in team.trainees.enumerated() {
            let scored = trainee.scoredSessions > 0
            let figures = [
                "sessions \(trainee.sessions)", "abandoned \(trainee.abandoned)",
                "pass \(Int((trainee.passRate * 100).rounded()))%",
                "avg " + (scored ? trainee.averageScoreText : "-"), "latest " + (scored ? String(trainee.latestScore) : "-"),
                "last \(trainee.lastSessionDate)",
            ]
            text += style.bold(ReportCommands.clip(TerminalText.cell(trainee.trainee), 28)) + "\n"
            text += TextWrap.pack(figures.map { ($0, $0) }, width: width, firstIndent: "  ", indent: "  ", separator: "  ") + "\n"
            let rateItems = rates[index].map { name, cell in (name + " " + cell.plain, name + " " + cell.styled) }
            if !rateItems.isEmpty {
                text += TextWrap.pack(rateItems, width: width, firstIndent: "  ", indent: "  ", separator: "  ") + "\n"
            }
            let retrain = trainee.retraining.map(\.id)
            if !retrain.isEmpty {
                let items = retrain.enumerated().map { number, id in
                    let item = id + (number == retrain.count - 1 ? "" : ",")
                    return (item, style.bad(item))
                }
                text += TextWrap.pack([("retrain on:", "retrain on:")] + items, width: width, firstIndent: "  ", indent: "    ") + "\n"
            }
        }
        return text
    }
}
