import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import LastCallKit
@testable import LastCallCLI

/// The plain HTTP transport: what it sends, and how it ends a wait against
/// a loopback server that is gone or never answers.
@Suite(.serialized) struct SocketHTTPTransportTests {
    @Test func theRequestCarriesItsHeadersBodyLengthAndNoInjectedLines() throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:8100/xAPI/statements?statementId=a%20b&x=1")!)
        request.httpMethod = "POST"
        request.setValue("Basic dTpw", forHTTPHeaderField: "Authorization")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("a\r\nX-Evil: yes", forHTTPHeaderField: "X-Note")
        request.httpBody = Data("[{}]".utf8)
        let text = String(decoding: SocketHTTPTransport.requestBytes(request, url: request.url!), as: UTF8.self)
        #expect(text.hasPrefix("POST /xAPI/statements?statementId=a%20b&x=1 HTTP/1.1\r\nHost: 127.0.0.1:8100\r\n"))
        #expect(text.contains("\r\nAuthorization: Basic dTpw\r\n"))
        #expect(text.lowercased().contains("\r\nx-experience-api-version: 1.0.3\r\n"))
        #expect(!text.contains("\r\nX-Evil"))
        #expect(text.hasSuffix("\r\nContent-Length: 4\r\nConnection: close\r\n\r\n[{}]"))
        let six = URL(string: "http://[::1]:8100/xAPI/statements")!
        let get = String(decoding: SocketHTTPTransport.requestBytes(URLRequest(url: six), url: six), as: UTF8.self)
        #expect(get.hasPrefix("GET /xAPI/statements HTTP/1.1\r\nHost: [::1]:8100\r\n"), "\(get)")
        #expect(!get.contains("Content-Length"))
    }

    @Test func aServerThatIsGoneIsUnreachableAtOnce() throws {
        let gone = try LoopbackLRS(.ok)
        let url = gone.url
        gone.stop()
        let started = Date()
        #expect(throws: LRSTransportError.self) {
            try SocketHTTPTransport(timeout: 5).send(URLRequest(url: URL(string: url + "/statements")!))
        }
        #expect(Date().timeIntervalSince(started) < 4, "a refused connection is not a timeout")
    }

    @Test func aStalledServerEndsInATimeoutNotAnAnswer() throws {
        let lrs = try LoopbackLRS(.stall)
        defer { lrs.stop() }
        var request = URLRequest(url: URL(string: lrs.url + "/statements")!)
        request.httpMethod = "POST"
        request.httpBody = Data(#"[{"id":"x"}]"#.utf8)
        do {
            _ = try SocketHTTPTransport(timeout: 1).send(request)
            Issue.record("a stalled server gave an answer")
        } catch {
            #expect(error == .timedOut(seconds: 1))
        }
    }

    @Test func anAnswerComesBackWhole() throws {
        let lrs = try LoopbackLRS(.ok, pageSize: 3)
        defer { lrs.stop() }
        let client = LRSClient(endpoint: lrs.url, credentials: nil, transport: SocketHTTPTransport(timeout: 5))
        let statements = (0..<200).map { index in
            JSONValue.object([("id", .string("id-\(index)")), ("timestamp", .string("2026-11-01T00:00:00Z")),
                              ("object", .object([("id", .string("https://x.example/\(index)")),
                                                   ("padding", .string(String(repeating: "é", count: 2000)))]))])
        }
        #expect(try client.send(statements) == LRSClient.Tally(stored: 200, alreadyStored: 0))
        let page = try client.fetch(query: "?limit=3")
        guard case .array(let items)? = page["statements"] else { Issue.record("no statements"); return }
        #expect(items.count == 3)
        #expect(page["more"] == .string("/xAPI/statements?limit=3&offset=3"))
    }
}
