import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LastCallKit

/// Sends xAPI statements to a learning record store: `POST URL/statements`
/// in batches, xAPI 1.0.3, Basic auth. Statement ids are stable, so sending
/// again stores nothing twice; when the LRS refuses a batch with 409
/// Conflict, each statement of it is checked (`GET ?statementId=`) and only
/// the ones the LRS lacks are sent (`PUT ?statementId=`).
struct LRSClient {
    /// Why sending stopped.
    struct Failure: Error, CustomStringConvertible {
        /// What happened, with the LRS's status and answer when there was one.
        var description: String
    }

    /// What a send did.
    struct Tally: Equatable {
        /// Statements the LRS stored now.
        var stored = 0
        /// Statements it already had.
        var alreadyStored = 0
    }

    /// The LRS endpoint (`http://127.0.0.1:8100/xAPI`), without a trailing slash.
    var endpoint: String
    /// The user and password for Basic auth, if any.
    var credentials: (user: String, password: String)?
    /// Statements per POST.
    var batchSize = 100
    /// Seconds one request may wait for the LRS (play keeps this short).
    var timeout: TimeInterval = 60
    /// The HTTP exchange.
    var transport: any LRSTransport = URLSessionTransport()

    /// Creates a client for `endpoint` (with or without a trailing slash).
    init(endpoint: String, credentials: (user: String, password: String)?, transport: any LRSTransport = URLSessionTransport()) {
        var base = endpoint
        while base.hasSuffix("/") { base.removeLast() }
        self.endpoint = base
        self.credentials = credentials
        self.transport = transport
    }

    /// Sends one batch (at most `batchSize` statements; callers batch).
    func send(_ statements: [JSONValue]) throws(Failure) -> Tally {
        guard !statements.isEmpty else { return Tally() }
        let (status, body) = try exchange("POST", "/statements", body: JSONValue.array(statements).jsonText)
        switch status {
        case 200:
            let ids = (try? JSONParser.parse(bytes: [UInt8](body))).flatMap { value -> Int? in
                if case .array(let items) = value { return items.count }
                return nil
            } ?? statements.count
            return Tally(stored: ids, alreadyStored: statements.count - ids)
        case 204:
            return Tally(stored: 0, alreadyStored: statements.count)
        case 409:
            var tally = Tally()
            for statement in statements { tally = add(tally, try sendOne(statement)) }
            return tally
        default:
            throw failure("POST", "/statements", status, body)
        }
    }

    private func add(_ a: Tally, _ b: Tally) -> Tally {
        Tally(stored: a.stored + b.stored, alreadyStored: a.alreadyStored + b.alreadyStored)
    }

    private func sendOne(_ statement: JSONValue) throws(Failure) -> Tally {
        guard case .string(let id)? = statement["id"] else { throw Failure(description: "a statement has no id") }
        if try self.statement(id: id) != nil { return Tally(stored: 0, alreadyStored: 1) }
        let query = "/statements?statementId=" + XAPIExporter.percentEncoded(id)
        let (status, body) = try exchange("PUT", query, body: statement.jsonText)
        guard status == 204 || status == 200 else { throw failure("PUT", query, status, body) }
        return Tally(stored: 1, alreadyStored: 0)
    }

    /// The stored statement with `id`, or nil when the LRS has none. Takes
    /// the answer as xAPI specifies it (the statement, or 404) or as Ralph
    /// gives it (`{"statements": [...]}`, empty when unknown).
    func statement(id: String) throws(Failure) -> JSONValue? {
        let query = "/statements?statementId=" + XAPIExporter.percentEncoded(id)
        let (status, body) = try exchange("GET", query, body: nil)
        if status == 404 { return nil }
        guard status == 200 else { throw failure("GET", query, status, body) }
        guard let value = try? JSONParser.parse(bytes: [UInt8](body)) else {
            throw Failure(description: "the LRS answered GET \(TerminalText.inert(endpoint + query)) with text that is not JSON")
        }
        if case .array(let items)? = value["statements"] {
            return items.first { $0["id"] == .string(id) }
        }
        return value["id"] == .string(id) ? value : nil
    }

    /// Reads statements back (for tests and checks): one page of `GET /statements`.
    func fetch(query: String) throws(Failure) -> JSONValue {
        let (status, body) = try exchange("GET", "/statements" + query, body: nil)
        guard status == 200 else { throw failure("GET", "/statements" + query, status, body) }
        do { return try JSONParser.parse(bytes: [UInt8](body)) } catch {
            throw Failure(description: "the LRS answered GET /statements with text that is not JSON: \(error)")
        }
    }

    private func exchange(_ method: String, _ path: String, body: String?) throws(Failure) -> (Int, Data) {
        guard let url = URL(string: endpoint + path) else {
            throw Failure(description: "'\(TerminalText.inert(endpoint))' is not a URL")
        }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.utf8)
        }
        if let credentials {
            let token = Data("\(credentials.user):\(credentials.password)".utf8).base64EncodedString()
            request.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        }
        do {
            return try transport.send(request)
        } catch {
            throw Failure(description: "cannot reach the LRS at \(TerminalText.inert(endpoint)): \(error.localizedDescription)")
        }
    }

    private func failure(_ method: String, _ path: String, _ status: Int, _ body: Data) -> Failure {
        var text = String(decoding: body.prefix(2000), as: UTF8.self)
        if text.isEmpty { text = "(empty)" }
        let hint = status == 401 || status == 403 ? " (check --lrs-user / $LASTCALL_LRS_USER and $LASTCALL_LRS_PASSWORD)" : ""
        return Failure(description: "the LRS answered \(method) \(TerminalText.inert(endpoint + path)) with HTTP \(status)\(hint): "
                       + TerminalText.inert(text))
    }
}
