import Testing
@testable import LastCallKit

/// The `replies` and `promise-counts` read-back extensions: written beside
/// the others on every session statement and read back into the facts.
@Suite struct XAPIPromiseExtensionTests {
    let options = XAPIOptions(actorHomePage: "https://lms.example.com", activityBase: "https://training.example.com/lastcall")

    func facts(kept: Int, judged: Int, turns: [Turn]? = nil) -> SessionFacts {
        var record = ReportFixtures.record(turns: turns)
        record.promiseTally = PromiseTally(kept: kept, judged: judged)
        return SessionFacts(record)
    }

    /// `statement` with the result extension `name` set to `value` (nil removes it).
    func replacing(_ name: XAPIExporter.SessionExtension, with value: JSONValue?, in statement: JSONValue) -> JSONValue {
        guard case .object(var pairs) = statement, let at = pairs.firstIndex(where: { $0.0 == "result" }),
              case .object(var result) = pairs[at].1, let ext = result.firstIndex(where: { $0.0 == "extensions" }),
              case .object(var extensions) = result[ext].1 else { return statement }
        let iri = XAPIExporter.sessionExtensionIRI(name, options)
        extensions.removeAll { $0.0 == iri }
        if let value { extensions.append((iri, value)) }
        result[ext].1 = .object(extensions)
        pairs[at].1 = .object(result)
        return .object(pairs)
    }

    @Test func theStatementCarriesTheRepliesAndPromiseCounts() {
        let statement = XAPIExporter.statement(for: facts(kept: 2, judged: 3), options: options)
        let extensions = statement["result"]?["extensions"]
        #expect(extensions?["https://training.example.com/lastcall/extensions/replies"] == .int(1))
        #expect(extensions?["https://training.example.com/lastcall/extensions/promise-counts"]
                == .object([("kept", .int(2)), ("judged", .int(3))]))
    }

    @Test(arguments: [(0, 0), (2, 3), (1, 1)])
    func theCountsReadBack(kept: Int, judged: Int) throws {
        let session = facts(kept: kept, judged: judged, turns: [])
        let served = try JSONParser.parse(XAPIExporter.statement(for: session, options: options).jsonText)
        let decoded = XAPISessionDecoder(options: options).decode(served)
        #expect(decoded == .session(session))
        if case .session(let back) = decoded {
            #expect(back.promises == PromiseTally(kept: kept, judged: judged))
            #expect(back.isUnanswered)
        }
    }

    @Test func anOlderStatementWithoutThemReadsAsUnknownRepliesAndNoPromises() {
        var statement = XAPIExporter.statement(for: facts(kept: 1, judged: 2), options: options)
        statement = replacing(.replies, with: nil, in: replacing(.promiseCounts, with: nil, in: statement))
        guard case .session(let back) = XAPISessionDecoder(options: options).decode(statement) else {
            Issue.record("not read back"); return
        }
        #expect(back.replies == nil)
        #expect(!back.isUnanswered)
        #expect(back.promises == PromiseTally())
    }

    @Test(arguments: [
        (JSONValue.object([("kept", .int(3)), ("judged", .int(2))]), "the promise-counts extension's kept and judged"),
        (JSONValue.object([("kept", .int(1))]), "the promise-counts extension's kept and judged"),
        (JSONValue.string("1/2"), "the promise-counts extension's kept and judged"),
    ])
    func badCountsAreIncomplete(value: JSONValue, what: String) {
        let session = facts(kept: 1, judged: 2)
        let statement = replacing(.promiseCounts, with: value, in: XAPIExporter.statement(for: session, options: options))
        #expect(XAPISessionDecoder(options: options).decode(statement)
                == .incomplete(id: XAPIExporter.statementID(session: session.id), what: what))
        let replies = replacing(.replies, with: .int(-1), in: XAPIExporter.statement(for: session, options: options))
        #expect(XAPISessionDecoder(options: options).decode(replies)
                == .incomplete(id: XAPIExporter.statementID(session: session.id), what: "a whole number in the replies extension"))
    }
}
