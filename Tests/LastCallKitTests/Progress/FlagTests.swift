import Testing
@testable import LastCallKit

@Suite struct FlagTests {
    static let flag = Flag(turn: 2, criterion: "apology", note: "I did \"apologise\"", verdict: [("apology", false)],
                           evidence: ["apology": ["sorry?"]])

    @Test func jsonHasTheDocumentedShape() {
        #expect(Self.flag.jsonValue.jsonText
                == #"{"turn":2,"criterion":"apology","note":"I did \"apologise\"","verdict":{"apology":false},"evidence":{"apology":["sorry?"]}}"#)
        let whole = Flag(turn: 1, criterion: nil, note: nil, verdict: [("apology", true), ("ownership", false)])
        #expect(whole.jsonValue.jsonText == #"{"turn":1,"criterion":null,"note":null,"verdict":{"apology":true,"ownership":false},"evidence":{}}"#)
    }

    @Test func readsBackWhatItWrites() throws {
        #expect(try Flag(json: Self.flag.jsonValue) == Self.flag)
    }

    @Test func aTurnBelowOneIsRejected() throws {
        let json = try JSONParser.parse(#"{"turn":0,"criterion":null}"#)
        #expect(throws: RecordError.self) { try Flag(json: json) }
    }

    @Test func aRecordKeepsItsFlagsAndAnOlderRecordWithoutFlagsStillReads() throws {
        var record = ReportFixtures.record()
        record.flags = [Self.flag]
        let text = record.jsonValue.jsonText
        let read = try SessionRecord(json: try JSONParser.parse(text))
        #expect(read.flags == [Self.flag])
        // written before flags existed: no "flags" key at all
        guard case .object(let pairs) = record.jsonValue else { Issue.record("not an object"); return }
        let older = JSONValue.object(pairs.filter { $0.0 != "flags" })
        #expect(try SessionRecord(json: older).flags.isEmpty)
    }

    @Test func theFastReaderCountsEachFlagsCriterion() throws {
        var record = ReportFixtures.record()
        record.flags = [Self.flag, Flag(turn: 1, criterion: nil, note: "x", verdict: [("apology", true)])]
        let facts = try SessionFacts(line: Array(record.jsonValue.jsonText.utf8))
        #expect(facts.flaggedCriteria == ["apology", nil])
        #expect(facts == SessionFacts(record))
    }
}
