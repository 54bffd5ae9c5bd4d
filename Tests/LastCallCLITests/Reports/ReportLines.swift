import LastCallKit

/// Progress-file lines for the CLI tests.
enum ReportLines {
    static func line(trainee: String = "ana", scenario: String = "late-order", title: String = "Late order", day: Int = 1,
                     score: Int = 80, outcome: SessionOutcome = .resolved, tallies: [(CriterionID, Int, Int)] = [(.apology, 1, 1)],
                     reply: String = "I'm sorry, I'll sort it out.") -> String {
        let startedAt = "2026-11-\(day < 10 ? "0" : "")\(day)T09:30:00Z"
        let record = SessionRecord(
            id: SessionRecord.makeID(trainee: trainee, scenario: scenario, startedAt: startedAt, seed: 3),
            trainee: trainee, scenario: scenario, scenarioTitle: title, level: 2, scenarioHash: "h", seed: 3,
            startedAt: startedAt, endedAt: "2026-11-\(day < 10 ? "0" : "")\(day)T09:34:12Z", durationSeconds: 252,
            outcome: outcome, endReason: nil, score: score, passMark: 70, passed: score >= 70 && outcome != .abandoned,
            moodStart: 40, moodEnd: 60, path: ["open"],
            criteria: tallies.map { CriterionTally(criterion: $0.0, met: $0.1, expected: $0.2) },
            turns: [Turn(step: "open", customer: "Where is my order?", reply: reply, met: [.apology], missed: [], mood: 60),
                    Turn(step: "close", customer: "Fine.", reply: "Thanks for waiting.", met: [], missed: [], mood: 62)],
            best: nil, weakest: nil, tips: [])
        return record.jsonValue.jsonText
    }
}
