import Foundation

/// Reads one HTTP/1.1 answer from the bytes a connection gives, as they
/// come: the status line, the headers, then a body framed by
/// `Content-Length`, by chunked transfer coding, or by the end of the
/// connection. Interim `1xx` answers are skipped. Knows nothing of sockets,
/// so the tests feed it bytes.
struct HTTPAnswerReader {
    /// Why the bytes are not an HTTP answer.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The request's method: the answer to a `HEAD` has no body.
    let method: String
    /// The largest body taken.
    let maximumBody: Int

    private var buffer: [UInt8] = []
    private var head: Head?
    private var body: [UInt8] = []
    /// Where the next unread byte of `buffer` is, once the head is read.
    private var position = 0
    /// The chunked body's state: the bytes left in the current chunk, or
    /// nil between chunks.
    private var chunkLeft: Int?
    /// Whether the last chunk has been read and only trailers remain.
    private var inTrailers = false

    /// The status and headers.
    private struct Head {
        var status: Int
        var headers: [String: String]
        var length: Int?
        var isChunked: Bool
        var hasBody: Bool
    }

    init(method: String, maximumBody: Int = 64 << 20) {
        self.method = method
        self.maximumBody = maximumBody
    }

    /// Takes the next bytes; returns the answer once it is complete.
    mutating func feed(_ bytes: [UInt8]) throws(Failure) -> LRSAnswer? {
        buffer += bytes
        while head == nil {
            guard let end = Self.find([13, 10, 13, 10], in: buffer, from: 0) else {
                guard buffer.count <= 64 << 10 else { throw Failure(description: "the headers run past 64 KB") }
                return nil
            }
            let parsed = try Self.parseHead(Array(buffer[..<end]), method: method)
            buffer.removeFirst(end + 4)
            if (100...199).contains(parsed.status) { continue }
            head = parsed
        }
        guard let head else { return nil }
        if !head.hasBody { return answer(head) }
        if head.isChunked { return try readChunks(head) }
        if let length = head.length {
            guard length <= maximumBody else { throw Failure(description: "the body is \(length) bytes, over the limit") }
            guard buffer.count >= length else { return nil }
            body = Array(buffer.prefix(length))
            return answer(head)
        }
        guard buffer.count <= maximumBody else { throw Failure(description: "the body runs past \(maximumBody) bytes") }
        return nil
    }

    /// The answer when the connection ended: complete only for a body that
    /// runs to the end of the connection.
    mutating func finishAtEnd() throws(Failure) -> LRSAnswer {
        guard let head else {
            throw Failure(description: buffer.isEmpty ? "the server closed the connection without answering"
                          : "the connection ended inside the headers")
        }
        guard head.hasBody, !head.isChunked, head.length == nil else {
            throw Failure(description: "the connection ended before the body did")
        }
        body = buffer
        return answer(head)
    }

    private func answer(_ head: Head) -> LRSAnswer {
        let isChallenge = head.status == 401 && head.headers["www-authenticate"] != nil
        return LRSAnswer(status: head.status, body: Data(body), location: head.headers["location"], isChallenge: isChallenge)
    }

    /// Decodes chunks from `buffer` as far as they have arrived.
    private mutating func readChunks(_ head: Head) throws(Failure) -> LRSAnswer? {
        while true {
            if inTrailers {
                // Trailers, if any, end with an empty line.
                guard let lineEnd = Self.find([13, 10], in: buffer, from: position) else { return nil }
                let isEmpty = lineEnd == position
                position = lineEnd + 2
                if isEmpty { return answer(head) }
                continue
            }
            if let left = chunkLeft {
                // The chunk's data and its closing CRLF.
                guard buffer.count - position >= left + 2 else { return nil }
                body += buffer[position..<(position + left)]
                guard buffer[position + left] == 13, buffer[position + left + 1] == 10 else {
                    throw Failure(description: "a chunk does not end in CRLF")
                }
                position += left + 2
                chunkLeft = nil
                continue
            }
            guard let end = Self.find([13, 10], in: buffer, from: position) else { return nil }
            let line = String(decoding: buffer[position..<end], as: UTF8.self)
            let sizeText = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else {
                throw Failure(description: "a chunk size is not hexadecimal: '\(line.prefix(40))'")
            }
            guard body.count + size <= maximumBody else { throw Failure(description: "the body runs past \(maximumBody) bytes") }
            position = end + 2
            if size == 0 { inTrailers = true } else { chunkLeft = size }
        }
    }

    private static func parseHead(_ bytes: [UInt8], method: String) throws(Failure) -> Head {
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]), (100...999).contains(status) else {
            throw Failure(description: "not an HTTP/1.x status line: '\(lines[0].prefix(60))'")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw Failure(description: "a header without a colon: '\(line.prefix(60))'") }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        let isChunked = headers["transfer-encoding"]?.lowercased().contains("chunked") ?? false
        var length: Int?
        if !isChunked, let text = headers["content-length"] {
            guard let value = Int(text), value >= 0 else { throw Failure(description: "Content-Length is not a length: '\(text.prefix(30))'") }
            length = value
        }
        let hasBody = method != "HEAD" && status != 204 && status != 304 && !(100...199).contains(status)
        return Head(status: status, headers: headers, length: length, isChunked: isChunked, hasBody: hasBody)
    }

    /// Where `needle` first starts in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count + start else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
