import Foundation

/// The real terminal over the process's standard streams.
public final class Terminal: Console, @unchecked Sendable {
    private let environment: [String: String]
    private let lock = NSLock()

    /// Creates the console; `environment` supplies `COLUMNS`, `NO_COLOR`, `TERM`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func write(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes UTF-8 bytes to standard output without a round trip through `String`.
    public func writeBytes(_ bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        bytes.withUnsafeBytes { FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: $0.baseAddress!), count: $0.count, deallocator: .none)) }
    }

    public func writeError(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardError.write(Data(text.utf8))
    }

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    public var isInteractive: Bool { Platform.stdinAndStdoutAreTerminals }

    public var width: Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return Platform.terminalColumns ?? 80
    }

    public var usesColor: Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return Platform.stdoutIsTerminal
    }
}
