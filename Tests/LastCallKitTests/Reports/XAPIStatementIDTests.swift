import Testing
@testable import LastCallKit

/// Ids that must never change between versions: a session exported again
/// must carry the same statement ids, or an LRS stores it twice.
@Suite struct XAPIStatementIDTests {
    static let sessionID = "dd1ef731-4fc9-55a2-b440-27f102770e4b"

    @Test func theSessionIDIsPinned() {
        #expect(SessionRecord.makeID(trainee: "sam", scenario: "late-order-third-call", startedAt: "2026-11-25T09:30:00Z", seed: 42)
                == Self.sessionID)
    }

    @Test func everyDefiningFactChangesTheSessionID() {
        let base = SessionRecord.makeID(trainee: "sam", scenario: "s", startedAt: "2026-11-25T09:30:00Z", seed: 1)
        #expect(SessionRecord.makeID(trainee: "kim", scenario: "s", startedAt: "2026-11-25T09:30:00Z", seed: 1) != base)
        #expect(SessionRecord.makeID(trainee: "sam", scenario: "t", startedAt: "2026-11-25T09:30:00Z", seed: 1) != base)
        #expect(SessionRecord.makeID(trainee: "sam", scenario: "s", startedAt: "2026-11-25T09:30:01Z", seed: 1) != base)
        #expect(SessionRecord.makeID(trainee: "sam", scenario: "s", startedAt: "2026-11-25T09:30:00Z", seed: 2) != base)
        // The separator keeps "a" + "bc" apart from "ab" + "c".
        #expect(SessionRecord.makeID(trainee: "a", scenario: "bc", startedAt: "t", seed: 1)
                != SessionRecord.makeID(trainee: "ab", scenario: "c", startedAt: "t", seed: 1))
    }

    @Test func theStatementIDsArePinned() {
        #expect(XAPIExporter.statementID(session: Self.sessionID) == "dddcf3c9-46a0-57db-b060-397a2936273e")
        #expect(XAPIExporter.statementID(session: Self.sessionID, turn: 0) == "fa86b3c1-8615-547c-8289-9a461e4630fa")
        #expect(XAPIExporter.statementID(session: Self.sessionID, turn: 3) == "03ce63d8-300b-55ea-8bf9-ef8bdd36d1e3")
    }

    @Test func theExportedStatementsCarryThePinnedIDsAndRegistration() {
        var record = ReportFixtures.record(trainee: "sam", scenario: "late-order-third-call")
        record.id = Self.sessionID
        let options = XAPIOptions(actorHomePage: "https://lms.example.com", activityBase: "https://training.example.com/lastcall")
        let statement = XAPIExporter.statement(for: SessionFacts(record), options: options)
        #expect(statement["id"] == .string("dddcf3c9-46a0-57db-b060-397a2936273e"))
        #expect(statement["context"]?["registration"] == .string("9e8a6268-4f8c-5cd1-b4f7-c3ce3e8e766b"))
        let answered = XAPIExporter.answeredStatements(for: record, options: options)
        #expect(answered.first?["id"] == .string("fa86b3c1-8615-547c-8289-9a461e4630fa"))
        #expect(answered.first?["context"]?["registration"] == .string("9e8a6268-4f8c-5cd1-b4f7-c3ce3e8e766b"))
    }
}
