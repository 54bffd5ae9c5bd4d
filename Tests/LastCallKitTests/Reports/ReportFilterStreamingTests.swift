import Testing
@testable import LastCallKit

@Suite struct ReportFilterStreamingTests {
    /// Two trainees' sessions interleaved as files would stream them.
    static let records: [SessionRecord] = [
        ReportFixtures.record(trainee: "bo", day: 1), ReportFixtures.record(trainee: "ana", day: 2),
        ReportFixtures.record(trainee: "bo", day: 3), ReportFixtures.record(trainee: "ana", day: 4),
        ReportFixtures.record(trainee: "ana", day: 5), ReportFixtures.record(trainee: "bo", day: 6),
    ]

    static func kept<Session: FilterableSession>(_ filter: ReportFilter, _ sessions: [Session]) -> [Session] {
        var out: [Session] = []
        filter.forEachKept(from: { body in sessions.forEach(body) }) { out.append($0) }
        return out
    }

    static func names(_ sessions: [some FilterableSession]) -> [String] {
        sessions.map { "\($0.trainee)-\($0.startedAt.dropFirst(8).prefix(2))" }
    }

    @Test func withoutLastSessionsPassInFileOrder() {
        #expect(Self.names(Self.kept(ReportFilter(), Self.records)) == ["bo-01", "ana-02", "bo-03", "ana-04", "ana-05", "bo-06"])
        #expect(Self.names(Self.kept(ReportFilter(since: "2026-11-04"), Self.records)) == ["ana-04", "ana-05", "bo-06"])
    }

    @Test func untilKeepsSessionsStartedOnOrBeforeItsDay() {
        #expect(Self.names(Self.kept(ReportFilter(until: "2026-11-03"), Self.records)) == ["bo-01", "ana-02", "bo-03"])
        #expect(Self.names(Self.kept(ReportFilter(since: "2026-11-03", until: "2026-11-04"), Self.records)) == ["bo-03", "ana-04"])
        #expect(Self.names(Self.kept(ReportFilter(since: "2026-11-04", until: "2026-11-03"), Self.records)).isEmpty)
        #expect(Self.names(Self.kept(ReportFilter(until: "2026-11-05", last: 1), Self.records)) == ["ana-05", "bo-03"])
        #expect(ReportFilter(since: "2026-11-01", until: "2026-11-30", last: 2).summary
                == "since 2026-11-01, until 2026-11-30, last 2 sessions per trainee")
    }

    @Test func withLastEachTraineesLatestComeTraineeByTrainee() {
        let filter = ReportFilter(since: "2026-11-02", last: 2)
        #expect(Self.names(Self.kept(filter, Self.records)) == ["ana-04", "ana-05", "bo-03", "bo-06"])
    }

    @Test func recordsAndFactsAreKeptAlike() {
        let filter = ReportFilter(last: 1)
        let facts = Self.records.map(SessionFacts.init)
        #expect(Self.kept(filter, Self.records).map(SessionFacts.init) == Self.kept(filter, facts))
    }

    @Test func theReportBuilderCountsTheSameSessionsAsTheStream() {
        let filter = ReportFilter(since: "2026-11-02", last: 2)
        var builder = ReportBuilder(settings: ReportFixtures.settings, filter: filter)
        Self.records.map(SessionFacts.init).forEach { builder.add($0) }
        let team = builder.finish()
        let kept = Self.kept(filter, Self.records)
        for trainee in team.trainees {
            #expect(trainee.sessions == kept.filter { $0.trainee == trainee.trainee }.count)
            #expect(trainee.lastSession == kept.last { $0.trainee == trainee.trainee }?.startedAt)
        }
    }
}
