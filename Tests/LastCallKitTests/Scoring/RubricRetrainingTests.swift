import Foundation
import Testing
@testable import LastCallKit

/// The rubric's `retraining` rule, with its `promises-kept` threshold.
@Suite struct RubricRetrainingTests {
    /// The project's rubric with its `promises-kept: 70` line replaced by `line`.
    func load(_ line: String) -> (Rubric?, [String]) {
        let text = (try? String(contentsOfFile: ScoringFixtures.rubricPath, encoding: .utf8)) ?? ""
        #expect(text.contains("  promises-kept: 70\n"))
        let (rubric, diagnostics) = Rubric.load(yaml: text.replacingOccurrences(of: "  promises-kept: 70\n", with: line), path: "rubric.yaml")
        return (rubric, diagnostics.map(\.description))
    }

    @Test func theProjectRubricKeepsPromisesAtSeventy() {
        #expect(ScoringFixtures.rubric.retraining == RetrainingRule(threshold: 70, sessions: 5, promisesKept: 70))
        #expect(ReportSettings(rubric: ScoringFixtures.rubric).promisesThreshold == 70)
    }

    @Test func readsTheThresholdAndDefaultsItToSeventy() {
        #expect(load("  promises-kept: 55\n").0?.retraining.promisesKept == 55)
        #expect(load("").0?.retraining.promisesKept == 70)
    }

    @Test func aWrongValueOrKeyIsLocated() {
        let (rubric, lines) = load("  promises-kept: 170\n")
        #expect(rubric == nil)
        #expect(lines.contains { $0.contains("error: 'promises-kept' is 170, outside 0 to 100") }, "\(lines)")
        let (_, typo) = load("  promise-kept: 60\n")
        #expect(typo.contains { $0.contains("error: unknown key 'promise-kept' in 'retraining'") }, "\(typo)")
    }
}
