import Testing
@testable import LastCallKit

@Suite struct HTMLReportExporterTests {
    func page(_ records: [SessionRecord]) -> String {
        var builder = ReportBuilder(settings: .standard, library: ReportFixtures.library)
        for record in records { builder.add(SessionFacts(record)) }
        return HTMLReportExporter.page(builder.finish(), generatedAt: "2026-11-25T10:00:00Z")
    }

    @Test func isOneSelfContainedPrintablePage() {
        let html = page([ReportFixtures.record(day: 1, score: 60, tallies: [(.apology, 0, 2)]),
                         ReportFixtures.record(day: 2, score: 80, tallies: [(.apology, 1, 1)])])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@media print"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<link"))
        #expect(html.contains("<polyline"))                        // the trend sparkline
        #expect(html.contains("aria-label=\"Criteria met across the team\""))
        #expect(html.contains("<a href=\"#trainee-1\"><strong>ana</strong></a>: <span class=\"retrain\">Apology 33% (37 below)</span>"))
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & \"Jerry\" O'Neil", "Tom &amp; &quot;Jerry&quot; O&#39;Neil"),
        ("\u{1B}[31mred", "\\u{1B}[31mred"),
        ("=cmd|' /C calc'!A0", "=cmd|&#39; /C calc&#39;!A0"),
    ])
    func escapesUserText(input: String, output: String) {
        #expect(HTMLReportExporter.escape(input) == output)
    }

    @Test func hostileNamesComeOutInert() {
        let html = page([ReportFixtures.record(trainee: "<script>alert(1)</script>\u{1B}]0;pwned\u{7}", title: "<img src=x onerror=alert(1)>")])
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func sparklineScalesScores() {
        #expect(HTMLReportExporter.sparkline([0, 100]).contains("points=\"2.0,26.0 118.0,2.0\""))
        #expect(HTMLReportExporter.sparkline([]) == "")
    }

    @Test func textChartsDrawBarsAndSparklines() {
        #expect(TextChart.bar(percent: 50, width: 10) == "█████░░░░░")
        #expect(TextChart.sparkline([0, 50, 100]) == "▁▄█")
    }
}
