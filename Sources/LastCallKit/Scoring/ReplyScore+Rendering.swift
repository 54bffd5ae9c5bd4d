extension ReplyScore {
    /// The human-readable verdict `lastcall score` prints: one line per
    /// criterion, met or missed, with the evidence quoted and, when missed,
    /// the rubric's feedback; with `explain`, every phrase that fired and
    /// what overruled it. Pure text, no colour; control characters in the
    /// reply's words are shown as `?` so they cannot drive the terminal.
    public func rendered(with rubric: Rubric, explain: Bool = false) -> String {
        var lines: [String] = []
        for result in results {
            let criterion = rubric[result.id]
            let title = criterion?.title ?? result.id.rawValue
            var line = (result.met ? "met     " : "missed  ") + "\(result.id.rawValue) (\(title))"
            if !result.evidence.isEmpty {
                line += ": " + result.evidence.map { "\"\(Self.printable($0))\"" }.joined(separator: ", ")
            }
            lines.append(line)
            if !result.met, let feedback = criterion?.feedback {
                lines.append("        " + feedback)
            }
            if explain {
                for firing in result.fired {
                    var detail = "        - phrase '\(firing.phrase)' matched \"\(Self.printable(firing.words))\""
                    if let reason = firing.overruledBy { detail += ", overruled: \(Self.printable(reason))" }
                    lines.append(detail)
                }
            }
        }
        let score = rubric.score(met: metCriteria)
        lines.append("score   \(score)/100 (\(score >= rubric.passMark ? "pass" : "below the pass mark of \(rubric.passMark)"))")
        return lines.joined(separator: "\n")
    }

    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) ? "?" : $0 }))
    }
}
