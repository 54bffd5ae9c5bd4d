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

    func send(_ request: URLRequest) throws -> (status: Int, body: Data) {
        let method = request.httpMethod ?? "GET"
        let url = request.url!.absoluteString
        requests.append("\(method) \(url)")
        #expect(request.value(forHTTPHeaderField: "X-Experience-API-Version") == "1.0.3")
        if let (status, body) = failWith { return (status, Data(body.utf8)) }
        let query = URLComponents(string: url)?.queryItems?.first { $0.name == "statementId" }?.value
        switch method {
        case "POST":
            let value = try JSONParser.parse(bytes: [UInt8](request.httpBody!))
            guard case .array(let statements) = value else { return (400, Data()) }
            let ids = statements.compactMap { if case .string(let id)? = $0["id"] { return id } else { return nil } }
            if conflictOnBatch, ids.contains(where: { stored[$0] != nil }) { return (409, Data("conflict".utf8)) }
            let new = ids.filter { stored[$0] == nil }
            for (id, statement) in zip(ids, statements) where stored[id] == nil { stored[id] = statement.jsonText }
            return new.isEmpty ? (204, Data()) : (200, Data(JSONValue.array(new.map { .string($0) }).jsonText.utf8))
        case "GET":
            // Answers as Ralph does: a list, empty when the id is unknown.
            let found = stored[query ?? ""].map { "[" + $0 + "]" } ?? "[]"
            return (200, Data("{\"statements\":\(found)}".utf8))
        case "PUT":
            stored[query!] = String(decoding: request.httpBody!, as: UTF8.self)
            return (204, Data())
        default:
            return (405, Data())
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
}
