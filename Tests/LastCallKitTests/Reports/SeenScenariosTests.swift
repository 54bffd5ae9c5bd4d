import Testing
@testable import LastCallKit

@Suite struct SeenScenariosTests {
    static func session(_ scenario: String, title: String = "Late order", level: Int = 2, day: Int = 1,
                        tallies: [(CriterionID, Int, Int)]) -> SessionFacts {
        ReportFixtures.facts(ReportFixtures.record(scenario: scenario, title: title, level: level, day: day, tallies: tallies))
    }

    @Test func collectsExpectedCriteriaInFirstSeenOrderAndTheLatestTitle() {
        var seen = SeenScenarios()
        seen.add(Self.session("late-order", tallies: [(.timeFrame, 1, 1), (.apology, 0, 0)]))
        seen.add(Self.session("late-order", tallies: [(.timeFrame, 0, 1)]))
        seen.add(Self.session("late-order", title: "Late order (v2)", level: 3, tallies: [(.apology, 1, 2)]))
        seen.add(Self.session("double-charge", level: 1, tallies: [(.ownership, 1, 1)]))
        #expect(seen.scenarios == [
            ScenarioSummary(id: "double-charge", title: "Late order", level: 1, criteria: [.ownership]),
            ScenarioSummary(id: "late-order", title: "Late order (v2)", level: 3, criteria: [.timeFrame, .apology]),
        ])
    }

    @Test func mergingTwoRunsEqualsOneRunInOrder() {
        let sessions = [
            Self.session("a", title: "A1", tallies: [(.apology, 1, 1)]),
            Self.session("b", tallies: [(.noBlame, 0, 1)]),
            Self.session("a", title: "A2", level: 4, tallies: [(.nameAndNumber, 1, 1)]),
            Self.session("c", tallies: []),
            Self.session("b", title: "B2", tallies: [(.apology, 1, 1)]),
        ]
        var whole = SeenScenarios()
        sessions.forEach { whole.add($0) }
        for split in 0...sessions.count {
            var first = SeenScenarios(), second = SeenScenarios()
            sessions[..<split].forEach { first.add($0) }
            sessions[split...].forEach { second.add($0) }
            first.merge(second)
            #expect(first.scenarios == whole.scenarios, "split at \(split)")
        }
    }

    @Test func isEmptyUntilASessionIsAdded() {
        #expect(SeenScenarios().scenarios.isEmpty)
    }
}
