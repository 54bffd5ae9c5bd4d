import Testing
@testable import LastCallKit

@Suite struct SessionRecordTests {
    static func record(unfinished: String? = nil) -> SessionRecord {
        SessionRecord(
            id: SessionRecord.makeID(trainee: "sam", scenario: "late", startedAt: "2026-11-25T09:30:00Z", seed: 42),
            trainee: "sam", scenario: "late", scenarioTitle: "Late \"order\"", level: 2, scenarioHash: SHA256.hex("x"),
            seed: 42, startedAt: "2026-11-25T09:30:00Z", endedAt: "2026-11-25T09:34:12Z", durationSeconds: 252,
            outcome: .abandoned, endReason: "abandoned", score: 50, passMark: 70, passed: false, moodStart: 30, moodEnd: 38,
            path: ["opening"], criteria: [CriterionTally(criterion: .apology, met: 1, expected: 1), CriterionTally(criterion: .ownership, met: 0, expected: 1)],
            turns: [Turn(step: "opening", customer: "Where is it?", reply: "Sorry\nabout that", met: [.apology], missed: [.ownership],
                         evidence: [.apology: ["Sorry"]], mood: 38)],
            best: TurnHighlight(turn: 1, reply: "Sorry\nabout that", why: "met apology"),
            weakest: TurnHighlight(turn: 1, reply: "Sorry\nabout that", why: "missed ownership"),
            tips: [CriterionTip(criterion: .ownership, tip: "Say what you will do.")], unfinishedReply: unfinished)
    }

    @Test(arguments: [nil, "I'll call you by", ""])
    func aRecordReadsBackFromItsJSONUnchanged(unfinished: String?) throws {
        let record = Self.record(unfinished: unfinished)
        let text = record.jsonValue.jsonText
        #expect(!text.contains("\n"))
        #expect(try SessionRecord(json: JSONParser.parse(text)) == record)
    }

    @Test func keysComeInTheDocumentedOrder() {
        guard case .object(let pairs) = Self.record(unfinished: "half").jsonValue else {
            Issue.record("not an object")
            return
        }
        #expect(pairs.map(\.0) == [
            "version", "id", "trainee", "scenario", "scenario_title", "level", "scenario_hash", "seed", "started_at", "ended_at",
            "duration_seconds", "outcome", "end_reason", "score", "pass_mark", "passed", "mood_start", "mood_end", "path",
            "criteria", "turns", "best", "weakest", "tips", "flags", "unfinished_reply",
        ])
    }

    @Test func anUnfinishedReplyIsWrittenOnlyWhenThereIsOne() {
        #expect(Self.record().jsonValue["unfinished_reply"] == nil)
        #expect(Self.record(unfinished: "I'll call").jsonValue["unfinished_reply"] == .string("I'll call"))
    }

    @Test(arguments: [
        (#"{"version":2}"#, "unsupported record version 2"),
        (#"{"version":1,"outcome":"won"}"#, "unknown outcome 'won'"),
        (#"{"version":1,"outcome":"lost"}"#, "missing or mistyped field 'criteria'"),
        (#"{"version":1,"outcome":"lost","criteria":{}}"#, "missing or mistyped field 'turns'"),
        (#"{"version":1,"outcome":"lost","criteria":{"apology":{"met":1}},"turns":[]}"#, "missing field 'expected'"),
        (#"{"version":1,"outcome":"lost","criteria":{},"turns":[{"step":"a"}]}"#, "missing field 'customer'"),
        (#"{"version":1,"outcome":"lost","criteria":{},"turns":[]}"#, "missing field 'id'"),
        (#"[1]"#, "expected a JSON object"),
    ])
    func aBrokenRecordSaysWhatIsWrong(text: String, message: String) throws {
        let json = try JSONParser.parse(text)
        #expect(throws: RecordError(message)) { try SessionRecord(json: json) }
    }

    @Test func tallyFindsACriterionTheScenarioScored() {
        let record = Self.record()
        #expect(record.tally(.ownership) == CriterionTally(criterion: .ownership, met: 0, expected: 1))
        #expect(record.tally(.timeFrame) == nil)
    }

    @Test func aTurnWritesEvidenceInMetThenMissedOrder() {
        let turn = Turn(step: "s", customer: "c", reply: "r", met: [.ownership], missed: [.apology], evidence: [.apology: ["x"], .ownership: ["y", "z"]], mood: 5)
        #expect(turn.jsonValue["evidence"] == .object([("ownership", .array([.string("y"), .string("z")])), ("apology", .array([.string("x")]))]))
        let bare = Turn(step: "s", customer: "c", reply: "r", met: [], missed: [], mood: 5)
        #expect(bare.jsonValue["evidence"] == nil)
    }
}
