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

    /// How many missed replies the page shows per trainee and criterion.
    public static let missedRepliesShown = 5
    /// How many of each trainee's latest sessions the missed replies come
    /// from (only those lines are read again, so the page stays quick to make).
    public static let missedRepliesSessions = 20

    public func write<Source: ExportSource>(_ source: Source, to output: (String) -> Void) {
        source.withTeamReport(latestReplies: Self.missedRepliesSessions) { report, latest in
            // Each trainee's replies are read as their section is written, so
            // no more than one trainee's are held at a time.
            Self.writePage(report, generatedAt: generatedAt, missed: { trainee in
                var missed = MissedReplies(capacity: Self.missedRepliesShown)
                latest(trainee).forEach { missed.add($0) }
                return missed
            }, to: output)
        }
    }

    /// The whole page; `missed` holds each trainee's missed replies, shown
    /// in a section per trainee that the tables link to.
    public static func page(_ report: TeamReport, generatedAt: String, missed: [String: MissedReplies] = [:]) -> String {
        var html = ""
        writePage(report, generatedAt: generatedAt, missed: { missed[$0] }) { html += $0 }
        return html
    }

    /// Writes the page to `output` in pieces, so a team of thousands never
    /// builds it whole; `missed` gives a trainee's missed replies as their
    /// section is written (nil: none recorded).
    public static func writePage(_ report: TeamReport, generatedAt: String, missed: (String) -> MissedReplies?,
                                 to output: (String) -> Void) {
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
        th.sub { font-weight: normal; font-size: 0.8rem; }
        blockquote { margin: 0.2rem 0 0.2rem 1rem; }
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
            + ", or below \(report.settings.promisesThreshold)% of promises kept over the last \(report.settings.retrainWindow) that judged one"
        html += "<p class=\"meta\">\(meta)</p>\n"

        html += "<h2>Criteria across the team</h2>\n" + barChart(report.criteria, threshold: report.settings.retrainThreshold) + "\n"

        html += disputesSection(report)

        let anchors = Dictionary(report.trainees.enumerated().map { ($0.element.trainee, "trainee-\($0.offset + 1)") },
                                 uniquingKeysWith: { first, _ in first })
        html += "<h2>Who needs retraining</h2>\n"
        let needing = report.retrainingList
        if needing.isEmpty {
            html += "<p class=\"ok\">Nobody: every trainee meets every criterion at least \(report.settings.retrainThreshold)% of the time.</p>\n"
        } else {
            html += "<p class=\"meta\">Furthest below the threshold first; each rate is over the last \(report.settings.retrainWindow) sessions, with the points below the threshold.</p>\n<ol>\n"
            for trainee in needing {
                let on = trainee.retraining.map { "\(escape($0.title)) \(escape($0.summary))" }.joined(separator: ", ")
                var item = "<li><a href=\"#\(anchors[trainee.trainee] ?? "")\"><strong>\(escape(trainee.trainee))</strong></a>: <span class=\"retrain\">\(on)</span>"
                if !trainee.suggestions.isEmpty {
                    item += "; assign " + trainee.suggestions.map { "\(escape($0.title)) (level \($0.level))" }.joined(separator: ", ")
                }
                html += item + "</li>\n"
            }
            html += "</ol>\n"
        }

        html += traineeTable(report, anchors: anchors)
        output(html)
        writeMissedSection(report, anchors: anchors, missed: missed, to: output)
        output("</body>\n</html>\n")
    }

    /// The table of trainees: each rate twice, over all sessions and over
    /// the retraining window, each column labelled.
    static func traineeTable(_ report: TeamReport, anchors: [String: String]) -> String {
        let recent = "last \(report.settings.retrainWindow)"
        var html = "<h2>Trainees</h2>\n<table>\n<thead><tr><th class=\"text\" rowspan=\"2\">Trainee</th><th rowspan=\"2\">Sessions</th>"
            + "<th rowspan=\"2\">Abandoned</th><th rowspan=\"2\">Pass rate</th><th rowspan=\"2\">Average</th><th rowspan=\"2\">Latest</th>"
            + "<th class=\"text\" rowspan=\"2\">Last session</th>"
        for criterion in report.settings.criteria { html += "<th colspan=\"2\">\(escape(criterion.title))</th>" }
        html += "<th colspan=\"2\">\(PromiseRate.title)</th>"
        html += "<th class=\"text\" rowspan=\"2\">Trend</th><th class=\"text\" rowspan=\"2\">Retrain on</th></tr>\n<tr>"
        html += String(repeating: "<th class=\"sub\">all</th><th class=\"sub\">\(recent)</th>", count: report.settings.criteria.count + 1)
        html += "</tr></thead>\n<tbody>\n"
        func cells(_ percent: Int?, _ recentPercent: Int?, low: Bool) -> String {
            let all = percent.map { "<td>\($0)%</td>" } ?? "<td>–</td>"
            let last = recentPercent.map { low ? "<td class=\"low\">\($0)%</td>" : "<td>\($0)%</td>" } ?? "<td>–</td>"
            return all + last
        }
        for trainee in report.trainees {
            let hasScore = trainee.scoredSessions > 0
            html += "<tr><td><a href=\"#\(anchors[trainee.trainee] ?? "")\">\(escape(trainee.trainee))</a></td><td>\(trainee.sessions)</td>"
                + "<td>\(trainee.abandoned)</td><td>\(Int((trainee.passRate * 100).rounded()))%</td>"
                + "<td>\(hasScore ? trainee.averageScoreText : "–")</td><td>\(hasScore ? String(trainee.latestScore) : "–")</td>"
                + "<td class=\"text\">\(escape(trainee.lastSessionDate))</td>"
            for rate in trainee.criteria { html += cells(rate.percent, rate.recentPercent, low: rate.needsRetraining) }
            html += cells(trainee.promises.percent, trainee.promises.recentPercent, low: trainee.promises.needsRetraining)
            html += "<td class=\"text\">\(sparkline(trainee.trend))</td>"
            html += "<td class=\"text\">\(trainee.retraining.map { "\(escape($0.title)) (\($0.below) below)" }.joined(separator: ", "))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// A section per trainee with the latest replies that missed each
    /// criterion and the verdict's reason, every piece of text escaped.
    static func writeMissedSection(_ report: TeamReport, anchors: [String: String], missed: (String) -> MissedReplies?,
                                   to output: (String) -> Void) {
        guard !report.trainees.isEmpty else { return }
        output("<h2>Missed replies</h2>\n<p class=\"meta\">Per trainee, the latest \(missedRepliesShown) replies that missed each criterion in their latest \(missedRepliesSessions) sessions, with the scorer's reason (as <code>lastcall progress TRAINEE --replies</code> lists them).</p>\n")
        for trainee in report.trainees {
            var html = "<section id=\"\(anchors[trainee.trainee] ?? "")\">\n<h3>\(escape(trainee.trainee))</h3>\n"
            guard let replies = missed(trainee.trainee), replies.sessionsWithReplies > 0 else {
                output(html + "<p class=\"meta\">No replies recorded in the sessions counted (statements read back from an LRS carry none).</p>\n</section>\n")
                continue
            }
            if replies.isEmpty { html += "<p class=\"ok\">No reply missed a criterion.</p>\n" }
            for rate in trainee.criteria where replies.count(rate.criterion.id) > 0 {
                let count = replies.count(rate.criterion.id)
                let shown = replies.latest(rate.criterion.id)
                html += "<h4>\(escape(rate.criterion.title)): missed in \(count) repl\(count == 1 ? "y" : "ies")"
                    + (count > shown.count ? " (the latest \(shown.count))" : "") + "</h4>\n<ul>\n"
                for reply in shown {
                    html += "<li><span class=\"meta\">\(escape(reply.date)) · \(escape(reply.scenarioTitle)) · turn \(reply.turn)</span>"
                        + "<blockquote>\(escape(reply.reply))</blockquote><span class=\"retrain\">\(escape(reply.why))</span></li>\n"
                }
                html += "</ul>\n"
            }
            output(html + "</section>\n")
        }
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
