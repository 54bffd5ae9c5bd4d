import Testing
@testable import LastCallKit

@Suite struct XAPIExporterTests {
    let options = XAPIOptions(actorHomePage: "https://lms.example.com", activityBase: "https://training.example.com/lastcall/")

    @Test func sessionStatementHasEveryRequiredPart() throws {
        let record = ReportFixtures.record(score: 72, tallies: [(.apology, 2, 3), (.ownership, 0, 0)])
        let statement = XAPIExporter.statement(for: SessionFacts(record), options: options)
        #expect(statement["id"] == .string(XAPIExporter.statementID(session: record.id)))
        #expect(statement["actor"] == .object([
            ("objectType", .string("Agent")),
            ("account", .object([("homePage", .string("https://lms.example.com")), ("name", .string("ana"))])),
        ]))
        #expect(statement["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/passed"))
        #expect(statement["object"]?["id"] == .string("https://training.example.com/lastcall/scenarios/late-order"))
        #expect(statement["result"]?["score"] == .object([("scaled", .double(0.72)), ("raw", .int(72)), ("min", .int(0)), ("max", .int(100))]))
        #expect(statement["result"]?["success"] == .bool(true))
        #expect(statement["result"]?["completion"] == .bool(true))
        #expect(statement["result"]?["duration"] == .string("PT4M12S"))
        let extensions = statement["result"]?["extensions"]
        #expect(extensions?["https://training.example.com/lastcall/extensions/criteria/apology"] == .double(0.667))
        #expect(extensions?["https://training.example.com/lastcall/extensions/criteria/ownership"] == nil)
        #expect(extensions?["https://training.example.com/lastcall/extensions/level"] == .int(record.level))
        #expect(extensions?["https://training.example.com/lastcall/extensions/criterion-counts"] == .array([
            .object([("criterion", .string("apology")), ("met", .int(2)), ("expected", .int(3))]),
            .object([("criterion", .string("ownership")), ("met", .int(0)), ("expected", .int(0))]),
        ]))
        #expect(statement["timestamp"] == .string("2026-11-01T09:34:12Z"))
    }

    @Test(arguments: [
        (SessionOutcome.resolved, 80, "passed", true),
        (.escalated, 40, "failed", true),
        (.lost, 10, "failed", true),
        (.abandoned, 90, "terminated", false),
    ])
    func verbAndCompletionFollowTheOutcome(outcome: SessionOutcome, score: Int, verb: String, completion: Bool) {
        let statement = XAPIExporter.statement(for: SessionFacts(ReportFixtures.record(score: score, outcome: outcome)), options: options)
        #expect(statement["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/\(verb)"))
        #expect(statement["result"]?["completion"] == .bool(completion))
    }

    @Test(arguments: [(0, "PT0S"), (59, "PT59S"), (252, "PT4M12S"), (3600, "PT1H0M0S"), (3725, "PT1H2M5S"), (-5, "PT0S")])
    func durations(seconds: Int, text: String) {
        #expect(XAPIExporter.duration(seconds: seconds) == text)
    }

    @Test func idsAreStableUUIDsAndDistinctPerTurn() {
        let a = XAPIExporter.statementID(session: "s1")
        #expect(a == XAPIExporter.statementID(session: "s1"))
        #expect(a != XAPIExporter.statementID(session: "s2"))
        #expect(XAPIExporter.statementID(session: "s1", turn: 0) != XAPIExporter.statementID(session: "s1", turn: 1))
        #expect(a.count == 36 && Array(a)[14] == "5")
    }

    @Test func answeredStatementsCarryTheReplyInert() throws {
        let turn = Turn(step: "open", customer: "Where is it?", reply: "=cmd|' /C calc'!A0 <script>\u{1B}[2J",
                        met: [.apology], missed: [.timeFrame], mood: 50)
        let record = ReportFixtures.record(turns: [turn, turn])
        let statements = XAPIExporter.answeredStatements(for: record, options: options)
        #expect(statements.count == 2)
        #expect(statements[1]["id"] == .string(XAPIExporter.statementID(session: record.id, turn: 1)))
        #expect(statements[0]["verb"]?["id"] == .string("http://adlnet.gov/expapi/verbs/answered"))
        #expect(statements[0]["result"]?["response"] == .string(turn.reply))
        #expect(statements[0]["result"]?["success"] == .bool(false))
        var text = ""
        XAPIExporter(options: options, includesTurns: true)
            .write(SessionList(records: [record], settings: .standard)) { text += $0 }
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("<script>"))
        let all = JSONValue.array([XAPIExporter.statement(for: SessionFacts(record), options: options)] + statements)
        #expect(try JSONParser.parse(text) == JSONParser.parse(all.jsonText))
    }

    @Test func oddScenarioIdsArePercentEncodedInIRIs() {
        #expect(XAPIExporter.activityIRI("a b/é", options) == "https://training.example.com/lastcall/scenarios/a%20b%2F%C3%A9")
    }
}
