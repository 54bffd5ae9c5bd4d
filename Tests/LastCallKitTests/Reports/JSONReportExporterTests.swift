import Testing
@testable import LastCallKit

@Suite struct JSONReportExporterTests {
    @Test func byTraineeIsTypedData() throws {
        var builder = ReportBuilder(settings: .standard, library: ReportFixtures.library)
        builder.add(SessionFacts(ReportFixtures.record(day: 1, score: 60, tallies: [(.apology, 1, 2)])))
        builder.add(SessionFacts(ReportFixtures.record(day: 2, score: 91, tallies: [(.apology, 2, 2)])))
        let text = JSONReportExporter.trainees(builder.finish(), generatedAt: "2026-11-25T10:00:00Z")
        let value = try JSONParser.parse(text)
        #expect(value["generated_at"] == .string("2026-11-25T10:00:00Z"))
        #expect(value["retraining"] == .object([("threshold", .int(70)), ("window", .int(5)), ("promises_kept", .int(70))]))
        guard case .array(let trainees)? = value["trainees"], let ana = trainees.first else { Issue.record("no trainees"); return }
        #expect(ana["trainee"] == .string("ana"))
        #expect(ana["sessions"] == .int(2))
        #expect(ana["pass_rate"] == .double(0.5))
        #expect(ana["average_score"] == .double(75.5))
        #expect(ana["criteria"]?["apology"] == .object([
            ("met", .int(3)), ("expected", .int(4)), ("percent", .int(75)), ("recent_met", .int(3)),
            ("recent_expected", .int(4)), ("recent_percent", .int(75)), ("needs_retraining", .bool(false)),
        ]))
        #expect(ana["criteria"]?["ownership"]?["percent"] == .null)
        #expect(ana["needs_retraining"] == .bool(false))
        #expect(ana["trend"] == .array([.int(60), .int(91)]))
    }

    @Test func bySessionIsOneValidDocument() throws {
        let records = [ReportFixtures.record(day: 1), ReportFixtures.record(trainee: "<script>alert(1)</script>", day: 2)]
        var text = ""
        JSONReportExporter(by: .session, generatedAt: "2026-11-25T10:00:00Z")
            .write(SessionList(records: records, settings: .standard)) { text += $0 }
        #expect(!text.contains("<script>"))
        let value = try JSONParser.parse(text)
        guard case .array(let items)? = value["sessions"] else { Issue.record("no sessions"); return }
        #expect(items.count == 2)
        #expect(items[1]["trainee"] == .string("<script>alert(1)</script>"))
        #expect(items[0]["outcome"] == .string("resolved"))
        #expect(items[0]["criteria"]?["apology"] == .object([("met", .int(1)), ("expected", .int(1))]))
    }

    @Test func emptyBySessionDocumentIsValid() throws {
        var text = ""
        JSONReportExporter(by: .session, generatedAt: "x").write(SessionList(records: [], settings: .standard)) { text += $0 }
        let value = try JSONParser.parse(text)
        #expect(value["sessions"] == .array([]))
    }
    @Test func bothFormsNameTheWholeFilterUntilIncluded() throws {
        let filter = ReportFilter(since: "2026-11-02", until: "2026-11-03", last: 5)
        let expected = JSONValue.object([("since", .string("2026-11-02")), ("until", .string("2026-11-03")), ("last", .int(5))])
        let records = (1...4).map { ReportFixtures.record(day: $0) }
        var builder = ReportBuilder(settings: .standard, filter: filter, library: ReportFixtures.library)
        records.forEach { builder.add(SessionFacts($0)) }
        let trainees = try JSONParser.parse(JSONReportExporter.trainees(builder.finish(), generatedAt: "2026-11-25T10:00:00Z"))
        #expect(trainees["filter"] == expected)
        guard case .array(let people)? = trainees["trainees"] else { Issue.record("no trainees"); return }
        #expect(people.first?["sessions"] == .int(2))
        var text = ""
        JSONReportExporter(by: .session, generatedAt: "2026-11-25T10:00:00Z")
            .write(SessionList(records: records, settings: .standard, filter: filter)) { text += $0 }
        let sessions = try JSONParser.parse(text)
        #expect(sessions["filter"] == expected)
        guard case .array(let items)? = sessions["sessions"] else { Issue.record("no sessions"); return }
        #expect(items.map { $0["started_at"] } == [.string("2026-11-02T09:30:00Z"), .string("2026-11-03T09:30:00Z")])
    }
}
