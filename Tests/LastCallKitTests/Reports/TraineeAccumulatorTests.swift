import Testing
@testable import LastCallKit

@Suite struct TraineeAccumulatorTests {
    func report(_ records: [SessionRecord], settings: ReportSettings = .standard,
                library: [ScenarioSummary] = ReportFixtures.library) -> TraineeReport {
        var accumulator = TraineeAccumulator(trainee: "ana", settings: settings, keepSessions: 10)
        for record in records { accumulator.add(SessionFacts(record)) }
        return accumulator.report(settings: settings, library: library)
    }

    static func promised(day: Int, kept: Int, judged: Int, score: Int = 80) -> SessionRecord {
        var record = ReportFixtures.record(day: day, score: score)
        record.promiseTally = PromiseTally(kept: kept, judged: judged)
        return record
    }

    @Test func aSessionLeftBeforeAnyReplyIsAbandonedButNotScored() {
        let records = [
            ReportFixtures.record(day: 1, score: 60),
            ReportFixtures.record(day: 2, score: 0, outcome: .abandoned, tallies: [], turns: []),
            ReportFixtures.record(day: 3, score: 40, outcome: .abandoned),
            ReportFixtures.record(day: 4, score: 0, outcome: .abandoned, tallies: [], turns: []),
        ]
        let ana = report(records)
        #expect(ana.sessions == 4)
        #expect(ana.abandoned == 3)
        #expect(ana.unanswered == 2)
        #expect(ana.scoredSessions == 2)
        #expect(ana.averageScoreText == "50.0")
        #expect(ana.latestScore == 40)
        #expect(ana.trend == [60, 40])
        // Still in the record of sessions the trainee's page lists.
        #expect(ana.recentSessions.count == 4)
        #expect(ana.recentSessions.filter(\.isUnanswered).count == 2)
    }

    @Test func mergingKeepsTheLatestScoredSession() {
        let settings = ReportSettings.standard
        var early = TraineeAccumulator(trainee: "ana", settings: settings)
        early.add(SessionFacts(ReportFixtures.record(day: 1, score: 60)))
        var later = TraineeAccumulator(trainee: "ana", settings: settings)
        later.add(SessionFacts(ReportFixtures.record(day: 2, score: 0, outcome: .abandoned, tallies: [], turns: [])))
        early.merge(later)
        let ana = early.report(settings: settings, library: [])
        #expect(ana.latestScore == 60)
        #expect(ana.averageScoreText == "60.0")
        #expect(ana.unanswered == 1)
        #expect(ana.lastSession == "2026-11-02T09:30:00Z")
    }

    @Test(arguments: [(0, 1), (1, 2), (2, 3), (4, 5), (5, 5)])
    func theLevelIsTheHighestPassedPlusOne(highestPassed: Int, level: Int) {
        #expect(TraineeAccumulator.level(highestPassed: highestPassed) == level)
    }

    @Test func aTraineeWhoPassedNothingIsAtLevelOne() {
        #expect(report([ReportFixtures.record(level: 3, score: 20)]).level == 1)
        #expect(report([ReportFixtures.record(level: 3, score: 90)]).level == 4)
    }

    @Test func suggestionsTakeTheScenarioBuiltForTheCriterionFirst() {
        let library = [
            ScenarioSummary(id: "a-all", title: "A", level: 1, criteria: [.apology, .noBlame, .timeFrame]),
            ScenarioSummary(id: "b-blame", title: "B", level: 2, criteria: [.apology, .noBlame], focus: [.noBlame]),
            ScenarioSummary(id: "c-far", title: "C", level: 4, criteria: [.noBlame], focus: [.noBlame]),
            ScenarioSummary(id: "d-time", title: "D", level: 1, criteria: [.noBlame, .timeFrame], focus: [.timeFrame]),
        ]
        // Level 1 (nothing passed): c-far is three levels off; b-blame focuses on no-blame.
        let suggested = TraineeAccumulator.suggest(for: [.noBlame], level: 1, passed: [], library: library)
        #expect(suggested.map(\.id) == ["b-blame", "a-all", "d-time"])
        let both = TraineeAccumulator.suggest(for: [.timeFrame, .noBlame], level: 1, passed: ["b-blame"], library: library)
        #expect(both.map(\.id) == ["d-time", "a-all"])
    }

    @Test func promisesKeptNeedRetrainingBelowTheRubricThreshold() {
        let records = [Self.promised(day: 1, kept: 3, judged: 3), Self.promised(day: 2, kept: 0, judged: 0),
                       Self.promised(day: 3, kept: 1, judged: 2), Self.promised(day: 4, kept: 0, judged: 1)]
        let window2 = ReportSettings(criteria: ReportSettings.standard.criteria, retrainWindow: 2, promisesThreshold: 60)
        let ana = report(records, settings: window2)
        #expect(ana.promises.kept == 4)
        #expect(ana.promises.judged == 6)
        #expect(ana.promises.percent == 67)
        // The last two sessions that judged a promise: 1 of 3.
        #expect(ana.promises.recentPercent == 33)
        #expect(ana.promises.needsRetraining)
        #expect(ana.promises.below == 27)
        #expect(ana.retraining.map(\.id) == ["promises-kept"])
        #expect(ana.needsRetraining)
        let lenient = ReportSettings(criteria: ReportSettings.standard.criteria, retrainWindow: 2, promisesThreshold: 30)
        #expect(!report(records, settings: lenient).promises.needsRetraining)
        #expect(report([ReportFixtures.record()]).promises.percent == nil)
    }

    @Test func retrainingItemsComeFurthestBelowFirst() {
        let ana = report([ReportFixtures.record(tallies: [(.apology, 1, 2), (.timeFrame, 0, 1), (.ownership, 2, 3)])])
        #expect(ana.retraining.map(\.id) == ["time-frame", "apology", "ownership"])
        #expect(ana.retraining.map(\.below) == [70, 20, 3])
        #expect(ana.retraining.map(\.summary) == ["0% (70 below)", "50% (20 below)", "67% (3 below)"])
        #expect(ana.retrainBelow == 70)
    }

    @Test func aRateJustUnderTheThresholdIsAtLeastOnePointBelow() {
        #expect(RetrainItem.below(threshold: 70, part: 139, of: 200) == 1)
        #expect(RetrainItem.below(threshold: 70, part: 0, of: 3) == 70)
    }
}
