import Testing
@testable import LastCallKit

@Suite struct ReportBuilderTests {
    func team(_ records: [SessionRecord], filter: ReportFilter = ReportFilter(), settings: ReportSettings = .standard) -> TeamReport {
        var builder = ReportBuilder(settings: settings, filter: filter, library: ReportFixtures.library)
        for record in records { builder.add(SessionFacts(record)) }
        return builder.finish()
    }

    @Test func countsSessionsScoresAndRates() throws {
        let report = team([
            ReportFixtures.record(day: 1, score: 60, tallies: [(.apology, 1, 2)]),
            ReportFixtures.record(day: 2, score: 90, tallies: [(.apology, 2, 2), (.timeFrame, 1, 1)]),
        ])
        let ana = try #require(report.trainees.first)
        #expect(ana.sessions == 2)
        #expect(ana.passed == 1)
        #expect(ana.averageScoreText == "75.0")
        #expect(ana.latestScore == 90)
        #expect(ana.lastSession == "2026-11-02T09:30:00Z")
        #expect(ana.criteria.map(\.percent) == [75, nil, 100, nil, nil])
        #expect(ana.trend == [60, 90])
    }

    @Test func retrainsWhenTheLastNExpectationsFallBelowTheThreshold() throws {
        // Early sessions met apology; the last five that expected it met 3 of 5 (60% < 70%).
        var records = (1...5).map { ReportFixtures.record(day: $0, tallies: [(.apology, 1, 1)]) }
        records += [(6, 1), (7, 0), (8, 1), (9, 0), (10, 1)].map { ReportFixtures.record(day: $0.0, tallies: [(.apology, $0.1, 1)]) }
        records.append(ReportFixtures.record(day: 11, tallies: [(.timeFrame, 1, 1)]))   // did not expect apology
        let ana = try #require(team(records).trainees.first)
        let apology = ana.criteria[0]
        #expect(apology.percent == 80)
        #expect(apology.recentMet == 3 && apology.recentExpected == 5)
        #expect(apology.needsRetraining)
        #expect(ana.retrainOn.map(\.criterion.id) == [.apology])
    }

    @Test(arguments: [(70, false), (71, true)])
    func thresholdIsStrict(threshold: Int, retrain: Bool) throws {
        let records = [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 0), (9, 0), (10, 0)]
            .map { ReportFixtures.record(day: $0.0, tallies: [(.apology, $0.1, 1)]) }
        let settings = ReportSettings(criteria: ReportSettings.standard.criteria, retrainThreshold: threshold, retrainWindow: 10)
        let ana = try #require(team(records, settings: settings).trainees.first)
        #expect(ana.criteria[0].needsRetraining == retrain)
    }

    @Test func suggestsUnpassedScenariosNearTheLevelThatExpectTheCriterion() throws {
        let records = [
            ReportFixtures.record(scenario: "late-order", level: 2, day: 1, score: 90, tallies: [(.timeFrame, 0, 2)]),
        ]
        let ana = try #require(team(records).trainees.first)
        // Passed level 2, so level 3: late-order passed; outage (5) and double-charge (1) are too far; lost-parcel (3) fits.
        #expect(ana.level == 3)
        #expect(ana.suggestions.map(\.id) == ["lost-parcel"])
    }

    @Test func sinceAndLastNarrowTheSessions() throws {
        let records = (1...9).map { ReportFixtures.record(day: $0, score: $0 * 10) }
        let since = try #require(team(records, filter: ReportFilter(since: "2026-11-05")).trainees.first)
        #expect(since.sessions == 5)
        let last = try #require(team(records, filter: ReportFilter(since: "2026-11-03", last: 2)).trainees.first)
        #expect(last.sessions == 2)
        #expect(last.trend == [80, 90])
    }

    @Test func teamIsSortedByNeedForHelp() {
        let records = [
            ReportFixtures.record(trainee: "good", score: 95, tallies: [(.apology, 1, 1)]),
            ReportFixtures.record(trainee: "weak", score: 40, tallies: [(.apology, 0, 1), (.timeFrame, 0, 1)]),
            ReportFixtures.record(trainee: "middling", score: 60, tallies: [(.apology, 0, 1)]),
            ReportFixtures.record(trainee: "also-good", score: 95, tallies: [(.apology, 1, 1)]),
        ]
        #expect(team(records).trainees.map(\.trainee) == ["weak", "middling", "also-good", "good"])
    }

    @Test func sessionsForScenariosMissingFromTheLibraryStillCount() throws {
        let ana = try #require(team([ReportFixtures.record(scenario: "retired", title: "Retired one")]).trainees.first)
        #expect(ana.sessions == 1)
    }

    @Test(arguments: [("2026-02-29", false), ("2028-02-29", true), ("2026-13-01", false), ("2026-1-01", false), ("2026-11-25", true)])
    func validatesDates(text: String, valid: Bool) {
        #expect((ReportFilter.date(text) != nil) == valid)
    }

    @Test func recentWindowKeepsTheLatest() {
        var window = RecentWindow<Int>(capacity: 3)
        for value in 1...7 { window.append(value) }
        #expect(window.elements == [5, 6, 7])
    }
}
