#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The few calls into the C library the CLI needs: terminal queries, signal
/// handling and locked appends. Everything else stays portable Swift.
public enum Platform {
    /// Whether standard input and standard output are both terminals.
    public static var stdinAndStdoutAreTerminals: Bool {
        isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    }

    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The terminal's width in columns from the kernel, or nil.
    public static var terminalColumns: Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }

    /// Runs `handler` (on a background queue) when Ctrl-C arrives instead of
    /// killing the process. Keep the returned source alive.
    public static func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }

    /// Ends the process at once with `status`.
    public static func terminate(_ status: Int32) -> Never {
        exit(status)
    }

    /// Why a locked append failed.
    public struct AppendError: Error, Sendable, CustomStringConvertible {
        /// What failed, with the system's reason.
        public var description: String
    }

    /// Appends `data` to the file at `path` (created with mode 0644 if
    /// missing) while holding an exclusive `flock` on `lockPath`, so several
    /// processes appending to one shared folder never interleave or lose a
    /// line. Earlier content is never rewritten: if the file does not end
    /// with a newline (a torn last line), a newline is written first so the
    /// new line stands on its own. The data is flushed to disk before the
    /// lock is released.
    public static func appendLocked(_ data: [UInt8], to path: String, lockPath: String) throws(AppendError) {
        let lockFD = retrying { open(lockPath, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644) }
        guard lockFD >= 0 else { throw AppendError(description: "cannot create lock file \(lockPath): \(reason())") }
        defer { close(lockFD) }
        guard retrying({ flock(lockFD, LOCK_EX) }) == 0 else {
            throw AppendError(description: "cannot lock \(lockPath): \(reason())")
        }
        defer { _ = flock(lockFD, LOCK_UN) }
        let fd = retrying { open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644) }
        guard fd >= 0 else { throw AppendError(description: "cannot open \(path): \(reason())") }
        defer { close(fd) }
        var bytes = data
        let size = lseek(fd, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, size - 1) == 1, last != 0x0A { bytes.insert(0x0A, at: 0) }
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw AppendError(description: "cannot write \(path): \(reason())")
            }
            written += result
        }
        guard fsync(fd) == 0 else { throw AppendError(description: "cannot flush \(path) to disk: \(reason())") }
    }

    private static func retrying(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
