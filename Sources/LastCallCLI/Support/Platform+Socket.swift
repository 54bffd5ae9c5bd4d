#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

// The C library's calls whose names a method here shadows.
#if canImport(Glibc)
private let systemConnect = Glibc.connect
private let systemSend = Glibc.send
private let systemClose = Glibc.close
#elseif canImport(Darwin)
private let systemConnect = Darwin.connect
private let systemSend = Darwin.send
private let systemClose = Darwin.close
#endif

/// A TCP connection with a deadline on every call, for the plain-HTTP LRS
/// transport: each wait is a `poll(2)` that sleeps in the kernel until the
/// socket is ready or the deadline passes, so a stalled server costs no CPU.
extension Platform {
    /// Why a socket call gave up.
    enum SocketFailure: Error, Equatable {
        /// The deadline passed first.
        case timedOut
        /// The deadline passed while the host's name was being looked up.
        case lookupTimedOut
        /// The system refused (connection refused, reset, no such host).
        case failed(String)
    }

    /// One address a name lookup gave, copied out of the C library's list
    /// so it can cross threads.
    struct SocketAddress: Sendable, Equatable {
        var family: Int32
        var socketType: Int32
        var socketProtocol: Int32
        /// The `sockaddr` bytes (`ai_addrlen` of them).
        var bytes: [UInt8]
    }

    /// Looks up a host name's addresses for a port; it may take as long as
    /// the resolver does (it runs on a thread of its own).
    typealias NameLookup = @Sendable (_ host: String, _ port: Int) -> Result<[SocketAddress], SocketFailure>

    /// The C library's lookup of `host` (a name), through `getaddrinfo`.
    static let systemNameLookup: NameLookup = { host, port in addresses(host, port, flags: 0) }

