import Testing
@testable import LastCallKit

/// The `promises` list that the follow-through engine adds to a record, as
/// both readers count it: kept of judged, a `null` (not judged) left out,
/// an older record without the field read as having none.
@Suite struct SessionFactsPromisesTests {
    static let promises = #"[{"turn":2,"contact":1,"words":"by 4pm","due":"2026-03-03T16:00","kept":true},"#
        + #"{"turn":3,"contact":2,"words":"tomorrow","due":"2026-03-04T17:00","kept":false},"#
        + #"{"turn":4,"contact":2,"words":"in 10 minutes","due":"2026-03-04T10:25","kept":null}]"#

    /// A record line written by `play`, with `promises` (JSON text) added after `path`.
    static func line(promises: String?) -> [UInt8] {
        let text = String(decoding: ReportFixtures.record().storedLine.dropLast(), as: UTF8.self)
        guard let promises else { return Array(text.utf8) }
        return Array(text.replacingOccurrences(of: #""path":["open"]"#, with: #""path":["open"],"promises":"# + promises).utf8)
    }

    @Test func bothReadersCountTheJudgedPromises() throws {
        let line = Self.line(promises: Self.promises)
        #expect(String(decoding: line, as: UTF8.self).contains("\"promises\":[{"))
        let facts = try SessionFacts(line: line)
        #expect(facts.promises == PromiseTally(kept: 1, judged: 2))
        #expect(try SessionRecord(line: line).promiseTally == PromiseTally(kept: 1, judged: 2))
        #expect(facts == SessionFacts(try SessionRecord(line: line)))
        #expect(facts.promises.percent == 50)
    }

    @Test func anOlderRecordHasNoPromises() throws {
        let line = Self.line(promises: nil)
        #expect(try SessionFacts(line: line).promises == PromiseTally())
        #expect(try SessionRecord(line: line).promiseTally == PromiseTally())
        #expect(try SessionFacts(line: Self.line(promises: "[]")).promises == PromiseTally())
    }

    @Test(arguments: [
        (#""by 4pm""#, "field 'promises' should be a list"),
        ("null", "field 'promises' should be a list"),
        (#"[{"turn":2,"contact":1,"words":"by 4pm","due":"2026-03-03T16:00","kept":"yes"}]"#, "field 'kept' should be true or false"),
        (#"[{"turn":2,"contact":1,"words":"by 4pm","due":"2026-03-03T16:00","kept":1}]"#, "field 'kept' should be true or false"),
    ])
    func aMistypedListIsRefusedByBothWithOneReason(promises: String, reason: String) {
        let line = Self.line(promises: promises)
        #expect(throws: RecordError(reason)) { try SessionFacts(line: line) }
        #expect(throws: RecordError(reason)) { try SessionRecord(line: line) }
    }

    @Test func aRepeatedKeptKeepsItsFirstValueAndABrokenPromiseIsRefused() throws {
        let line = Self.line(promises: #"[{"turn":2,"contact":1,"words":"by 4pm","due":"2026-03-03T16:00","kept":false,"kept":true,"#
                             + #""extra":{"a":[1,2]}},{"turn":3,"contact":1,"words":"soon","due":"2026-03-03T17:00"}]"#)
        #expect(try SessionFacts(line: line).promises == PromiseTally(kept: 0, judged: 1))
        #expect(try SessionRecord(line: line).promiseTally == PromiseTally(kept: 0, judged: 1))
        // A syntax error inside a promise is refused by both.
        let broken = Self.line(promises: #"[{"turn":2,"contact":1,"words":"by 4pm,"due":"2026-03-03T16:00","kept":true}]"#)
        #expect(throws: RecordError.self) { try SessionFacts(line: broken) }
        #expect(throws: RecordError.self) { try SessionRecord(line: broken) }
    }

    @Test func mutatedPromiseListsAreTakenAndRefusedAlike() throws {
        var random = SeededGenerator(seed: 9)
        let base = try JSONParser.parse(String(decoding: Self.line(promises: Self.promises), as: UTF8.self))
        var taken = 0, refused = 0
        for _ in 0..<800 {
            let line = Array(SessionFactsLineAgreementTests.treeEdit(base, &random).jsonText.utf8)
            let fast = Result { () throws(RecordError) in try SessionFacts(line: line) }
            let full = Result { () throws(RecordError) in try SessionRecord(line: line) }
            switch (fast, full) {
            case (.success(let facts), .success(let record)):
                taken += 1
                #expect(facts == SessionFacts(record))
            case (.failure, .failure): refused += 1
            default: Issue.record("the readers disagree on \(String(decoding: line, as: UTF8.self))")
            }
        }
        #expect(taken > 50)
        #expect(refused > 50)
    }

    @Test func theRepliesAreCountedByBoth() throws {
        let line = Array(String(decoding: ReportFixtures.record(turns: []).storedLine.dropLast(), as: UTF8.self).utf8)
        #expect(try SessionFacts(line: line).replies == 0)
        #expect(try SessionFacts(line: line).isUnanswered)
        #expect(try SessionFacts(line: Self.line(promises: nil)).replies == 1)
    }
}
