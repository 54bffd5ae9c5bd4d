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
        #expect(card.contains("Outcome: abandoned    Score: none, no reply given (pass mark 70)    NOT YET"))
        #expect(card.contains("You left before the end: a pass needs the conversation to end resolved"))
        #expect(card.contains("Unfinished reply (saved, not scored): \u{201C}I'll call you "))
        #expect(!card.contains("\u{1B}"))
    }

    @Test func withoutAnUnfinishedReplyTheCardHasNoSuchLine() {
        let card = EndCard.render(Self.record(unfinished: nil), titles: [:], style: Style(isEnabled: false), width: 80)
        #expect(!card.contains("Unfinished reply"))
    }

    /// A card rebuilt from a saved line (as `progress` or a `play --json`
    /// consumer would) says why each promise was kept or broken, as the
    /// card at the end of play did.
    @Test func aCardRebuiltFromTheSavedLineSaysWhenTheAnswerWasReady() throws {
        let tuesday = LocalDateTime(year: 2026, month: 3, day: 3, hour: 10, minute: 15)!
        let fourPM = LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!
        var saved = Self.record(unfinished: nil)
        saved.contacts = [Contact(number: 1, started: tuesday, steps: ["opening"]), Contact(number: 2, started: fourPM, steps: ["opening"])]
        saved.promises = [Promise(turn: 1, contact: 1, words: "By 4pm \"today\"", due: fourPM, kept: false)]
        saved.ready = LocalDateTime(year: 2026, month: 3, day: 4, hour: 14, minute: 0)!
        let read = try SessionRecord(line: Array(saved.storedLine.dropLast()))
        let card = EndCard.render(read, titles: [:], style: Style(isEnabled: false), width: 200)
        #expect(card.contains("- turn 1, contact 1: broken: promised \u{201C}By 4pm \"today\"\u{201D} (due Tuesday 16:00), but the answer was ready only Wednesday 14:00"), "\(card)")
        var unknown = read
        unknown.ready = nil
        #expect(EndCard.render(unknown, titles: [:], style: Style(isEnabled: false), width: 200).contains("(due Tuesday 16:00)\n"))
    }
}
