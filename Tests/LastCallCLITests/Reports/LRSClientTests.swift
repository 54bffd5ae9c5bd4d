import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import LastCallKit
@testable import LastCallCLI

/// Answers like an LRS that already holds some statement ids.
final class FakeLRS: LRSTransport, @unchecked Sendable {
    var stored: [String: String] = [:]
    var requests: [String] = []
    var conflictOnBatch = false
    var failWith: (Int, String)?
    /// Answers given as they are, one per request, before the LRS logic.
    var scripted: [LRSAnswer] = []
    /// Whether each request carried credentials and a body, in order.
    var carried: [(authorization: Bool, body: Int)] = []

    func send(_ request: URLRequest) throws(LRSTransportError) -> LRSAnswer {
        let method = request.httpMethod ?? "GET"
        let url = request.url!.absoluteString
        requests.append("\(method) \(url)")
        carried.append((request.value(forHTTPHeaderField: "Authorization") != nil, request.httpBody?.count ?? 0))
        #expect(request.value(forHTTPHeaderField: "X-Experience-API-Version") == "1.0.3")
        if !scripted.isEmpty { return scripted.removeFirst() }
        if let (status, body) = failWith { return LRSAnswer(status: status, body: Data(body.utf8)) }
        let query = URLComponents(string: url)?.queryItems?.first { $0.name == "statementId" }?.value
        switch method {
        case "POST":
            guard let value = try? JSONParser.parse(bytes: [UInt8](request.httpBody ?? Data())),
                  case .array(let statements) = value else { return LRSAnswer(status: 400) }
            let ids = statements.compactMap { if case .string(let id)? = $0["id"] { return id } else { return nil } }
            if conflictOnBatch, ids.contains(where: { stored[$0] != nil }) { return LRSAnswer(status: 409, body: Data("conflict".utf8)) }
            let new = ids.filter { stored[$0] == nil }
            for (id, statement) in zip(ids, statements) where stored[id] == nil { stored[id] = statement.jsonText }
            return new.isEmpty ? LRSAnswer(status: 204) : LRSAnswer(status: 200, body: Data(JSONValue.array(new.map { .string($0) }).jsonText.utf8))
        case "GET":
            // Answers as Ralph does: a list, empty when the id is unknown.
            let found = stored[query ?? ""].map { "[" + $0 + "]" } ?? "[]"
            return LRSAnswer(status: 200, body: Data("{\"statements\":\(found)}".utf8))
        case "PUT":
            stored[query!] = String(decoding: request.httpBody!, as: UTF8.self)
            return LRSAnswer(status: 204)
        default:
            return LRSAnswer(status: 405)
        }
    }
}

@Suite struct LRSClientTests {
    func statements(_ ids: [String]) -> [JSONValue] { ids.map { .object([("id", .string($0))]) } }

    @Test func postsBatchesAndCountsWhatWasStored() throws {
        let lrs = FakeLRS()
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI/", credentials: ("u", "p"), transport: lrs)
        #expect(try client.send(statements(["a", "b"])) == LRSClient.Tally(stored: 2, alreadyStored: 0))
        #expect(try client.send(statements(["a", "b"])) == LRSClient.Tally(stored: 0, alreadyStored: 2))
        #expect(lrs.requests.first == "POST http://127.0.0.1:9/xAPI/statements")
    }

