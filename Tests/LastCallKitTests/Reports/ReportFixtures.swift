import LastCallKit

/// Small session records for the report tests.
enum ReportFixtures {
    static let settings = ReportSettings.standard

    /// A record; `tallies` as (criterion, met, expected).
    static func record(trainee: String = "ana", scenario: String = "late-order", title: String = "Late order", level: Int = 2,
                       day: Int = 1, score: Int = 80, passed: Bool? = nil, outcome: SessionOutcome = .resolved,
                       duration: Int = 252, tallies: [(CriterionID, Int, Int)] = [(.apology, 1, 1)],
                       turns: [Turn]? = nil) -> SessionRecord {
        let startedAt = "2026-11-\(day < 10 ? "0" : "")\(day)T09:30:00Z"
        let endedAt = "2026-11-\(day < 10 ? "0" : "")\(day)T09:34:12Z"
        return SessionRecord(
            id: SessionRecord.makeID(trainee: trainee, scenario: scenario, startedAt: startedAt, seed: 7),
            trainee: trainee, scenario: scenario, scenarioTitle: title, level: level, scenarioHash: "abc", seed: 7,
            startedAt: startedAt, endedAt: endedAt, durationSeconds: duration, outcome: outcome, endReason: nil,
            score: score, passMark: 70, passed: passed ?? (score >= 70), moodStart: 40, moodEnd: 60, path: ["open"],
            criteria: tallies.map { CriterionTally(criterion: $0.0, met: $0.1, expected: $0.2) },
            turns: turns ?? [Turn(step: "open", customer: "Where is my order?", reply: "I'm sorry, I'll sort it out.",
                                  met: [.apology], missed: [], mood: 60)],
            best: nil, weakest: nil, tips: [])
    }

    static func facts(_ record: SessionRecord) -> SessionFacts { SessionFacts(record) }

    static let library = [
        ScenarioSummary(id: "late-order", title: "Late order", level: 2, criteria: [.apology, .ownership, .timeFrame]),
        ScenarioSummary(id: "double-charge", title: "Charged twice", level: 1, criteria: [.apology, .timeFrame]),
        ScenarioSummary(id: "lost-parcel", title: "Lost parcel", level: 3, criteria: [.timeFrame, .nameAndNumber]),
        ScenarioSummary(id: "outage", title: "Outage", level: 5, criteria: [.timeFrame]),
    ]
}
