/// The team report as one self-contained HTML page: inline CSS and inline
/// SVG only (no scripts, nothing fetched), readable offline and printable.
/// Every piece of user text is escaped.
public struct HTMLReportExporter: ReportExporter {
    /// When the page was made, UTC ISO 8601, from the caller's clock.
    public var generatedAt: String

    /// Creates the exporter.
    public init(generatedAt: String) {
        self.generatedAt = generatedAt
    }

    public var identifier: String { "html" }

    /// The page is by trainee: it needs the whole team report.
    public var isStreaming: Bool { false }

    public func write<Source: ExportSource>(_ source: Source, to output: (String) -> Void) {
        output(Self.page(source.teamReport(), generatedAt: generatedAt))
    }

    /// The whole page.
    public static func page(_ report: TeamReport, generatedAt: String) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Last Call: team progress</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem; color: #1d2330; }
        h1 { margin-bottom: 0.2rem; }
        .meta { color: #5b6475; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { border-bottom: 1px solid #d9dde5; padding: 0.35rem 0.5rem; text-align: right; vertical-align: middle; }
        th:first-child, td:first-child, td.text, th.text { text-align: left; }
        th { background: #f1f3f7; }
        td.low { color: #a4262c; font-weight: 600; }
        .retrain { color: #a4262c; }
        .ok { color: #2f6f3e; }
        svg text { font-family: inherit; font-size: 12px; fill: #1d2330; }
        @media print {
          body { margin: 0.5cm; font-size: 10pt; }
          table { page-break-inside: auto; }
          tr { page-break-inside: avoid; }
          h2 { page-break-after: avoid; }
        }
        </style>
        </head>
        <body>
        <h1>Team progress</h1>

        """
        var meta = "Generated \(escape(generatedAt)) · \(report.trainees.count) trainee\(report.trainees.count == 1 ? "" : "s")"
            + " · \(report.sessions) session\(report.sessions == 1 ? "" : "s")"
        if let filter = report.filter.summary { meta += " · " + escape(filter) }
        meta += " · retraining below \(report.settings.retrainThreshold)% over the last \(report.settings.retrainWindow) sessions that expected a criterion"
        html += "<p class=\"meta\">\(meta)</p>\n"

        html += "<h2>Criteria across the team</h2>\n" + barChart(report.criteria, threshold: report.settings.retrainThreshold) + "\n"

        html += disputesSection(report)

        html += "<h2>Who needs retraining</h2>\n"
        let needing = report.trainees.filter(\.needsRetraining)
        if needing.isEmpty {
            html += "<p class=\"ok\">Nobody: every trainee meets every criterion at least \(report.settings.retrainThreshold)% of the time.</p>\n"
        } else {
            html += "<ul>\n"
            for trainee in needing {
                let on = trainee.retrainOn.map { "\(escape($0.criterion.title)) (\($0.recentPercent ?? 0)%)" }.joined(separator: ", ")
                var item = "<li><strong>\(escape(trainee.trainee))</strong>: <span class=\"retrain\">\(on)</span>"
                if !trainee.suggestions.isEmpty {
                    item += "; assign " + trainee.suggestions.map { "\(escape($0.title)) (level \($0.level))" }.joined(separator: ", ")
                }
                html += item + "</li>\n"
            }
            html += "</ul>\n"
        }

        html += "<h2>Trainees</h2>\n<table>\n<thead><tr><th class=\"text\">Trainee</th><th>Sessions</th><th>Pass rate</th>"
            + "<th>Average</th><th>Latest</th><th class=\"text\">Last session</th>"
        for criterion in report.settings.criteria { html += "<th>\(escape(criterion.title))</th>" }
        html += "<th class=\"text\">Trend</th><th class=\"text\">Retrain on</th></tr></thead>\n<tbody>\n"
        for trainee in report.trainees {
            html += "<tr><td>\(escape(trainee.trainee))</td><td>\(trainee.sessions)</td>"
                + "<td>\(Int((trainee.passRate * 100).rounded()))%</td><td>\(trainee.averageScoreText)</td>"
                + "<td>\(trainee.latestScore)</td><td class=\"text\">\(escape(trainee.lastSessionDate))</td>"
            for rate in trainee.criteria {
                if let percent = rate.percent {
                    html += rate.needsRetraining ? "<td class=\"low\">\(percent)%</td>" : "<td>\(percent)%</td>"
                } else {
                    html += "<td>–</td>"
                }
            }
            html += "<td class=\"text\">\(sparkline(trainee.trend))</td>"
            html += "<td class=\"text\">\(trainee.retrainOn.map { escape($0.criterion.title) }.joined(separator: ", "))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</body>\n</html>\n"
        return html
    }

    /// Horizontal bars of each criterion's team rate, with the threshold marked.
    public static func barChart(_ rates: [CriterionRate], threshold: Int) -> String {
        let rowHeight = 26, labelWidth = 150, barWidth = 300
        let height = rowHeight * rates.count + 10
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" role=\"img\" aria-label=\"Criteria met across the team\">\n"
        for (index, rate) in rates.enumerated() {
            let y = index * rowHeight + 4
            let percent = rate.percent ?? 0
            let width = barWidth * percent / 100
            let colour = rate.percent == nil ? "#c5cad3" : (percent < threshold ? "#d9534f" : "#4a8f5c")
            svg += "<text x=\"0\" y=\"\(y + 15)\">\(escape(rate.criterion.title))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"18\" fill=\"#eef0f4\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(width)\" height=\"18\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\">\(rate.percent.map { "\($0)%" } ?? "–")</text>\n"
        }
        let x = labelWidth + barWidth * threshold / 100
        svg += "<line x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(height)\" stroke=\"#1d2330\" stroke-dasharray=\"3,3\"/>\n</svg>"
        return svg
    }

    /// A small line of `scores` (0-100), oldest left.
    public static func sparkline(_ scores: [Int]) -> String {
        let width = 120, height = 28
        guard !scores.isEmpty else { return "" }
        let step = scores.count > 1 ? Double(width - 4) / Double(scores.count - 1) : 0
        let points = scores.enumerated().map { index, score -> String in
            let x = 2 + step * Double(index)
            let y = 2 + Double(height - 4) * (1 - Double(min(max(score, 0), 100)) / 100)
            return "\(TraineeReport.oneDecimal(x)),\(TraineeReport.oneDecimal(y))"
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Score trend\">"
        svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#f7f8fa\"/>"
        if scores.count == 1 {
            svg += "<circle cx=\"\(width / 2)\" cy=\"\(points[0].split(separator: ",")[1])\" r=\"2\" fill=\"#2d5fa8\"/>"
        } else {
            svg += "<polyline fill=\"none\" stroke=\"#2d5fa8\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>"
        }
        return svg + "</svg>"
    }

    /// `text` safe inside HTML elements and attribute values: control
    /// characters shown as escapes, then `& < > " '` as entities.
    /// "Where trainees dispute the scorer most": the `/flag` counts per
    /// criterion, or nothing when no verdict was flagged.
    static func disputesSection(_ report: TeamReport) -> String {
        let disputes = report.disputes
        guard !disputes.isEmpty else { return "" }
        let items = disputes.map { "<li>\(escape($0.criterion)): \($0.flags) flag\($0.flags == 1 ? "" : "s")</li>" }.joined(separator: "\n")
        return "<h2>Where trainees dispute the scorer most</h2>\n<ul>\n\(items)\n</ul>\n<p class=\"meta\">Review them with lastcall review.</p>\n"
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in TerminalText.inert(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
