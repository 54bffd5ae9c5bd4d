import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The `https://` transport (``SocketHTTPTransport`` hands it those): one
/// URLSession task per request, waited on with a deadline.
///
/// A delegate, not a completion handler, because only a delegate can stop
/// FoundationNetworking from following a redirect (it would carry the
/// `Authorization` header to any host and drop a POST's body) or from
/// waiting forever on a `WWW-Authenticate` challenge it has no answer for.
struct URLSessionTransport: LRSTransport {
    /// The longest one request may take, from sending to the last byte.
    var timeout: Double

    /// Creates a transport that gives each request `timeout` seconds.
    init(timeout: Double = LRSClient.defaultTimeout) {
        self.timeout = timeout
    }

    func send(_ request: URLRequest) throws(LRSTransportError) -> LRSAnswer {
        let exchange = Exchange()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpShouldSetCookies = false
        configuration.urlCredentialStorage = nil
        let session = URLSession(configuration: configuration, delegate: exchange, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = request
        request.timeoutInterval = timeout
        let task = session.dataTask(with: request)
        task.resume()
        // A second beyond the session's own timeout: the session should give
        // up first, this only guards against it never reporting back.
        guard exchange.done.wait(timeout: .now() + timeout + 1) == .success else {
            task.cancel()
            throw .timedOut(seconds: timeout)
        }
        return try exchange.result(timeout: timeout)
    }

    /// Collects one task's answer; FoundationNetworking calls it on its own
    /// queue, the sender reads it after `done`, hence the lock.
    private final class Exchange: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var response: HTTPURLResponse?
        private var body = Data()
        private var error: (any Error)?
        private var challenged: HTTPURLResponse?
        private var redirect: (response: HTTPURLResponse, location: String?)?

        func result(timeout: Double) throws(LRSTransportError) -> LRSAnswer {
            lock.lock()
            defer { lock.unlock() }
            if let challenged {
                return LRSAnswer(status: challenged.statusCode, body: body, isChallenge: true)
            }
            if let redirect {
                return LRSAnswer(status: redirect.response.statusCode, body: body, location: redirect.location)
            }
            if let error {
                if let urlError = error as? URLError, urlError.code == .timedOut { throw .timedOut(seconds: timeout) }
                throw .unreachable(error.localizedDescription)
            }
            guard let response else { throw .unreachable("no HTTP answer") }
            let location = response.value(forHTTPHeaderField: "Location")
            let isChallenge = response.statusCode == 401 && response.value(forHTTPHeaderField: "WWW-Authenticate") != nil
            return LRSAnswer(status: response.statusCode, body: body, location: location, isChallenge: isChallenge)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
            lock.lock()
            self.response = response as? HTTPURLResponse
            lock.unlock()
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            lock.lock()
            body.append(data)
            lock.unlock()
        }

        // Never answer a challenge: the request already carries the
        // credentials it was given; a second try could only repeat them.
        // (FoundationNetworking before 6.3 calls this for a 401 with
        // WWW-Authenticate and, without it, waits forever.)
        func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                        completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
            lock.lock()
            challenged = challenge.failureResponse as? HTTPURLResponse
                ?? HTTPURLResponse(url: task.originalRequest?.url ?? URL(fileURLWithPath: "/"), statusCode: 401, httpVersion: nil, headerFields: nil)
            lock.unlock()
            completionHandler(.cancelAuthenticationChallenge, nil)
        }

        // Never follow: hand the redirect back to the client, which alone
        // knows whether the new address may see the credentials.
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
            lock.lock()
            redirect = (response, response.value(forHTTPHeaderField: "Location") ?? request.url?.absoluteString)
            lock.unlock()
            completionHandler(nil)
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            lock.lock()
            self.error = error
            lock.unlock()
            done.signal()
        }
    }
}
