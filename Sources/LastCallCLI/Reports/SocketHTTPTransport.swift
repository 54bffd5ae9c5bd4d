import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The transport every LRS command uses: `http://` addresses over a plain
/// HTTP/1.1 exchange on a POSIX socket, `https://` through
/// ``URLSessionTransport``.
///
/// Why not URLSession for both: while a server holds a request open without
/// answering, FoundationNetworking (its libcurl socket sources) re-arms the
/// socket's writable event and wakes thousands of times a second, about one
/// CPU second per second of waiting (measured by Benchmarks/faults.py). Here
/// every wait sleeps in `poll(2)` until the socket is ready or the deadline
/// passes. Same rules as the URLSession transport: one request per
/// connection (`Connection: close`), the whole exchange within `timeout`,
/// redirects and challenges handed back, never followed or answered.
struct SocketHTTPTransport: LRSTransport {
    /// The longest one request may take, from connecting to the last byte.
    var timeout: Double
    /// The largest answer taken (an LRS page of 100 statements is well under 1 MB).
    var maximumAnswer = 64 << 20
    /// How a host name becomes addresses (tests put a slow resolver here).
    var nameLookup: Platform.NameLookup = Platform.systemNameLookup

    /// Creates a transport that gives each request `timeout` seconds.
    init(timeout: Double = LRSClient.defaultTimeout) {
        self.timeout = timeout
    }

    func send(_ request: URLRequest) throws(LRSTransportError) -> LRSAnswer {
        guard let url = request.url, url.scheme?.lowercased() == "http" else {
            return try URLSessionTransport(timeout: timeout).send(request)
        }
        guard let host = url.host, !host.isEmpty else { throw .unreachable("no host in \(url.absoluteString)") }
        let deadline = DispatchTime.now() + timeout
        do {
            let connection = try Platform.TCPConnection.connect(host: host, port: url.port ?? 80, deadline: deadline, lookup: nameLookup)
            defer { connection.close() }
            try connection.send(Self.requestBytes(request, url: url))
            var reader = HTTPAnswerReader(method: request.httpMethod ?? "GET", maximumBody: maximumAnswer)
            while true {
                let bytes = try connection.receive()
                do {
                    if bytes.isEmpty { return try reader.finishAtEnd() }
                    if let answer = try reader.feed(bytes) { return answer }
                } catch {
                    throw LRSTransportError.unreachable("a broken HTTP answer: \(error.description)")
                }
            }
        } catch let failure as Platform.SocketFailure {
            switch failure {
            case .timedOut: throw .timedOut(seconds: timeout)
            case .lookupTimedOut:
                throw .unreachable("cannot find the host '\(host)': the name lookup took longer than \(LRSClient.seconds(timeout)) (--lrs-timeout)")
            case .failed(let reason): throw .unreachable(reason)
            }
        } catch let error as LRSTransportError {
            throw error
        } catch {
            throw .unreachable("\(error)")
        }
    }

    /// The request line, headers and body: the request's own headers, plus
    /// `Host`, `Content-Length` for a body and `Connection: close`.
    static func requestBytes(_ request: URLRequest, url: URL) -> [UInt8] {
        let body = request.httpBody ?? Data()
        var target = url.path.isEmpty ? "/" : URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? url.path
        if let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedQuery { target += "?" + query }
        let method = request.httpMethod ?? "GET"
        // An IPv6 address goes in brackets, as in the URL.
        let host = url.host!.contains(":") ? "[\(url.host!)]" : url.host!
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host)\(url.port.map { ":\($0)" } ?? "")\r\n"
        let skipped: Set<String> = ["host", "content-length", "connection", "transfer-encoding"]
        for (name, value) in (request.allHTTPHeaderFields ?? [:]).sorted(by: { $0.key < $1.key })
        where !skipped.contains(name.lowercased()) {
            // A header value cannot hold a line break (it would start a new header).
            head += "\(name): \(value.filter { $0 != "\r" && $0 != "\n" })\r\n"
        }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        return Array(head.utf8) + [UInt8](body)
    }
}
