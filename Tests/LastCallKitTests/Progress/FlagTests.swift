import Testing
@testable import LastCallKit

@Suite struct FlagTests {
    static let flag = Flag(turn: 2, criterion: .apology, note: "I did \"apologise\"", verdict: [("apology", false)],
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
        #expect(facts.flaggedCriteria == [.apology, nil])
        #expect(facts == SessionFacts(record))
    }

    @Test(arguments: [
        (#"[]"#, true),
        (#"[{"turn":2,"criterion":"apology","note":"x","verdict":{"apology":false},"evidence":{"apology":["sorry?"]}}]"#, true),
        (#"[{"turn":1,"criterion":null,"note":null,"verdict":{},"evidence":{},"extra":[1,{"a":2}]}]"#, true),
        (#"[{"turn":3.0}]"#, true),
        (#"[{"turn":1,"criterion":"apology","criterion":7}]"#, true),
        (#"[{"turn":1,"criterion":"no-blame"}]"#, true),
        (#"[{"turn":1,"criterion":"\u0061pology"}]"#, true),
        (#"[{"turn":1,"criterion":"blame"}]"#, false),
        (#"[{"turn":1,"criterion":"Apology"}]"#, false),
        (#"[{"turn":0}]"#, false),
        (#"[{"criterion":"apology"}]"#, false),
        (#"[{"turn":"2"}]"#, false),
        (#"[{"turn":1,"criterion":3}]"#, false),
        (#"[{"turn":1,"note":false}]"#, false),
        (#"[{"turn":1,"verdict":{"apology":"no"}}]"#, false),
        (#"[{"turn":1,"verdict":[]}]"#, false),
        (#"[{"turn":1,"evidence":{"apology":"sorry"}}]"#, false),
        (#"[{"turn":1,"evidence":{"apology":[1]}}]"#, false),
        (#"[3]"#, false),
        (#"{"turn":1}"#, false),
    ])
    func bothReadersTakeAndRefuseTheSameFlags(flags: String, isValid: Bool) throws {
        let line = ReportFixtures.record().jsonValue.jsonText.replacingOccurrences(of: #""flags":[]"#, with: #""flags":"# + flags)
        let value = try JSONParser.parse(line)
        let full = Result { () throws(RecordError) in try SessionRecord(json: value) }
        let fast = Result { () throws(RecordError) in try SessionFacts(line: Array(line.utf8)) }
        #expect(((try? full.get()) != nil) == isValid, "full reader on \(flags)")
        #expect(((try? fast.get()) != nil) == isValid, "fast reader on \(flags)")
        if let record = try? full.get(), let facts = try? fast.get() {
            #expect(facts.flaggedCriteria == record.flags.map(\.criterion))
        }
    }

    @Test func aCriterionThatIsNoCriterionsIdIsRefusedInTheSameWordsByBothReaders() throws {
        let line = ReportFixtures.record().jsonValue.jsonText.replacingOccurrences(of: #""flags":[]"#, with: #""flags":[{"turn":1,"criterion":"blame"}]"#)
        let message = "a flag's 'criterion' should be one of apology, ownership, time-frame, no-blame, name-and-number or null, not 'blame'"
        #expect(throws: RecordError(message)) { try SessionRecord(json: JSONParser.parse(line)) }
        #expect(throws: RecordError(message)) { try SessionFacts(line: Array(line.utf8)) }
    }
}
