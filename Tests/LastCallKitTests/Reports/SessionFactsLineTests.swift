import Testing
@testable import LastCallKit

@Suite struct SessionFactsLineTests {
    @Test func readsWhatTheFullDecoderReads() throws {
        let record = ReportFixtures.record(tallies: [(.apology, 1, 2), (.timeFrame, 0, 1)])
        let line = Array(record.jsonValue.jsonText.utf8)
        let facts = try SessionFacts(line: line)
        #expect(facts == SessionFacts(record))
    }

    @Test func bothReadersLeaveOutAKeyThatIsNoCriterion() throws {
        let record = ReportFixtures.record(tallies: [(.apology, 1, 2), (.timeFrame, 0, 1)])
        let text = record.jsonValue.jsonText.replacingOccurrences(
            of: #""criteria":{"#, with: #""criteria":{"empathy":{"met":1,"expected":1},"#)
        #expect(text.contains("empathy"))
        let facts = try SessionFacts(line: Array(text.utf8))
        let full = try SessionRecord(json: JSONParser.parse(bytes: Array(text.utf8)))
        #expect(facts == SessionFacts(record))
        #expect(full.criteria == record.criteria)
        #expect(SessionFacts(full) == facts)
    }

    @Test func readsEscapedStringsAndUnicode() throws {
        let record = ReportFixtures.record(trainee: "Zoë \"Z\" <script>\u{1B}[31m", title: "Tab\there\nand é")
        let facts = try SessionFacts(line: Array(record.jsonValue.jsonText.utf8))
        #expect(facts.trainee == "Zoë \"Z\" <script>\u{1B}[31m")
        #expect(facts.scenarioTitle == "Tab\there\nand é")
    }

    @Test func acceptsFieldsInAnyOrderAndSpaces() throws {
        let record = ReportFixtures.record()
        guard case .object(let pairs) = record.jsonValue else { Issue.record("not an object"); return }
        let shuffled = JSONValue.object(pairs.reversed())
        let facts = try SessionFacts(line: Array(shuffled.prettyJSONText.replacingOccurrences(of: "\n", with: " ").utf8))
        #expect(facts == SessionFacts(record))
    }

    static let badLines: [(String, String)] = [
        ("not json at all", "not a session record: the line is not a JSON object"),
        ("[1,2]", "not a session record: the line is not a JSON object"),
        (#"{"version":1,"id":"x""#, "the line ends in the middle of the JSON at byte 22 (torn or cut-off line)"),
        (#"{"version":2}"#, "unsupported record version 2"),
        (#"{"version":1} trailing"#, "not a valid JSON line: unexpected text after the JSON object at byte 15"),
        (#"{"version":"1"}"#, "field 'version' should be a whole number"),
        (#"{"version":1,"outcome":"won"}"#, "unknown outcome 'won'"),
        (#"{"version":1,"outcome":"lost"}"#, "missing or mistyped field 'criteria'"),
        (#"{"version":1,"outcome":"lost","criteria":{},"turns":[],"path":[]}"#, "missing field 'id'"),
        (#"{"version":1,"score":tru}"#, "field 'score' should be a whole number"),
        (#"{"version":1,"x":[1,}"#, "not a valid JSON line: unexpected character at byte 21"),
    ]

    @Test(arguments: badLines)
    func rejectsBadLines(line: String, message: String) {
        #expect(throws: RecordError(message)) { try SessionFacts(line: Array(line.utf8)) }
    }

    @Test func rejectsEveryCutOfARealRecord() {
        let text = Array(ReportFixtures.record().jsonValue.jsonText.utf8)
        for length in stride(from: 0, to: text.count - 1, by: 7) {
            #expect(throws: RecordError.self) { try SessionFacts(line: Array(text[0..<length])) }
        }
    }

    @Test func rejectsAFieldOfTheWrongType() {
        let text = ReportFixtures.record().jsonValue.jsonText.replacingOccurrences(of: #""score":80"#, with: #""score":"80""#)
        #expect(throws: RecordError("field 'score' should be a whole number")) { try SessionFacts(line: Array(text.utf8)) }
    }
}