    /// `getaddrinfo` for a stream socket, its list copied out and freed.
    private static func addresses(_ host: String, _ port: Int, flags: Int32) -> Result<[SocketAddress], SocketFailure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_flags = flags
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else {
            let reason = status == EAI_SYSTEM ? String(cString: strerror(errno)) : String(cString: gai_strerror(status))
            // gai_strerror's sentences start with a capital; the message goes after a colon.
            return .failure(.failed("cannot find the host '\(host)': " + reason.prefix(1).lowercased() + reason.dropFirst()))
        }
        defer { freeaddrinfo(list) }
        var found: [SocketAddress] = []
        var entry = list
        while let address = entry {
            entry = address.pointee.ai_next
            guard let socketAddress = address.pointee.ai_addr else { continue }
            let bytes = UnsafeRawBufferPointer(start: socketAddress, count: Int(address.pointee.ai_addrlen))
            found.append(SocketAddress(family: address.pointee.ai_family, socketType: address.pointee.ai_socktype,
                                       socketProtocol: address.pointee.ai_protocol, bytes: Array(bytes)))
        }
        return found.isEmpty ? .failure(.failed("no address for '\(host)'")) : .success(found)
    }

    /// The addresses of `host`: a numeric address at once, with no lookup;
    /// a name through `lookup` on a thread of its own, waited for only
    /// until `deadline` (`getaddrinfo` has no timeout, and a resolver that
    /// does not answer would hold the request for its own retries, 10 s
    /// and more). A lookup given up on finishes on its thread, unheard.
    static func resolve(_ host: String, port: Int, deadline: DispatchTime,
                        lookup: @escaping NameLookup = systemNameLookup) throws(SocketFailure) -> [SocketAddress] {
        if case .success(let numeric) = addresses(host, port, flags: AI_NUMERICHOST) { return numeric }
        let pending = PendingLookup()
        Thread.detachNewThread { pending.finish(lookup(host, port)) }
        guard let result = pending.wait(until: deadline) else { throw .lookupTimedOut }
        return try result.get()
    }

    /// A lookup's result, handed from its thread to the one waiting.
    private final class PendingLookup: @unchecked Sendable {
        // Guards `result`; `done` is signalled once it is set.
        private let lock = NSLock()
        private var result: Result<[SocketAddress], SocketFailure>?
        private let done = DispatchSemaphore(value: 0)

        func finish(_ result: Result<[SocketAddress], SocketFailure>) {
            lock.withLock { self.result = result }
            done.signal()
        }

        /// The result, or nil when the deadline passed first.
        func wait(until deadline: DispatchTime) -> Result<[SocketAddress], SocketFailure>? {
            guard done.wait(timeout: deadline) == .success else { return nil }
            return lock.withLock { result }
        }
    }

    /// One connected socket; `close` releases it (also on deinit).
    final class TCPConnection {
        private var fd: Int32
        /// When every call gives up, on the monotonic clock.
        let deadline: DispatchTime

        private init(fd: Int32, deadline: DispatchTime) {
            self.fd = fd
            self.deadline = deadline
        }

        deinit { close() }

        /// Connects to `host`:`port` (a name or a numeric address), trying
        /// each address until one answers; the name lookup too ends at the
        /// deadline.
        static func connect(host: String, port: Int, deadline: DispatchTime,
                            lookup: @escaping NameLookup = systemNameLookup) throws(SocketFailure) -> TCPConnection {
            let addresses = try Platform.resolve(host, port: port, deadline: deadline, lookup: lookup)
            var lastError = "no address for '\(host)'"
            for address in addresses {
                let fd = socket(address.family, address.socketType | Int32(SOCK_CLOEXEC.rawValue), address.socketProtocol)
                guard fd >= 0 else { lastError = String(cString: strerror(errno)); continue }
                let connection = TCPConnection(fd: fd, deadline: deadline)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                var one: Int32 = 1
                _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                let started = address.bytes.withUnsafeBytes { raw in
                    systemConnect(fd, raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(raw.count))
                }
                if started == 0 { return connection }
                guard errno == EINPROGRESS || errno == EINTR else { lastError = String(cString: strerror(errno)); continue }
                try connection.wait(for: Int16(POLLOUT))
                var error: Int32 = 0
                var length = socklen_t(MemoryLayout<Int32>.size)
                _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
                if error == 0 { return connection }
                lastError = String(cString: strerror(error))
            }
            throw .failed(lastError)
        }

        /// Sends every byte of `bytes`.
        func send(_ bytes: [UInt8]) throws(SocketFailure) {
            var sent = 0
            while sent < bytes.count {
                let count = bytes.withUnsafeBytes { buffer in
                    systemSend(fd, buffer.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                }
                if count > 0 { sent += count; continue }
                if count < 0, errno == EINTR { continue }
                guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK else { throw .failed(String(cString: strerror(errno))) }
                try wait(for: Int16(POLLOUT))
            }
        }

        /// The next bytes that arrive (at most `limit`), or empty at the end
        /// of the stream.
        func receive(limit: Int = 65_536) throws(SocketFailure) -> [UInt8] {
            var buffer = [UInt8](repeating: 0, count: limit)
            while true {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, limit, 0) }
                if count >= 0 { return Array(buffer.prefix(count)) }
                if errno == EINTR { continue }
                guard errno == EAGAIN || errno == EWOULDBLOCK else { throw .failed(String(cString: strerror(errno))) }
                try wait(for: Int16(POLLIN))
            }
        }

        /// Sleeps in `poll` until the socket is ready for `events` or the
        /// deadline passes.
        private func wait(for events: Int16) throws(SocketFailure) {
            while true {
                let now = DispatchTime.now().uptimeNanoseconds
                guard now < deadline.uptimeNanoseconds else { throw .timedOut }
                let milliseconds = Int32(min((deadline.uptimeNanoseconds - now + 999_999) / 1_000_000, UInt64(Int32.max)))
                var entry = pollfd(fd: fd, events: events, revents: 0)
                let ready = poll(&entry, 1, milliseconds)
                if ready > 0 { return }
                if ready < 0, errno != EINTR { throw .failed(String(cString: strerror(errno))) }
            }
        }

        /// Closes the socket; later calls fail.
        func close() {
            guard fd >= 0 else { return }
            _ = systemClose(fd)
            fd = -1
        }
    }
}
