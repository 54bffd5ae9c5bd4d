import Testing
@testable import LastCallKit

/// Every exporter against its stored expected file. Text formats compare
/// byte for byte; JSON compares as data (parsed values, keys in order), so
/// the files may be re-indented without breaking the tests.
@Suite struct ReportExporterTests {
    static let at = ExportFixtures.generatedAt

    @Test(arguments: [
        (CSVExporter(by: .trainee) as any ReportExporter, "csv", false),
        (CSVExporter(by: .session), "csv", true),
        (JSONReportExporter(by: .trainee, generatedAt: at), "json", false),
        (JSONReportExporter(by: .session, generatedAt: at), "json", true),
        (XAPIExporter(options: ExportFixtures.options), "xapi", true),
        (HTMLReportExporter(generatedAt: at), "html", false),
    ])
    func namesAndStreaming(exporter: any ReportExporter, identifier: String, isStreaming: Bool) {
        #expect(exporter.identifier == identifier)
        #expect(exporter.isStreaming == isStreaming)
    }

    @Test(arguments: [
        (CSVExporter(by: .trainee) as any ReportExporter, "trainees.csv"),
        (CSVExporter(by: .session), "sessions.csv"),
        (HTMLReportExporter(generatedAt: at), "page.html"),
    ])
    func textMatchesTheStoredFile(exporter: any ReportExporter, file: String) throws {
        #expect(ExportFixtures.text(exporter) == (try ExportFixtures.expected(file)))
    }

    @Test(arguments: [
        (JSONReportExporter(by: .trainee, generatedAt: at) as any ReportExporter, "trainees.json"),
        (JSONReportExporter(by: .session, generatedAt: at), "sessions.json"),
        (XAPIExporter(options: ExportFixtures.options), "statements.json"),
        (XAPIExporter(options: ExportFixtures.options, includesTurns: true), "statements-turns.json"),
    ])
    func jsonMatchesTheStoredFileAsData(exporter: any ReportExporter, file: String) throws {
        let written = try JSONParser.parse(ExportFixtures.text(exporter))
        let expected = try JSONParser.parse(try ExportFixtures.expected(file))
        #expect(written == expected)
    }

    @Test func streamingExportsReadOnlyTheSessionsAndOthersOnlyTheTeam() {
        let exporters: [any ReportExporter] = [
            CSVExporter(by: .trainee), CSVExporter(by: .session), JSONReportExporter(by: .trainee, generatedAt: Self.at),
            JSONReportExporter(by: .session, generatedAt: Self.at), XAPIExporter(options: ExportFixtures.options),
            XAPIExporter(options: ExportFixtures.options, includesTurns: true), HTMLReportExporter(generatedAt: Self.at),
        ]
        for exporter in exporters {
            let source = CountingSource(ExportFixtures.source)
            exporter.write(source) { _ in }
            #expect(source.counts.teams == (exporter.isStreaming ? 0 : 1), "\(type(of: exporter))")
            // The HTML page also streams the records once, for each trainee's missed replies.
            #expect(source.counts.streams == (exporter.isStreaming || exporter is HTMLReportExporter ? 1 : 0), "\(type(of: exporter))")
        }
    }

    @Test func emptyExportsAreStillWholeDocuments() throws {
        let empty = SessionList(records: [], settings: .standard)
        #expect(ExportFixtures.text(CSVExporter(by: .session), empty).hasSuffix("promises_judged\r\n"))
        #expect(try JSONParser.parse(ExportFixtures.text(XAPIExporter(options: ExportFixtures.options), empty)) == .array([]))
        let sessions = try JSONParser.parse(ExportFixtures.text(JSONReportExporter(by: .session, generatedAt: Self.at), empty))
        #expect(sessions["sessions"] == .array([]))
    }

    @Test func theFilterDecidesWhatIsExported() {
        let latest = SessionList(records: ExportFixtures.records, settings: .standard, filter: ReportFilter(last: 1))
        let rows = ExportFixtures.text(CSVExporter(by: .session), latest).split(separator: "\r\n")
        // One session per trainee (the hostile title's line break stays inside its quoted cell).
        #expect(rows.count == 1 + 4)
        #expect(!rows.contains { $0.contains("2026-11-01T") })
    }
}

/// A source that counts what an exporter asked for.
final class CountingSource: ExportSource {
    private let inner: SessionList
    var counts = (teams: 0, streams: 0)

    init(_ inner: SessionList) { self.inner = inner }

    var settings: ReportSettings { inner.settings }
    var filter: ReportFilter { inner.filter }

    func teamReport() -> TeamReport {
        counts.teams += 1
        return inner.teamReport()
    }

    func forEachSession(_ body: (SessionFacts) -> Void) {
        counts.streams += 1
        inner.forEachSession(body)
    }

    func forEachRecord(_ body: (SessionRecord) -> Void) {
        counts.streams += 1
        inner.forEachRecord(body)
    }
}
