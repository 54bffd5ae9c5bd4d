#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LastCallKit

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

    /// Appends `data` to the file at `path` (created with mode 0644 if
    /// missing) while holding an exclusive `flock` on `lockPath`, so several
    /// processes appending to one shared folder never interleave or lose a
    /// line. Earlier content is never rewritten: if the file does not end
    /// with a newline (a torn last line), a newline is written first so the
    /// new line stands on its own. The data is flushed to disk before the
    /// lock is released. Neither file is followed through a symbolic link
    /// (`O_NOFOLLOW`), so a link planted in the folder can neither redirect
    /// a session nor, dangling, create its target. `piece` caps the bytes
    /// of one `write` call and `betweenPieces` runs after each; only the
    /// store's fault test sets them, to slow a write down so that a writer
    /// killed with SIGKILL can leave a torn line behind.
    public static func appendLocked(_ data: [UInt8], to path: String, lockPath: String, piece: Int = Int.max,
                                    betweenPieces: () -> Void = {}) throws(ProgressStoreError) {
        let lockFD = retrying { open(lockPath, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard lockFD >= 0 else {
            if errno == ELOOP { throw .symbolicLink(path: lockPath) }
            throw .cannotLock(path: lockPath, reason: reason())
        }
        defer { close(lockFD) }
        guard retrying({ flock(lockFD, LOCK_EX) }) == 0 else { throw .cannotLock(path: lockPath, reason: reason()) }
        defer { _ = flock(lockFD, LOCK_UN) }
        let fd = retrying { open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard fd >= 0 else {
            if errno == ELOOP { throw .symbolicLink(path: path) }
            throw .cannotOpen(path: path, reason: reason())
        }
        defer { close(fd) }
        try requireRegularFile(fd, path)
        var bytes = data
        let size = lseek(fd, 0, SEEK_END)
        if size > 0 {
            var last: UInt8 = 0
            if pread(fd, &last, 1, size - 1) == 1, last != 0x0A { bytes.insert(0x0A, at: 0) }
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + written, min(piece, buffer.count - written))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: reason())
            }
            written += result
            if written < bytes.count { betweenPieces() }
        }
        guard fsync(fd) == 0 else { throw .cannotWrite(path: path, reason: "cannot flush to disk: \(reason())") }
    }

    /// Opens the file at `path` for reading without following a symbolic
    /// link, and only when it is a regular file.
    public static func openForReading(_ path: String) throws(ProgressStoreError) -> FileHandle {
        let fd = retrying { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        guard fd >= 0 else {
            if errno == ELOOP { throw .symbolicLink(path: path) }
            throw .cannotRead(path: path, reason: reason())
        }
        do {
            try requireRegularFile(fd, path)
        } catch {
            close(fd)
            throw error
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    private static func requireRegularFile(_ fd: Int32, _ path: String) throws(ProgressStoreError) {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .cannotRead(path: path, reason: reason()) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .cannotOpen(path: path, reason: "not a regular file") }
    }

    private static func retrying(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
