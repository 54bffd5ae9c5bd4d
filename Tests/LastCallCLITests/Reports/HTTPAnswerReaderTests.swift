import Foundation
import Testing
@testable import LastCallCLI

/// HTTP/1.1 answers fed byte by byte and whole: every framing the plain
/// HTTP transport meets, and what it refuses.
@Suite struct HTTPAnswerReaderTests {
    /// Feeds `text` in pieces of `step` bytes, then the end of the connection.
    static func read(_ text: String, method: String = "GET", step: Int = 1, maximumBody: Int = 1 << 20) throws -> LRSAnswer {
        var reader = HTTPAnswerReader(method: method, maximumBody: maximumBody)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if let answer = try reader.feed(Array(bytes[index..<min(index + step, bytes.count)])) { return answer }
            index += step
        }
        return try reader.finishAtEnd()
    }

    @Test(arguments: [1, 3, 1000])
    func aContentLengthBodyEndsAtItsLengthWhateverFollows(step: Int) throws {
        let answer = try Self.read("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: application/json\r\n\r\n[\"a\"]junk", step: step)
        #expect(answer.status == 200)
        #expect(String(decoding: answer.body, as: UTF8.self) == "[\"a\"]")
    }

    @Test(arguments: [1, 4, 1000])
    func aChunkedBodyIsJoinedWithExtensionsAndTrailersIgnored(step: Int) throws {
        let text = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;name=x\r\n{\"st\r\nA\r\natements\":\r\n3\r\n[]}\r\n0\r\nX-Trailer: 1\r\n\r\n"
        let answer = try Self.read(text, step: step)
        #expect(String(decoding: answer.body, as: UTF8.self) == "{\"statements\":[]}")
    }

    @Test func aBodyWithoutLengthRunsToTheEndOfTheConnection() throws {
        let answer = try Self.read("HTTP/1.0 500 Internal Server Error\r\n\r\nflaky on purpose")
        #expect(answer.status == 500)
        #expect(String(decoding: answer.body, as: UTF8.self) == "flaky on purpose")
    }

    @Test func interimAnswersAreSkippedAndNoContentHasNoBody() throws {
        let answer = try Self.read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n", step: 7)
        #expect(answer.status == 204)
        #expect(answer.body.isEmpty)
        let head = try Self.read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
    }

    @Test func aRedirectKeepsItsLocationAndAChallengeIsMarked() throws {
        let redirect = try Self.read("HTTP/1.1 307 Temporary Redirect\r\nlocation: http://evil.example/xAPI\r\nContent-Length: 0\r\n\r\n")
        #expect(redirect.status == 307)
        #expect(redirect.location == "http://evil.example/xAPI")
        let challenge = try Self.read("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic\r\nContent-Length: 2\r\n\r\n{}")
        #expect(challenge.isChallenge)
        let plain = try Self.read("HTTP/1.1 401 Unauthorized\r\nContent-Length: 2\r\n\r\n{}")
        #expect(!plain.isChallenge)
    }

    @Test(arguments: [
        ("", "the server closed the connection without answering"),
        ("HTTP/1.1 200 OK\r\nContent-Le", "the connection ended inside the headers"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "the connection ended before the body did"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", "the connection ended before the body did"),
        ("SSH-2.0-OpenSSH_9.6\r\n\r\n", "not an HTTP/1.x status line: 'SSH-2.0-OpenSSH_9.6'"),
        ("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "a header without a colon: 'no colon here'"),
        ("HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n", "Content-Length is not a length: '-4'"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "a chunk size is not hexadecimal: 'zz'"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n", "a chunk does not end in CRLF"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 99999\r\n\r\n", "the body is 99999 bytes, over the limit"),
    ])
    func brokenAnswersAreRefusedWithWhatIsWrong(text: String, message: String) {
        #expect(throws: HTTPAnswerReader.Failure.self) { try Self.read(text, step: 5, maximumBody: 1000) }
        do {
            _ = try Self.read(text, step: 5, maximumBody: 1000)
        } catch {
            #expect("\(error)" == message)
        }
    }
}
