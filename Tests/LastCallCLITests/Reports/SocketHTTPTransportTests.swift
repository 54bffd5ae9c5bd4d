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
    /// The hosts a fake name lookup was asked for.
    final class LookupLog: @unchecked Sendable {
        private let lock = NSLock()
        private var hosts: [String] = []
        func add(_ host: String) { lock.withLock { hosts.append(host) } }
        var asked: [String] { lock.withLock { hosts } }
    }

    @Test func aNumericHostIsNotLookedUp() throws {
        let gone = try LoopbackLRS(.ok)
        let url = gone.url
        gone.stop()
        let log = LookupLog()
        var transport = SocketHTTPTransport(timeout: 5)
        transport.nameLookup = { host, port in log.add(host); return Platform.systemNameLookup(host, port) }
        #expect(url.hasPrefix("http://127.0.0.1:"))
        #expect(throws: LRSTransportError.self) { try transport.send(URLRequest(url: URL(string: url + "/statements")!)) }
        #expect(log.asked.isEmpty)
        #expect(try Platform.resolve("::1", port: 80, deadline: .now()).first?.family == AF_INET6)
    }

    @Test func aNameThatDoesNotExistSaysWhichHostPlainly() throws {
        do {
            _ = try SocketHTTPTransport(timeout: 5).send(URLRequest(url: URL(string: "http://lrs.invalid:8080/xAPI/statements")!))
            Issue.record("lrs.invalid answered")
        } catch {
            guard case .unreachable(let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.hasPrefix("cannot find the host 'lrs.invalid': "), "\(reason)")
            #expect(reason.dropFirst("cannot find the host 'lrs.invalid': ".count).first?.isLowercase == true, "\(reason)")
        }
        let client = LRSClient(endpoint: "http://lrs.invalid:8080/xAPI", credentials: nil, transport: SocketHTTPTransport(timeout: 5))
        do {
            _ = try client.send([.object([("id", .string("x"))])])
            Issue.record("lrs.invalid stored a statement")
        } catch {
            #expect(error.description.hasPrefix("cannot reach the LRS at http://lrs.invalid:8080/xAPI: cannot find the host 'lrs.invalid': "),
                    "\(error.description)")
        }
    }

    @Test func aLookupThatDoesNotAnswerEndsAtTheRequestsTimeout() throws {
        // Were the wait not bounded, the lookup's late answer (a closed
        // loopback port) would end in a refused connection instead.
        let gone = try LoopbackLRS(.ok)
        let port = try #require(URL(string: gone.url)?.port)
        gone.stop()
        var transport = SocketHTTPTransport(timeout: 0.5)
        transport.nameLookup = { _, _ in
            Thread.sleep(forTimeInterval: 3)
            return Platform.systemNameLookup("127.0.0.1", port)
        }
        do {
            _ = try transport.send(URLRequest(url: URL(string: "http://slow.example:\(port)/xAPI/statements")!))
            Issue.record("a lookup that never answered gave an answer")
        } catch {
            #expect(error == .unreachable("cannot find the host 'slow.example': the name lookup took longer than 0.5 s (--lrs-timeout)"))
        }
    }
}
