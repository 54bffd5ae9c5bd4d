#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LastCallKit

// The C library's write(2), named apart so `Platform.write` does not hide it.
#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// The few calls into the C library the CLI needs: terminal queries, signal
/// handling and locked appends. Everything else stays portable Swift.
public enum Platform {
    /// Whether standard input and standard output are both terminals.
    public static var stdinAndStdoutAreTerminals: Bool {
        isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    }

    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Whether standard error is a terminal.
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// The terminal's width in columns from the kernel, or nil.
    public static var terminalColumns: Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
    }

    /// The signals that end a session early: each is caught so the session
    /// can be saved before the process ends.
    public enum TerminationSignal: Sendable, CaseIterable {
        /// SIGINT: Ctrl-C at the terminal.
        case interrupt
        /// SIGTERM: `kill`, a shutdown, a job scheduler.
        case terminate
        /// SIGHUP: the terminal or SSH session was closed.
        case hangUp

        /// The signal's number (the same on Linux and macOS).
        public var number: Int32 {
            switch self {
            case .interrupt: return SIGINT
            case .terminate: return SIGTERM
            case .hangUp: return SIGHUP
            }
        }
    }

    /// The catching of `TerminationSignal`s begun by `onTermination`; `cancel`
    /// ends it and gives back the default action of each signal it took.
    public final class SignalWatch: @unchecked Sendable {
        private let sources: [any DispatchSourceSignal]
        /// The signals taken over (SIGPIPE included when it was not already
        /// ignored), to be given back their default action.
        private let taken: [Int32]

        fileprivate init(sources: [any DispatchSourceSignal], taken: [Int32]) {
            self.sources = sources
            self.taken = taken
        }

        /// Stops catching: the signals taken kill the process again, as by
        /// default; any that were ignored before stay ignored.
        public func cancel() {
            for source in sources { source.cancel() }
            for number in taken { _ = signal(number, SIG_DFL) }
        }
    }

    /// Runs `handler` (on a background queue, once per signal received)
    /// when SIGINT, SIGTERM or SIGHUP arrives, instead of letting it kill
    /// the process; the main thread may meanwhile be blocked reading input.
    /// SIGPIPE is ignored while the watch lasts, so output to a closed pipe
    /// or terminal fails quietly instead of killing the process before it
    /// has saved. A signal already ignored when the watch begins (`nohup`, a
    /// background job) stays ignored, as shells leave it. Keep the returned
    /// watch and cancel it when done.
    public static func onTermination(_ handler: @escaping @Sendable (TerminationSignal) -> Void) -> SignalWatch {
        var sources: [any DispatchSourceSignal] = []
        var taken: [Int32] = []
        if !ignoreWasSet(SIGPIPE) { taken.append(SIGPIPE) }
        for caught in TerminationSignal.allCases {
            // Ignored first, so the default action never runs; the dispatch
            // source still sees each delivery.
            guard !ignoreWasSet(caught.number) else { continue }
            taken.append(caught.number)
            let source = DispatchSource.makeSignalSource(signal: caught.number, queue: DispatchQueue.global())
            source.setEventHandler { handler(caught) }
            source.resume()
            sources.append(source)
        }
        return SignalWatch(sources: sources, taken: taken)
    }

    /// Sets `number` to be ignored and says whether it already was.
    private static func ignoreWasSet(_ number: Int32) -> Bool {
        let previous = signal(number, SIG_IGN)
        guard let previous else { return false }
        return unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Up to `maximumCount` bytes from standard input, waiting until some
    /// arrive; empty at the end of input. A read error (the terminal went
    /// away) also reads as the end.
    public static func readStandardInput(maximumCount: Int) -> [UInt8] {
        guard maximumCount > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: maximumCount)
        let count = buffer.withUnsafeMutableBytes { raw in
            retryingCount { read(STDIN_FILENO, raw.baseAddress, maximumCount) }
        }
        guard count > 0 else { return [] }
        buffer.removeLast(maximumCount - count)
        return buffer
    }

    /// One keypress from the terminal on standard input, without waiting
    /// for Enter: the terminal leaves line mode (echo stays on, Ctrl-C still
    /// interrupts) for this one read and is put back before returning. Nil
    /// at the end of input, or when standard input is not a terminal.
    public static func readKeypress() -> UInt8? {
        var saved = termios()
        guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var single = saved
        single.c_lflag &= ~tcflag_t(ICANON)
        withUnsafeMutableBytes(of: &single.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &single) == 0 else { return nil }
        defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        var byte: UInt8 = 0
        let count = retryingCount { read(STDIN_FILENO, &byte, 1) }
        return count == 1 ? byte : nil
    }

    /// Keeps a half-typed line in the terminal's buffer when Ctrl-C is
    /// pressed (the terminal's NOFLSH flag), so that the interrupted session
    /// can still save it. Returns the settings to restore afterwards, or nil
    /// when standard input is not a terminal.
    ///
    /// With `markingPastes`, and standard output a terminal too, it also
    /// asks the terminal to mark pasted text (bracketed paste), so a pasted
    /// paragraph can be taken as one reply (see ``PasteMarks``), and stops
    /// echoing control characters as `^[`, which would show the marks.
    public static func keepTypedLineOnInterrupt(markingPastes: Bool = false) -> TerminalSettings? {
        var saved = termios()
        guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var keeping = saved
        keeping.c_lflag |= tcflag_t(NOFLSH)
        let marksPastes = markingPastes && isatty(STDOUT_FILENO) != 0
        if marksPastes { keeping.c_lflag &= ~tcflag_t(ECHOCTL) }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &keeping) == 0 else { return nil }
        if marksPastes { writeControl(PasteMarks.turnOn) }
        return TerminalSettings(saved: saved, marksPastes: marksPastes)
    }

    /// Terminal settings as they were, to put back with `restoreTerminal`.
    public struct TerminalSettings: @unchecked Sendable {
        fileprivate let saved: termios
        /// Whether the terminal was asked to mark pastes, to be asked to stop.
        fileprivate let marksPastes: Bool
    }

    /// Puts back terminal settings saved by `keepTypedLineOnInterrupt()`.
    public static func restoreTerminal(_ settings: TerminalSettings) {
        var saved = settings.saved
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        if settings.marksPastes { writeControl(PasteMarks.turnOff) }
    }

    private static func writeControl(_ sequence: String) {
        var sequence = sequence
        sequence.withUTF8 { write(UnsafeRawBufferPointer($0), to: .output) }
    }

    /// Hands the line the person has begun typing (held by the terminal
    /// until Enter) to the reader blocked on standard input: the terminal
    /// leaves line mode, which makes the typed bytes readable at once, and
    /// `settle` gives the reader time to take them. The caller restores the
    /// settings afterwards.
    public static func releaseTypedLine(settle: useconds_t = 100_000) {
        var current = termios()
        guard isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &current) == 0 else { return }
        current.c_lflag &= ~tcflag_t(ICANON)
        withUnsafeMutableBytes(of: &current.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &current) == 0 else { return }
        usleep(settle)
    }

    /// Which standard stream to write to.
    public enum OutputStream: Sendable {
        /// Standard output.
        case output
        /// Standard error.
        case error
    }

    /// Writes all of `bytes` to `stream`. A failed write (a closed pipe, a
    /// terminal that hung up) is dropped rather than raised: there is no
    /// one left to tell, and the caller may still have a session to save.
    public static func write(_ bytes: UnsafeRawBufferPointer, to stream: OutputStream) {
        guard let base = bytes.baseAddress else { return }
        let fd = stream == .output ? STDOUT_FILENO : STDERR_FILENO
        var written = 0
        while written < bytes.count {
            let result = retryingCount { systemWrite(fd, base + written, bytes.count - written) }
            guard result > 0 else { return }
            written += result
        }
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
                systemWrite(fd, buffer.baseAddress! + written, min(piece, buffer.count - written))
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

    private static func retryingCount(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
