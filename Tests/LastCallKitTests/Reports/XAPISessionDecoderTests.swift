import Testing
@testable import LastCallKit

@Suite struct XAPISessionDecoderTests {
    let options = XAPIOptions(actorHomePage: "https://lms.example.com", activityBase: "https://training.example.com/lastcall")

    @Test(arguments: [
        ReportFixtures.record(score: 72, tallies: [(.apology, 2, 3), (.ownership, 0, 0)]),
        ReportFixtures.record(trainee: "ben.o", scenario: "refund / ünïcode?", title: "Ref \"und\" <b>", level: 4, day: 9,
                              score: 30, outcome: .abandoned, duration: 3725, tallies: []),
        ReportFixtures.record(score: 90, passed: false, outcome: .escalated, tallies: [(.timeFrame, 0, 4)]),
    ])
    func aStatementGivesBackTheSessionItWasMadeFrom(record: SessionRecord) throws {
        let facts = SessionFacts(record)
        let statement = XAPIExporter.statement(for: facts, options: options)
        // Through text and back, as an LRS would store and serve it.
        let served = try JSONParser.parse(statement.jsonText)
        #expect(XAPISessionDecoder(options: options).decode(served) == .session(facts))
    }

    @Test func wholeNumbersServedAsDecimalsStillRead() throws {
        let facts = SessionFacts(ReportFixtures.record(score: 72))
        let text = XAPIExporter.statement(for: facts, options: options).jsonText
            .replacingOccurrences(of: "\"raw\":72", with: "\"raw\":72.0")
        #expect(text.contains("72.0"))
        #expect(XAPISessionDecoder(options: options).decode(try JSONParser.parse(text)) == .session(facts))
    }

    @Test func otherStatementsAreNotSessions() {
        let record = ReportFixtures.record()
        let decoder = XAPISessionDecoder(options: options)
        for answered in XAPIExporter.answeredStatements(for: record, options: options) {
            #expect(decoder.decode(answered) == .notASession)
        }
        let elsewhere = XAPIExporter.statement(for: SessionFacts(record), options: XAPIOptions(activityBase: "https://other.example.com"))
        #expect(decoder.decode(elsewhere) == .notASession)
        #expect(decoder.decode(.object([("id", .string("x"))])) == .notASession)
    }

    @Test func aSessionStatementWithoutTheReadBackExtensionsIsIncomplete() {
        let facts = SessionFacts(ReportFixtures.record())
        var statement = XAPIExporter.statement(for: facts, options: options)
        guard case .object(var pairs) = statement, let index = pairs.firstIndex(where: { $0.0 == "result" }),
              case .object(var result) = pairs[index].1 else { Issue.record("no result"); return }
        result.removeAll { $0.0 == "extensions" }
        pairs[index].1 = .object(result)
        statement = .object(pairs)
        #expect(XAPISessionDecoder(options: options).decode(statement)
                == .incomplete(id: XAPIExporter.statementID(session: facts.id), what: "the scenario extension"))
    }
}
