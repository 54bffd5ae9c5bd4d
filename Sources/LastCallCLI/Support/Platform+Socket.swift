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
        /// The system refused (connection refused, reset, no such host).
        case failed(String)
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
        /// each address the resolver gives until one answers.
        static func connect(host: String, port: Int, deadline: DispatchTime) throws(SocketFailure) -> TCPConnection {
            var hints = addrinfo()
            hints.ai_family = AF_UNSPEC
            #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            #else
            hints.ai_socktype = SOCK_STREAM
            #endif
            var list: UnsafeMutablePointer<addrinfo>?
            // Name lookup has no deadline of its own; an LRS is usually
            // named by a local or cached name, and loopback needs none.
            let status = getaddrinfo(host, String(port), &hints, &list)
            guard status == 0, let first = list else {
                throw .failed("cannot find the host '\(host)': " + String(cString: gai_strerror(status)))
            }
            defer { freeaddrinfo(list) }
            var lastError = "no address for '\(host)'"
            var entry: UnsafeMutablePointer<addrinfo>? = first
            while let address = entry {
                entry = address.pointee.ai_next
                let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), address.pointee.ai_protocol)
                guard fd >= 0 else { lastError = String(cString: strerror(errno)); continue }
                let connection = TCPConnection(fd: fd, deadline: deadline)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                var one: Int32 = 1
                _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                if systemConnect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return connection }
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
