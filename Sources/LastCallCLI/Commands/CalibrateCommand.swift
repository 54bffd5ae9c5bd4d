import Foundation
import LastCallKit

/// `lastcall calibrate [FILE...]`: how far the scorer agrees with people's
/// labels (precision, recall, F1, agreement and Cohen's kappa per
/// criterion), and `--between A B`: how far two people agree with each
/// other, the ceiling the scorer's figures are read against.
enum CalibrateCommand {
    static let entry = CommandRunner.Entry(
        name: "calibrate",
        summary: "measure the scorer against labelled replies, or two labellers against each other",
        usage: """
        lastcall calibrate [FILE...] [--json] [--rubric FILE] [--labels FILE]
        lastcall calibrate --between A B [--json]
          Scores every labelled reply in FILE (default: the labels file, scoring/labels.tsv
          beside the rubric; also the labelling guide's FLAGS<TAB>REPLY form) and prints,
          per criterion and overall: how many were labelled, precision, recall, F1, exact
          agreement and Cohen's kappa, then each disagreement with the scorer's evidence
          and the rule that decided. For no-blame the positive class is "blamed".
          --between A B   compare two people's labels of the same replies (paired by
                          their text): kappa per criterion, the human ceiling
          --json          {"replies", "macro_f1", "overall", "criteria": {ID: {"labelled",
                          "precision", "recall", "f1", "agreement", "kappa", ...}},
                          "disagreements": [...]}, figures as fractions from 0 to 1
          --labels FILE   the labels file (else $LASTCALL_LABELS, else labels.tsv beside the rubric)
          --rubric FILE   the rubric (else $LASTCALL_RUBRIC, else scoring/rubric.yaml)
          Exit status: 0 figures printed, 1 a file could not be read or has malformed lines,
          64 usage error, 66 a file or folder to read is not there, 130 interrupted (Ctrl-C).

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--json", "--between"], options: ["--rubric", "--labels"]).scan(arguments)
        if parsed.has("--between") {
            guard parsed.positionals.count == 2 else {
                throw UsageError("--between needs two labels files, A and B", hint: "lastcall calibrate --between anna.tsv ben.tsv")
            }
            return try between(parsed.positionals[0], parsed.positionals[1], json: parsed.has("--json"), context: context)
        }
        let paths = parsed.positionals.isEmpty ? [LabelsLocation.path(parsed, context)] : parsed.positionals
        let scoring = try ScoringSetup.load(parsed, context)
        var labelled: [LabelledReply] = []
        for path in paths { labelled += try LabelsLocation.load(path, context: context).replies }
        let calibration = Calibration(labelled: labelled, scorer: scoring.scorer)
        if parsed.has("--json") {
            context.console.line(calibration.jsonValue.prettyJSONText)
        } else {
            context.console.write(render(calibration, files: paths, rubric: scoring.path, style: Style(isEnabled: context.console.usesColor)))
        }
        return ExitCode.success
    }

    /// The figures table and the disagreements, as `calibrate` prints them.
    static func render(_ calibration: Calibration, files: [String], rubric: String, style: Style) -> String {
        var lines: [String] = []
        lines.append("\(calibration.replies) labelled repl\(calibration.replies == 1 ? "y" : "ies") from \(files.map { TerminalText.inert($0) }.joined(separator: ", ")), scored with \(TerminalText.inert(rubric))")
        lines.append("")
        lines += table(calibration.criteria, overall: calibration.overall, style: style)
        lines.append("macro-F1 \(figure(calibration.macroF1))")
        let known = calibration.disagreements.filter(\.isKnownMiss).count
        if !calibration.disagreements.isEmpty {
            lines.append("")
            lines.append(style.bold("Disagreements (\(calibration.disagreements.count), \(known) marked as known misses):"))
            for item in calibration.disagreements {
                let location = "\(TerminalText.inert(item.labelled.location.path)):\(item.labelled.location.line)"
                lines.append("\(location): \(item.criterion.rawValue): the label says \(Disagreement.word(item.expected)), the scorer \(Disagreement.word(item.scorerSays))"
                             + (item.isKnownMiss ? style.dim(" (known miss)") : ""))
                lines.append("  \u{201C}\(TerminalText.inert(item.labelled.reply))\u{201D}")
                if !item.evidence.isEmpty {
                    lines.append(style.dim("  evidence: " + item.evidence.map { "\u{201C}\(TerminalText.inert($0))\u{201D}" }.joined(separator: ", ")))
                }
                lines.append(style.dim("  rule: " + TerminalText.inert(item.decidingRule ?? "no \(item.criterion.rawValue) phrase fired")))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The per-criterion table and the overall row.
    static func table(_ criteria: [(id: CriterionID, figures: AgreementFigures)], overall: AgreementFigures, style: Style) -> [String] {
        func row(_ name: String, _ figures: AgreementFigures) -> String {
            name.padding(toLength: 20, withPad: " ", startingAt: 0)
                + String(figures.labelled).leftPadded(8)
                + [figures.precision, figures.recall, figures.f1, figures.agreement, figures.kappa].map { figure($0).leftPadded(11) }.joined()
        }
        var lines = [style.bold("criterion".padding(toLength: 20, withPad: " ", startingAt: 0) + "labelled"
                                + ["precision", "recall", "F1", "agreement", "kappa"].map { $0.leftPadded(11) }.joined())]
        for (id, figures) in criteria {
            lines.append(row(id == .noBlame ? "no-blame (blamed)" : id.rawValue, figures))
        }
        lines.append(row("overall", overall))
        return lines
    }

    static func figure(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func between(_ first: String, _ second: String, json: Bool, context: CommandContext) throws -> Int32 {
        let a = try LabelsLocation.load(first, context: context)
        let b = try LabelsLocation.load(second, context: context)
        let comparison = RaterComparison(first: a.replies, second: b.replies)
        guard comparison.paired > 0 else {
            throw CommandFailure("\(TerminalText.inert(first)) and \(TerminalText.inert(second)) share no reply",
                                 hint: "--between compares two people's labels of the same replies; pair them by giving both the same reply text")
        }
        if json {
            context.console.line(comparison.jsonValue.prettyJSONText)
            return ExitCode.success
        }
        let style = Style(isEnabled: context.console.usesColor)
        var lines = ["\(comparison.paired) repl\(comparison.paired == 1 ? "y" : "ies") labelled by both (\(TerminalText.inert(first)) as the reference, \(TerminalText.inert(second)) measured)"]
        if !comparison.onlyFirst.isEmpty || !comparison.onlySecond.isEmpty {
            lines.append(style.warn("not compared: \(comparison.onlyFirst.count) only in \(TerminalText.inert(first)), \(comparison.onlySecond.count) only in \(TerminalText.inert(second))"))
        }
        lines.append("")
        lines += table(comparison.criteria, overall: comparison.overall, style: style)
        if !comparison.differences.isEmpty {
            lines.append("")
            lines.append(style.bold("Where they differ (\(comparison.differences.count)):"))
            for item in comparison.differences {
                lines.append("\(TerminalText.inert(first)):\(item.first.location.line) \(TerminalText.inert(second)):\(item.second.location.line): \(item.criterion.rawValue): "
                             + "\(Disagreement.word(item.first.labels[item.criterion] ?? false)) vs \(Disagreement.word(item.second.labels[item.criterion] ?? false))")
                lines.append("  \u{201C}\(TerminalText.inert(item.first.reply))\u{201D}")
            }
        }
        context.console.write(lines.joined(separator: "\n") + "\n")
        return ExitCode.success
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}
