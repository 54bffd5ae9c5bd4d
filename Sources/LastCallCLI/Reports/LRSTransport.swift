import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange with a learning record store: a seam so tests can
/// answer like an LRS without a network.
protocol LRSTransport {
    /// Sends `request` and returns the status and body, or throws when no
    /// answer came (refused connection, timeout).
    func send(_ request: URLRequest) throws -> (status: Int, body: Data)
}
