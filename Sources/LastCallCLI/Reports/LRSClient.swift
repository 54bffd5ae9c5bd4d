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
///
/// Every answer is checked before it counts: a tally holds only what the LRS
/// confirmed, each request has a deadline, and the credentials go to the
/// endpoint's own scheme, host and port only (a redirect elsewhere is
/// refused, never followed).
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

    /// Seconds one request may take when no `--lrs-timeout` is given.
    static let defaultTimeout = 10.0
    /// Redirects followed for one request (same scheme, host and port only).
    static let maximumRedirects = 3

    /// The LRS endpoint (`http://127.0.0.1:8100/xAPI`), without a trailing slash.
    var endpoint: String
    /// The user and password for Basic auth, if any.
    var credentials: (user: String, password: String)?
    /// Statements per POST.
    var batchSize = 100
    /// The HTTP exchange.
    var transport: any LRSTransport

    /// Creates a client for `endpoint` (with or without a trailing slash).
    init(endpoint: String, credentials: (user: String, password: String)?, transport: any LRSTransport = SocketHTTPTransport()) {
        var base = endpoint
        while base.hasSuffix("/") { base.removeLast() }
        self.endpoint = base
        self.credentials = credentials
        self.transport = transport
    }

    /// Sends one batch (at most `batchSize` statements; callers batch).
    func send(_ statements: [JSONValue]) throws(Failure) -> Tally {
        guard !statements.isEmpty else { return Tally() }
        let answer = try exchange("POST", "/statements", body: JSONValue.array(statements).jsonText)
        switch answer.status {
        case 200:
            let stored = try storedIDs(answer.body, sent: statements)
            return Tally(stored: stored, alreadyStored: statements.count - stored)
        case 204:
            return Tally(stored: 0, alreadyStored: statements.count)
        case 409:
            var tally = Tally()
            for statement in statements { tally = add(tally, try sendOne(statement)) }
            return tally
        default:
            throw failure("POST", "/statements", answer)
        }
    }

    /// How many statements a 200 answer to a POST says were stored. xAPI
    /// answers with the ids stored, in order; an LRS that already holds some
    /// of them (Ralph) leaves those out. Anything else (not JSON, not a list
    /// of ids, an id that was not sent, one twice, an empty list) is not a
    /// confirmation, so it counts nothing and stops the export.
    private func storedIDs(_ body: Data, sent statements: [JSONValue]) throws(Failure) -> Int {
        var sent: Set<String> = []
        for statement in statements {
            if case .string(let id)? = statement["id"] { sent.insert(id) }
        }
        func refuse(_ why: String) -> Failure {
            Failure(description: "the LRS answered POST \(TerminalText.inert(endpoint))/statements with HTTP 200 but \(why), "
                    + "so nothing in this batch is counted as stored: " + Self.excerpt(body))
        }
        guard let value = try? JSONParser.parse(bytes: [UInt8](body)) else { throw refuse("its answer is not JSON") }
        guard case .array(let items) = value else { throw refuse("its answer is not the list of stored statement ids") }
        guard !items.isEmpty else { throw refuse("its list of stored statement ids is empty (it stores none with 204)") }
        var seen: Set<String> = []
        for item in items {
            guard case .string(let id) = item else { throw refuse("its list of stored statement ids holds something that is not an id") }
            guard sent.contains(id) else { throw refuse("it names statement '\(TerminalText.inert(id))', which this batch did not send") }
            guard seen.insert(id).inserted else { throw refuse("it names statement '\(TerminalText.inert(id))' twice") }
        }
        return items.count
    }

    private func add(_ a: Tally, _ b: Tally) -> Tally {
        Tally(stored: a.stored + b.stored, alreadyStored: a.alreadyStored + b.alreadyStored)
    }

    private func sendOne(_ statement: JSONValue) throws(Failure) -> Tally {
        guard case .string(let id)? = statement["id"] else { throw Failure(description: "a statement has no id") }
        if try self.statement(id: id) != nil { return Tally(stored: 0, alreadyStored: 1) }
        let query = "/statements?statementId=" + XAPIExporter.percentEncoded(id)
        let answer = try exchange("PUT", query, body: statement.jsonText)
        guard answer.status == 204 || answer.status == 200 else { throw failure("PUT", query, answer) }
        return Tally(stored: 1, alreadyStored: 0)
    }

    /// The stored statement with `id`, or nil when the LRS has none. Takes
    /// the answer as xAPI specifies it (the statement, or 404) or as Ralph
    /// gives it (`{"statements": [...]}`, empty when unknown).
    func statement(id: String) throws(Failure) -> JSONValue? {
        let query = "/statements?statementId=" + XAPIExporter.percentEncoded(id)
        let answer = try exchange("GET", query, body: nil)
        if answer.status == 404 { return nil }
        guard answer.status == 200 else { throw failure("GET", query, answer) }
        guard let value = try? JSONParser.parse(bytes: [UInt8](answer.body)) else {
            throw Failure(description: "the LRS answered GET \(TerminalText.inert(endpoint + query)) with text that is not JSON: "
                          + Self.excerpt(answer.body))
        }
        if case .array(let items)? = value["statements"] {
            return items.first { $0["id"] == .string(id) }
        }
        guard case .object = value, case .string? = value["id"] else {
            throw Failure(description: "the LRS answered GET \(TerminalText.inert(endpoint + query)) with neither a statement "
                          + "nor a statement list: " + Self.excerpt(answer.body))
        }
        return value["id"] == .string(id) ? value : nil
    }

    /// Reads statements back (for tests and checks): one page of `GET /statements`.
    func fetch(query: String) throws(Failure) -> JSONValue {
        let answer = try exchange("GET", "/statements" + query, body: nil)
        guard answer.status == 200 else { throw failure("GET", "/statements" + query, answer) }
        do { return try JSONParser.parse(bytes: [UInt8](answer.body)) } catch {
            throw Failure(description: "the LRS answered GET /statements with text that is not JSON: \(error)")
        }
    }

    /// Sends one request and follows redirects that stay on the endpoint's
    /// scheme, host and port. A 307 or 308 is sent again with the same
    /// method and body; a 301, 302 or 303 would turn a POST or PUT into a
    /// GET without its statements, so for those only a GET follows.
    private func exchange(_ method: String, _ path: String, body: String?) throws(Failure) -> LRSAnswer {
        guard let first = URL(string: endpoint + path), let origin = Origin(first) else {
            throw Failure(description: "'\(TerminalText.inert(endpoint))' is not an http:// or https:// address")
        }
        var url = first
        var hops = 0
        while true {
            let answer = try exchangeOnce(method, url, body: body)
            guard (300...399).contains(answer.status), answer.status != 304 else { return answer }
            let shown = TerminalText.inert(url.absoluteString)
            guard let location = answer.location, let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                throw Failure(description: "the LRS answered \(method) \(shown) with HTTP \(answer.status) but no usable Location")
            }
            let target = TerminalText.inert(next.absoluteString)
            guard Origin(next) == origin else {
                throw Failure(description: "the LRS answered \(method) \(shown) with HTTP \(answer.status), a redirect to \(target); "
                              + "not followed, because the user and password go only to \(TerminalText.inert(origin.text)) "
                              + "(if the LRS has moved, pass its new address with --lrs)")
            }
            guard answer.status == 307 || answer.status == 308 || method == "GET" else {
                throw Failure(description: "the LRS answered \(method) \(shown) with HTTP \(answer.status), a redirect to \(target) "
                              + "that would drop the statements; not followed (pass that address with --lrs)")
            }
            hops += 1
            guard hops <= Self.maximumRedirects else {
                throw Failure(description: "the LRS redirected \(method) \(TerminalText.inert(first.absoluteString)) "
                              + "more than \(Self.maximumRedirects) times; stopped at \(target)")
            }
            url = next
        }
    }

    private func exchangeOnce(_ method: String, _ url: URL, body: String?) throws(Failure) -> LRSAnswer {
        var request = URLRequest(url: url)
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
            switch error {
            case .timedOut(let seconds):
                throw Failure(description: "the LRS at \(TerminalText.inert(endpoint)) did not answer \(method) "
                              + "\(TerminalText.inert(url.path)) within \(Self.seconds(seconds)) (--lrs-timeout)")
            case .unreachable(let reason):
                throw Failure(description: "cannot reach the LRS at \(TerminalText.inert(endpoint)): \(TerminalText.inert(reason))")
            }
        }
    }

    private func failure(_ method: String, _ path: String, _ answer: LRSAnswer) -> Failure {
        var hint = ""
        if answer.isChallenge {
            hint = " (it refused the user and password: check --lrs-user / $LASTCALL_LRS_USER and $LASTCALL_LRS_PASSWORD)"
        } else if answer.status == 401 || answer.status == 403 {
            hint = " (check --lrs-user / $LASTCALL_LRS_USER and $LASTCALL_LRS_PASSWORD)"
        }
        return Failure(description: "the LRS answered \(method) \(TerminalText.inert(endpoint + path)) with HTTP \(answer.status)\(hint): "
                       + Self.excerpt(answer.body))
    }

    /// The start of an answer's body, safe to print.
    static func excerpt(_ body: Data) -> String {
        let text = String(decoding: body.prefix(2000), as: UTF8.self)
        return text.isEmpty ? "(empty)" : TerminalText.inert(text)
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// Scheme, host and port: where credentials may go.
    struct Origin: Equatable {
        var scheme: String
        var host: String
        var port: Int

        init?(_ url: URL) {
            guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                  let host = url.host?.lowercased(), !host.isEmpty else { return nil }
            self.scheme = scheme
            self.host = host
            port = url.port ?? (scheme == "https" ? 443 : 80)
        }

        var text: String { "\(scheme)://\(host):\(port)" }
    }
}
