#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The real terminal: the only file that talks to the platform's terminal
/// calls (isatty, the window size, signals).
public final class Terminal: Console, @unchecked Sendable {
    private let environment: [String: String]
    private let lock = NSLock()

    /// Creates the console over the process's standard streams.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func write(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public func writeError(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardError.write(Data(text.utf8))
    }

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    public var isInteractive: Bool {
        isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
    }

    public var width: Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    public var usesColor: Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) != 0
    }

    /// Runs `handler` (on a background queue) when Ctrl-C arrives instead of
    /// killing the process, so a session in progress can be saved first.
    /// Returns the source; keep it alive while the handler should run.
    public static func onInterrupt(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }

    /// Terminates the process with `status` (used from the interrupt handler).
    public static func terminate(_ status: Int32) -> Never {
        exit(status)
    }
}
