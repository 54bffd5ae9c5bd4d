import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real transport: URLSession, waited on synchronously.
struct URLSessionTransport: LRSTransport {
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
        done.wait()
        if let error = box.error { throw error }
        guard let http = box.response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        return (http.statusCode, box.data ?? Data())
    }
}
