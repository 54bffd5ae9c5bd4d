import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange with a learning record store: a seam so tests can
/// answer like an LRS without a network.
///
/// A transport never follows a redirect and never answers an
/// authentication challenge itself: the redirect comes back as the answer
/// (with its `Location`), so ``LRSClient`` decides where the credentials may
/// go, and a challenge comes back as the 401 it is.
protocol LRSTransport {
    /// Sends `request` and returns what the LRS answered, or throws an
    /// ``LRSTransportError`` when no answer came.
    func send(_ request: URLRequest) throws(LRSTransportError) -> LRSAnswer
}

/// What an LRS answered to one request.
struct LRSAnswer: Sendable {
    /// The HTTP status.
    var status: Int
    /// The body, possibly empty.
    var body: Data
    /// The `Location` header of a redirect, as sent.
    var location: String?
    /// Whether the answer was a 401 with a `WWW-Authenticate` challenge.
    var isChallenge = false

    init(status: Int, body: Data = Data(), location: String? = nil, isChallenge: Bool = false) {
        self.status = status
        self.body = body
        self.location = location
        self.isChallenge = isChallenge
    }
}

/// Why no answer came.
enum LRSTransportError: Error, Equatable {
    /// Nothing came back within the time allowed for one request.
    case timedOut(seconds: Double)
    /// The connection failed (refused, reset, name not found, TLS).
    case unreachable(String)
}
