import Testing
@testable import LastCallKit

/// The light reader of missed replies, `SessionReplies(line:)`: what it
/// reads from a line, and the lenient reading of a turn's evidence, each
/// against the full decoder (`SessionReplies(SessionRecord(line:))`).
@Suite struct SessionRepliesLineTests {
    static let record = ReportFixtures.record(day: 4, turns: [
        MissedRepliesTests.turn("Fine, thanks.", missed: []),
        MissedRepliesTests.turn("The \"courier\" lost it <b>\u{1B}[2J</b>\nsorry", missed: [.noBlame, .apology],
                                evidence: [.noBlame: ["the \"courier\" lost it"]]),
    ])

    static func line(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The record's line with `old` replaced by `new` (which must occur).
    static func edited(_ old: String, _ new: String) -> [UInt8] {
        let text = String(decoding: record.storedLine.dropLast(), as: UTF8.self)
        precondition(text.contains(old), "no \(old) in \(text)")
        return line(text.replacingOccurrences(of: old, with: new))
    }

    /// Both readers take `line` and read the same; returns the light one's.
    static func readAlike(_ line: [UInt8]) throws -> SessionReplies {
        let light = try SessionReplies(line: line)
        #expect(light == SessionReplies(try SessionRecord(line: line)))
        #expect(light.facts == (try SessionFacts(line: line)))
        return light
    }

    @Test func readsEachMissedReplyWithItsTurnTextAndEvidence() throws {
        let session = try Self.readAlike(Array(Self.record.storedLine.dropLast()))
        #expect(session.facts.replies == 2)
        #expect(session.missed.map(\.criterion) == [.noBlame, .apology])
        let blame = session.missed[0]
        #expect(blame.date == "2026-11-04")
        #expect(blame.scenario == "late-order")
        #expect(blame.scenarioTitle == "Late order")
        #expect(blame.turn == 2)
        #expect(blame.customer == "Where is it?")
        #expect(blame.reply == "The \"courier\" lost it <b>\u{1B}[2J</b>\nsorry")
        #expect(blame.evidence == ["the \"courier\" lost it"])
        #expect(session.missed[1].evidence == [])
    }

    @Test func aSessionWithoutMissesHasNoneAndStillCountsItsReplies() throws {
        let session = try Self.readAlike(Array(ReportFixtures.record().storedLine.dropLast()))
        #expect(session.missed.isEmpty)
        #expect(session.facts.replies == 1)
    }

    /// Evidence is read as `Turn(json:)` reads it: the last list given for a
    /// criterion, strings only; anything else is passed over, not refused.
    @Test(arguments: [
        (#""evidence":{"no-blame":["a"],"no-blame":["b",1,"c"]}"#, ["b", "c"]),
        (#""evidence":{"no-blame":["a"],"no-blame":"b"}"#, ["a"]),
        (#""evidence":["no-blame"]"#, []),
        (#""evidence":{"no-blame":["a"]},"evidence":{"no-blame":["b"]}"#, ["a"]),
        (#""evidence":{"no-\u0062lame":["\u0041\n"]}"#, ["A\n"]),
        (#""evidence":{"nobody":["a"]}"#, []),
    ])
    func evidenceIsReadLeniently(evidence: String, expected: [String]) throws {
        let line = Self.edited(#""evidence":{"no-blame":["the \"courier\" lost it"]}"#, evidence)
        let session = try Self.readAlike(line)
        #expect(session.missed[0].evidence == expected)
    }

    @Test func aRepeatedKeyKeepsItsFirstValue() throws {
        let reply = Self.edited(#""missed":["no-blame","apology"]"#, #""missed":["no-blame","apology"],"reply":"later","customer":7"#)
        #expect(try Self.readAlike(reply).missed[0].reply == Self.record.turns[1].reply)
        let missed = Self.edited(#""missed":["no-blame","apology"]"#, #""missed":["apology"],"missed":["no-blame"]"#)
        #expect(try Self.readAlike(missed).missed.map(\.criterion) == [.apology])
    }

    @Test func aNameInMissedThatIsNoCriterionIsLeftOut() throws {
        let line = Self.edited(#""missed":["no-blame","apology"]"#, #""missed":["no-blame","politeness","apology"]"#)
        #expect(try Self.readAlike(line).missed.map(\.criterion) == [.noBlame, .apology])
    }

    @Test(arguments: [
        (#""missed":["no-blame",1]"#, "field 'missed' should hold only strings"),
        (#""missed":"apology""#, "field 'missed' should be a list"),
        (#""customer":null"#, "field 'customer' should be a string"),
    ])
    func aMistypedTurnFieldIsRefusedWithTheFastReadersReason(field: String, message: String) {
        let line = Self.edited(field.hasPrefix(#""missed""#) ? #""missed":["no-blame","apology"]"# : #""customer":"Where is it?""#, field)
        #expect(throws: RecordError(message)) { try SessionReplies(line: line) }
        #expect(throws: RecordError(message)) { try SessionFacts(line: line) }
        #expect(throws: RecordError.self) { try SessionRecord(line: line) }
    }
}
