import Testing
@testable import LastCallKit

@Suite struct ReviewQueueTests {
    func record(_ trainee: String, _ id: String, started: String, scenario: String = "late", flags: [Flag]) -> SessionRecord {
        let turns = (1...3).map { Turn(step: "s\($0)", customer: "Customer \($0)", reply: "\(trainee) reply \($0)", met: [], missed: [], mood: 50) }
        return SessionRecord(id: id, trainee: trainee, scenario: scenario, scenarioTitle: "T", level: 1, scenarioHash: "h", seed: 1,
                             startedAt: started, endedAt: started, durationSeconds: 0, outcome: .resolved, endReason: nil,
                             score: 50, passMark: 70, passed: false, moodStart: 50, moodEnd: 50, path: [], criteria: [],
                             turns: turns, best: nil, weakest: nil, tips: [], flags: flags)
    }

    func flag(_ turn: Int, _ criterion: CriterionID? = nil) -> Flag {
        Flag(turn: turn, criterion: criterion, note: nil, verdict: [])
    }

    @Test func oldestSessionFirstThenTurnOrderWithFlagsOfATurnTogether() {
        var queue = ReviewQueue(reviewed: [])
        queue.add(record("sam", "s2", started: "2026-12-02T09:00:00Z", flags: [flag(3), flag(1, .apology), flag(1, .ownership)]))
        queue.add(record("ana", "s1", started: "2026-12-01T09:00:00Z", flags: [flag(2, .timeFrame)]))
        queue.add(record("bo", "s3", started: "2026-12-03T09:00:00Z", flags: []))
        #expect(queue.items.map(\.key) == ["s1 turn 2", "s2 turn 1", "s2 turn 3"])
        #expect(queue.items[1].disputed == [.apology, .ownership])
        #expect(queue.items[1].turn.reply == "sam reply 1")
    }

    @Test func filtersNarrowTheQueue() {
        var queue = ReviewQueue(reviewed: [], trainee: "sam", scenario: "late", since: "2026-12-02")
        queue.add(record("sam", "s1", started: "2026-12-01T23:59:59Z", flags: [flag(1)]))
        queue.add(record("sam", "s2", started: "2026-12-02T00:00:00Z", flags: [flag(1)]))
        queue.add(record("sam", "s3", started: "2026-12-03T00:00:00Z", scenario: "other", flags: [flag(1)]))
        queue.add(record("ana", "s4", started: "2026-12-03T00:00:00Z", flags: [flag(1)]))
        #expect(queue.items.map(\.sessionID) == ["s2"])
    }

    @Test func untilKeepsSessionsStartedOnOrBeforeThatDay() {
        var queue = ReviewQueue(reviewed: [], since: "2026-12-02", until: "2026-12-03")
        queue.add(record("sam", "s1", started: "2026-12-01T23:59:59Z", flags: [flag(1)]))
        queue.add(record("sam", "s2", started: "2026-12-02T00:00:00Z", flags: [flag(1)]))
        queue.add(record("sam", "s3", started: "2026-12-03T23:59:59Z", flags: [flag(1)]))
        queue.add(record("sam", "s4", started: "2026-12-04T00:00:00Z", flags: [flag(1)]))
        #expect(queue.items.map(\.sessionID) == ["s2", "s3"])
    }

    @Test func aFlagOnATurnThatDoesNotExistIsLeftOut() {
        var queue = ReviewQueue(reviewed: [])
        queue.add(record("sam", "s1", started: "2026-12-01T00:00:00Z", flags: [flag(9), flag(0)]))
        #expect(queue.items.isEmpty)
    }

    @Test func aReviewedTurnIsNotShownAgain() {
        let item = ReviewItem(sessionID: "s1", trainee: "sam", scenario: "late", startedAt: "2026-12-01T00:00:00Z", turnNumber: 2,
                              turn: Turn(step: "a", customer: "c", reply: "r", met: [], missed: [], mood: 1), flags: [flag(2)])
        let labelled = ReviewQueue.labelled(item, decisions: [.apology: true], reviewedOn: "2026-12-05")
        #expect(labelled.source == "review of sam's session s1 turn 2 (late, reviewed 2026-12-05)")
        let reviewed = ReviewQueue.reviewedKeys(in: [labelled])
        #expect(reviewed == ["s1 turn 2"])
        var queue = ReviewQueue(reviewed: reviewed)
        queue.add(record("sam", "s1", started: "2026-12-01T00:00:00Z", flags: [flag(2), flag(3)]))
        #expect(queue.items.map(\.key) == ["s1 turn 3"])
        #expect(queue.alreadyReviewed == 1)
    }

    @Test(arguments: [
        ("review of sam's session s1 turn 12 (late, reviewed 2026-12-05)", "s1 turn 12"),
        ("review of o'neil's session abc-def turn 3", "abc-def turn 3"),
        ("written to the guide: apology", nil),
        ("review of sam's session s1 turn x", nil),
    ] as [(String, String?)])
    func theKeyIsReadBackFromTheSourceCell(source: String, key: String?) {
        #expect(ReviewItem.key(inSource: source) == key)
    }
}
