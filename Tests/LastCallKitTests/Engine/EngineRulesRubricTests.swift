import Testing
@testable import LastCallKit

@Suite struct EngineRulesRubricTests {
    @Test func takesWeightsMoodChangesAsSizesAndThePassMark() {
        var rubric = ScoringFixtures.rubric
        rubric.passMark = 65
        for index in rubric.criteria.indices {
            rubric.criteria[index].weight = index + 1
            rubric.criteria[index].mood = MoodChange(met: index * 2, missed: -(index * 3))
        }
        rubric.criteria[0].mood = MoodChange(met: -4, missed: 7)
        let rules = EngineRules(rubric: rubric)
        #expect(rules.passMark == 65)
        #expect(rules.turnCap == EngineRules().turnCap)
        for (index, criterion) in rubric.criteria.enumerated() {
            #expect(rules.weight(criterion.id) == Double(index + 1))
        }
        // Whatever sign the rubric wrote, a gain is added and a loss subtracted.
        #expect(rules.moodGain[rubric.criteria[0].id] == 4)
        #expect(rules.moodLoss[rubric.criteria[0].id] == 7)
        #expect(rules.moodGain[rubric.criteria[2].id] == 4)
        #expect(rules.moodLoss[rubric.criteria[2].id] == 6)
    }

    @Test func coversEveryCriterionOfTheProjectRubric() {
        let rules = EngineRules(rubric: ScoringFixtures.rubric)
        #expect(Set(rules.weights.keys) == Set(CriterionID.allCases))
        #expect(Set(rules.moodGain.keys) == Set(CriterionID.allCases))
        #expect(Set(rules.moodLoss.keys) == Set(CriterionID.allCases))
        #expect(rules.passMark == ScoringFixtures.rubric.passMark)
    }
}
