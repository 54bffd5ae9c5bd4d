import Testing
@testable import LastCallKit

@Suite struct RubricLoadingTests {
    @Test func theProjectRubricLoadsCleanly() {
        let rubric = ScoringFixtures.rubric
        #expect(rubric.criteria.map(\.id) == CriterionID.allCases)
        #expect(rubric.passMark == 70)
        #expect(rubric.retraining == RetrainingRule(threshold: 70, sessions: 5))
        #expect(rubric[.apology]?.mood == MoodChange(met: 8, missed: -10))
    }

    static let broken = """
    pass: 170
    retraning:
      threshold: 70
    criteria:
      - id: apolgy
        title: Apologise
        asks: a
        why: b
        weight: heavy
        feedback: c
        mood:
          met: 8
          missed: 10
        phrases:
          - "(sorry|"
        unless:
          - reason: r
            where: arund
            phrases: [x]
    """

    @Test func collectsEveryProblemWithItsLocation() {
        let (rubric, diagnostics) = Rubric.load(yaml: Self.broken, path: "rubric.yaml")
        #expect(rubric == nil)
        let lines = diagnostics.map(\.description)
        #expect(lines.contains("rubric.yaml:1:7: error: 'pass' is 170, outside 0 to 100"))
        #expect(lines.contains("rubric.yaml:2:1: error: unknown key 'retraning' in the rubric"))
        #expect(lines.contains("rubric.yaml:5:9: error: unknown criterion 'apolgy'"))
        #expect(lines.contains("rubric.yaml:9:13: error: 'weight' should be a whole number from 0 to 100, not 'heavy'"))
        #expect(lines.contains("rubric.yaml:13:15: error: 'missed' is 10, outside -100 to 0"))
        #expect(lines.contains("rubric.yaml:15:10: error: bad phrase '(sorry|': '(' is never closed"))
        #expect(lines.contains("rubric.yaml:18:16: error: unknown place 'arund'"))
        #expect(lines.contains("rubric.yaml:1:1: error: the rubric is missing the required key 'retraining'"))
        #expect(diagnostics.first { $0.message.hasPrefix("unknown key 'retraning'") }?.hint == "did you mean 'retraining'?")
        #expect(diagnostics.first { $0.message.hasPrefix("unknown place") }?.hint?.hasPrefix("did you mean 'around'? places are") == true)
    }
}