    @Test func aConflictFallsBackToOneAtATimeWithoutResending() throws {
        let lrs = FakeLRS()
        lrs.conflictOnBatch = true
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: nil, transport: lrs)
        _ = try client.send(statements(["a"]))
        let tally = try client.send(statements(["a", "b", "c"]))
        #expect(tally == LRSClient.Tally(stored: 2, alreadyStored: 1))
        #expect(!lrs.requests.contains("PUT http://127.0.0.1:9/xAPI/statements?statementId=a"))
        #expect(lrs.requests.contains("PUT http://127.0.0.1:9/xAPI/statements?statementId=b"))
    }

    @Test func failuresCarryTheStatusAndTheAnswer() {
        let lrs = FakeLRS()
        lrs.failWith = (401, #"{"detail":"Invalid authentication credentials"}"#)
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: ("u", "bad"), transport: lrs)
        #expect(throws: LRSClient.Failure.self) { try client.send(statements(["a"])) }
        do { _ = try client.send(statements(["a"])) } catch {
            #expect(error.description.contains("HTTP 401"))
            #expect(error.description.contains("Invalid authentication credentials"))
        }
    }

    @Test(arguments: [
        (#"{"stored": true}"#, "not the list of stored statement ids"),
        ("stored 2", "not JSON"),
        ("[]", "empty"),
        (#"["a", 7]"#, "something that is not an id"),
        (#"["a", "zzz"]"#, "'zzz', which this batch did not send"),
        (#"["a", "a"]"#, "'a' twice"),
    ])
    func a200WhoseBodyIsNotTheStoredIDsConfirmsNothing(body: String, reason: String) {
        let lrs = FakeLRS()
        lrs.scripted = [LRSAnswer(status: 200, body: Data(body.utf8))]
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: nil, transport: lrs)
        do {
            let tally = try client.send(statements(["a", "b"]))
            Issue.record("counted \(tally) from \(body)")
        } catch {
            #expect(error.description.contains("HTTP 200 but"), "\(error)")
            #expect(error.description.contains(reason), "\(error)")
            #expect(error.description.contains("nothing in this batch is counted"), "\(error)")
        }
    }

    @Test func aPartialListCountsTheRestAsAlreadyStored() throws {
        let lrs = FakeLRS()
        lrs.scripted = [LRSAnswer(status: 200, body: Data(#"["b"]"#.utf8))]
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: nil, transport: lrs)
        #expect(try client.send(statements(["a", "b"])) == LRSClient.Tally(stored: 1, alreadyStored: 1))
    }

    @Test(arguments: ["http://evil.example/xAPI/statements", "https://127.0.0.1:9/xAPI/statements",
                      "http://127.0.0.1:10/xAPI/statements", "//localhost:9/xAPI/statements"])
    func aRedirectToAnotherHostIsRefusedWithoutSendingTheCredentials(location: String) {
        let lrs = FakeLRS()
        lrs.scripted = [LRSAnswer(status: 307, location: location)]
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: ("u", "p"), transport: lrs)
        #expect(throws: LRSClient.Failure.self) { try client.send(statements(["a"])) }
        #expect(lrs.requests == ["POST http://127.0.0.1:9/xAPI/statements"])
        do { _ = try client.send(statements(["a"])) } catch {
            #expect(error.description.contains("not followed, because the user and password go only to http://127.0.0.1:9"), "\(error)")
        }
    }

    @Test func aSameHostRedirectOfAPostKeepsItsBodyAndA302IsRefused() throws {
        let lrs = FakeLRS()
        lrs.scripted = [LRSAnswer(status: 308, location: "/other/xAPI/statements")]
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: ("u", "p"), transport: lrs)
        #expect(try client.send(statements(["a"])) == LRSClient.Tally(stored: 1, alreadyStored: 0))
        #expect(lrs.requests == ["POST http://127.0.0.1:9/xAPI/statements", "POST http://127.0.0.1:9/other/xAPI/statements"])
        #expect(lrs.carried.map(\.body) == [lrs.carried[0].body, lrs.carried[0].body])
        #expect(lrs.carried.filter(\.authorization).count == 2)

        // A 302 would turn the POST into a bodiless GET: refused.
        lrs.scripted = [LRSAnswer(status: 302, location: "/other/xAPI/statements")]
        lrs.requests = []
        #expect(throws: LRSClient.Failure.self) { try client.send(statements(["b"])) }
        #expect(lrs.requests.count == 1)
    }

    @Test func aRedirectLoopStops() {
        let lrs = FakeLRS()
        lrs.scripted = Array(repeating: LRSAnswer(status: 307, location: "/xAPI/statements"), count: 10)
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: nil, transport: lrs)
        #expect(throws: LRSClient.Failure.self) { try client.send(statements(["a"])) }
        #expect(lrs.requests.count == LRSClient.maximumRedirects + 1)
    }

    @Test func aChallengeSaysTheCredentialsWereRefused() {
        let lrs = FakeLRS()
        lrs.scripted = [LRSAnswer(status: 401, isChallenge: true)]
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: ("u", "bad"), transport: lrs)
        do { _ = try client.send(statements(["a"])); Issue.record("no failure") } catch {
            #expect(error.description.contains("HTTP 401 (it refused the user and password"), "\(error)")
        }
    }

    @Test func aTimeoutNamesTheRequestAndTheLimit() {
        struct Silent: LRSTransport {
            func send(_ request: URLRequest) throws(LRSTransportError) -> LRSAnswer { throw .timedOut(seconds: 1.5) }
        }
        let client = LRSClient(endpoint: "http://127.0.0.1:9/xAPI", credentials: nil, transport: Silent())
        do { _ = try client.send(statements(["a"])); Issue.record("no failure") } catch {
            #expect(error.description == "the LRS at http://127.0.0.1:9/xAPI did not answer POST /xAPI/statements within 1.5 s (--lrs-timeout)")
        }
    }
}
