import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// URLSession with a hard limit on the whole exchange: on Linux a request's
/// `timeoutInterval` does not stop an LRS that accepted the connection and
/// then stalls, so the wait itself is bounded and the task cancelled. Play
/// relies on this to hand a session to the outbox within a few seconds.
struct DeadlineTransport: LRSTransport {
    /// Seconds the whole exchange may take.
    var timeout: TimeInterval

    private final class Box: @unchecked Sendable {
        var data: Data?
        var response: URLResponse?
        var error: (any Error)?
    }

    func send(_ request: URLRequest) throws -> (status: Int, body: Data) {
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let task = URLSession.shared.dataTask(with: request) { data, response, error in
            box.data = data
            box.response = response
            box.error = error
            done.signal()
        }
        task.resume()
        guard done.wait(timeout: .now() + timeout) == .success else {
            task.cancel()
            throw DeadlineError(seconds: timeout)
        }
        if let error = box.error { throw error }
        guard let http = box.response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        return (http.statusCode, box.data ?? Data())
    }

    /// The LRS did not answer in time.
    struct DeadlineError: Error, LocalizedError {
        var seconds: TimeInterval
        var errorDescription: String? {
            "no answer within \(seconds.formatted(.number.precision(.fractionLength(0...1)))) s (timed out)"
        }
    }
}
