import Testing
@testable import LastCallKit

/// The record's follow-through fields: `contacts`, `promises`, and each
/// turn's `contact` and `clock`, in the shape reports read.
@Suite struct SessionRecordFollowThroughTests {
    static let tuesday = LocalDateTime(year: 2026, month: 3, day: 3, hour: 10, minute: 15)!
    static let fourPM = LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!

    static func record(kept: Bool? = false) -> SessionRecord {
        var record = SessionRecordTests.record()
        record.path = ["opening", "callback"]
        record.turns = [
            Turn(step: "opening", customer: "Where is it?", reply: "By 4pm \"today\".", met: [.timeFrame], missed: [], mood: 40,
                 contact: 1, clock: tuesday),
            Turn(step: "callback", customer: "Well?", reply: "Not yet.", met: [], missed: [.ownership], mood: 20,
                 contact: 2, clock: fourPM),
        ]
        record.contacts = [Contact(number: 1, started: tuesday, steps: ["opening"]), Contact(number: 2, started: fourPM, steps: ["callback"])]
        record.promises = [Promise(turn: 1, contact: 1, words: "By 4pm \"today\"", due: fourPM, kept: kept)]
        return record
    }

    @Test(arguments: [true, false, nil] as [Bool?])
    func contactsPromisesAndTurnClocksReadBack(kept: Bool?) throws {
        let record = Self.record(kept: kept)
        #expect(try SessionRecord(json: JSONParser.parse(record.jsonValue.jsonText)) == record)
        #expect(try SessionRecord(line: record.storedLine.dropLast().map { $0 }) == record)
    }

    @Test func theShapeIsTheDocumentedOne() throws {
        let json = Self.record().jsonValue
        guard case .object(let pairs) = json else {
            Issue.record("not an object")
            return
        }
        let keys = pairs.map(\.0)
        #expect(keys.firstIndex(of: "contacts") == keys.firstIndex(of: "path")! + 1)
        #expect(keys.firstIndex(of: "promises") == keys.firstIndex(of: "path")! + 2)
        #expect(json["contacts"]?.jsonText == #"[{"number":1,"started":"2026-03-03T10:15","steps":["opening"]},{"number":2,"started":"2026-03-03T16:00","steps":["callback"]}]"#)
        #expect(json["promises"]?.jsonText == #"[{"turn":1,"contact":1,"words":"By 4pm \"today\"","due":"2026-03-03T16:00","kept":false}]"#)
        #expect(Self.record(kept: nil).jsonValue["promises"]?.jsonText.hasSuffix(#""kept":null}]"#) == true)
        guard case .array(let turns)? = json["turns"] else { return }
        #expect(turns[1].jsonText == #"{"step":"callback","customer":"Well?","reply":"Not yet.","met":[],"missed":["ownership"],"mood":20,"contact":2,"clock":"2026-03-03T16:00"}"#)
    }

    @Test func aSingleContactSessionStillWritesItsContactAndAnEmptyPromiseList() {
        var record = SessionRecordTests.record()
        record.contacts = [Contact(number: 1, started: Scenario.defaultClock, steps: ["opening"])]
        #expect(record.jsonValue["contacts"]?.jsonText == #"[{"number":1,"started":"2026-03-02T09:00","steps":["opening"]}]"#)
        #expect(record.jsonValue["promises"]?.jsonText == "[]")
    }

    @Test func anOlderRecordReadsWithNoContactsOrPromisesAndWritesBackAsItWas() throws {
        let old = SessionRecordTests.record()
        let text = old.jsonValue.jsonText
        #expect(!text.contains("contacts") && !text.contains("promises") && !text.contains("clock"))
        let read = try SessionRecord(json: JSONParser.parse(text))
        #expect(read.contacts.isEmpty)
        #expect(read.promises.isEmpty)
        #expect(read.turns.allSatisfy { $0.contact == nil && $0.clock == nil })
        #expect(read.jsonValue.jsonText == text)
    }

    @Test(arguments: [
        (#""contacts":[{"number":1,"started":"2026-03-03T10:15","steps":["opening"]},{"number":2,"started":"2026-03-03T16:00","steps":["callback"]}]"#, #""contacts":{}"#, "field 'contacts' should be a list"),
        (#""started":"2026-03-03T10:15""#, #""started":"tomorrow""#, "field 'started' should be a time such as 2026-03-03T10:15"),
        (#""due":"2026-03-03T16:00""#, #""due":16"#, "field 'due' should be a string"),
        (#""kept":false"#, #""kept":"no""#, "field 'kept' should be true or false"),
        (#""contact":2,"clock":"2026-03-03T16:00""#, #""contact":"2","clock":"2026-03-03T16:00""#, "field 'contact' should be a whole number"),
        (#""contact":2,"clock":"2026-03-03T16:00""#, #""contact":2,"clock":"2026-03-33T16:00""#, "field 'clock' should be a time such as 2026-03-03T10:15"),
    ])
    func bothReadersRefuseAMistypedFollowThroughField(field: String, replacement: String, reason: String) throws {
        let text = Self.record().jsonValue.jsonText
        #expect(text.contains(field))
        let line = Array(text.replacingOccurrences(of: field, with: replacement).utf8)
        #expect(throws: RecordError(reason)) { try SessionRecord(line: line) }
        #expect(throws: RecordError.self) { try SessionFacts(line: line) }
    }

    @Test func bothReadersTakeNullsAndAMissingKept() throws {
        let text = Self.record().jsonValue.jsonText
            .replacingOccurrences(of: #","kept":false"#, with: "")
            .replacingOccurrences(of: #""contact":2,"clock":"2026-03-03T16:00""#, with: #""contact":null,"clock":null"#)
        let line = Array(text.utf8)
        let record = try SessionRecord(line: line)
        #expect(record.promises.first?.kept == nil)
        #expect(record.turns[1].contact == nil && record.turns[1].clock == nil)
        #expect(try SessionFacts(line: line) == SessionFacts(record))
    }
}
