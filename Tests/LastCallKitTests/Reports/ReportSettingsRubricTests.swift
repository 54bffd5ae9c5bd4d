import Testing
@testable import LastCallKit

@Suite struct ReportSettingsRubricTests {
    @Test func takesCriteriaInRubricOrderWithTrimmedTipsAndTheRetrainingRule() {
        var rubric = ScoringFixtures.rubric
        rubric.retraining = RetrainingRule(threshold: 60, sessions: 8)
        rubric.criteria.swapAt(0, 4)
        rubric.criteria[1].feedback = "\n  Own it: say what you will do.\n"
        let settings = ReportSettings(rubric: rubric)
        #expect(settings.criteria.map(\.id) == rubric.criteria.map(\.id))
        #expect(settings.criteria.map(\.title) == rubric.criteria.map(\.title))
        #expect(settings.criteria[1].tip == "Own it: say what you will do.")
        #expect(settings.retrainThreshold == 60)
        #expect(settings.retrainWindow == 8)
    }

    @Test func aWindowBelowOneSessionCountsAsOne() {
        var rubric = ScoringFixtures.rubric
        rubric.retraining = RetrainingRule(threshold: 70, sessions: 0)
        #expect(ReportSettings(rubric: rubric).retrainWindow == 1)
    }

    @Test func theProjectRubricNamesTheStandardCriteriaInTheirOrder() {
        let settings = ReportSettings(rubric: ScoringFixtures.rubric)
        #expect(settings.criteria.map(\.id) == ReportSettings.standard.criteria.map(\.id))
        #expect(settings.criteria.allSatisfy { !$0.tip.isEmpty && $0.tip == $0.tip.trimmingWhitespace() })
    }
}
