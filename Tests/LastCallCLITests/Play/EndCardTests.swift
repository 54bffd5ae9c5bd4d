import Testing
@testable import LastCallCLI
@testable import LastCallKit

@Suite struct EndCardTests {
    static func record(unfinished: String?) -> SessionRecord {
        SessionRecord(
            id: "id", trainee: "sam", scenario: "late", scenarioTitle: "Late", level: 1, scenarioHash: "h", seed: 1,
            startedAt: "2026-11-25T09:30:00Z", endedAt: "2026-11-25T09:31:00Z", durationSeconds: 60, outcome: .abandoned,
            endReason: "abandoned", score: 0, passMark: 70, passed: false, moodStart: 50, moodEnd: 50, path: ["opening"],
            criteria: [CriterionTally(criterion: .apology, met: 0, expected: 0)], turns: [], best: nil, weakest: nil, tips: [],
            unfinishedReply: unfinished)
    }

    @Test func anAbandonedSessionSaysSoAndShowsTheUnfinishedReplyInert() {
        let card = EndCard.render(Self.record(unfinished: "I'll call you \u{1B}[2J by"), titles: [.apology: "Apologise"],
                                  style: Style(isEnabled: false), width: 80)
        #expect(card.contains("Outcome: abandoned    Score: 0/100 (pass mark 70)    NOT YET"))
        #expect(card.contains("Unfinished reply (saved, not scored): \u{201C}I'll call you "))
        #expect(!card.contains("\u{1B}"))
    }

    @Test func withoutAnUnfinishedReplyTheCardHasNoSuchLine() {
        let card = EndCard.render(Self.record(unfinished: nil), titles: [:], style: Style(isEnabled: false), width: 80)
        #expect(!card.contains("Unfinished reply"))
    }
}
