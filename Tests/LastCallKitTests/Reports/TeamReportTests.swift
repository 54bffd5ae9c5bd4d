import Testing
@testable import LastCallKit

@Suite struct TeamReportTests {
    func flagged(_ trainee: String, day: Int, _ criteria: [CriterionID?]) -> SessionRecord {
        var record = ReportFixtures.record(trainee: trainee, day: day)
        record.flags = criteria.map { Flag(turn: 1, criterion: $0, note: nil, verdict: []) }
        return record
    }

    func team(_ records: [SessionRecord], throughLines: Bool = false) throws -> TeamReport {
        var builder = ReportBuilder(settings: .standard, library: ReportFixtures.library)
        for record in records {
            builder.add(throughLines ? try SessionFacts(line: Array(record.jsonValue.jsonText.utf8)) : SessionFacts(record))
        }
        return builder.finish()
    }

    @Test(arguments: [false, true])
    func disputesCountFlagsPerCriterionMostFirst(throughLines: Bool) throws {
        let report = try team([
            flagged("ana", day: 1, [.apology, nil]),
            flagged("ben", day: 2, [.timeFrame, .apology]),
            flagged("ana", day: 3, [.apology, .timeFrame, nil]),
            ReportFixtures.record(trainee: "cy", day: 4),
        ], throughLines: throughLines)
        #expect(report.disputes.map(\.criterion) == ["apology", "time-frame", "whole verdict"])
        #expect(report.disputes.map(\.flags) == [3, 2, 2])
        #expect(report.trainees.first { $0.trainee == "ana" }?.flags == ["apology": 2, "whole verdict": 2, "time-frame": 1])
    }

    @Test func theHTMLReportShowsWhereTraineesDisputeTheScorerOnlyWhenTheyDo() throws {
        let with = HTMLReportExporter.page(try team([flagged("ana", day: 1, [.apology, .noBlame, .noBlame])]), generatedAt: "2026-11-25T10:00:00Z")
        #expect(with.contains("<h2>Where trainees dispute the scorer most</h2>\n<ul>\n<li>no-blame: 2 flags</li>\n<li>apology: 1 flag</li>\n</ul>"))
        let without = HTMLReportExporter.page(try team([ReportFixtures.record()]), generatedAt: "2026-11-25T10:00:00Z")
        #expect(!without.contains("dispute"))
    }
}
