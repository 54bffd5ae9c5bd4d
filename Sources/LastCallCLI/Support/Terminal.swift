import Foundation

/// The real terminal over the process's standard streams.
public final class Terminal: Console, @unchecked Sendable {
    private let environment: [String: String]
    private let outputLock = NSLock()
    private let inputLock = NSLock()
    /// Bytes read from standard input but not yet handed out: the rest of a
    /// chunk after the line `readLine()` returned.
    private var pending: [UInt8] = []

    /// Creates the console; `environment` supplies `COLUMNS`, `NO_COLOR`, `TERM`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { writeBytes(UnsafeRawBufferPointer($0), to: .output) }
    }

    /// Writes UTF-8 bytes to standard output without a round trip through `String`.
    public func writeBytes(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { writeBytes($0, to: .output) }
    }

    public func writeError(_ text: String) {
        var text = text
        text.withUTF8 { writeBytes(UnsafeRawBufferPointer($0), to: .error) }
    }

    private func writeBytes(_ bytes: UnsafeRawBufferPointer, to stream: Platform.OutputStream) {
        outputLock.lock(); defer { outputLock.unlock() }
        Platform.write(bytes, to: stream)
    }

    public func readLine() -> String? {
        inputLock.lock(); defer { inputLock.unlock() }
        var searched = 0
        while true {
            if let newline = pending[searched...].firstIndex(of: 0x0A) {
                var line = pending[..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                let text = String(decoding: line, as: UTF8.self)
                pending.removeFirst(newline + 1)
                return text
            }
            searched = pending.count
            // A prompt's answer is short; a longer line is cut here rather
            // than held without bound.
            guard pending.count < 1 << 16 else {
                let text = String(decoding: pending, as: UTF8.self)
                pending.removeAll()
                return text
            }
            let chunk = Platform.readStandardInput(maximumCount: 1 << 16)
            if chunk.isEmpty {
                guard !pending.isEmpty else { return nil }
                let text = String(decoding: pending, as: UTF8.self)
                pending.removeAll()
                return text
            }
            pending += chunk
        }
    }

    /// On a terminal with nothing typed ahead, the key pressed (echoed,
    /// then a line break); otherwise a line, as `readLine()`.
    public func readKey() -> String? {
        let typedAhead = inputLock.withLock { !pending.isEmpty }
        guard !typedAhead, isInteractive else { return readLine() }
        guard let byte = Platform.readKeypress() else { return nil }
        if byte == 0x04 { return nil }  // Ctrl-D: the end of input
        if byte != 0x0A { write("\n") }
        return String(decoding: [byte], as: UTF8.self)
    }

    public func readInput(maximumCount: Int) -> [UInt8] {
        inputLock.lock(); defer { inputLock.unlock() }
        if !pending.isEmpty {
            let count = min(maximumCount, pending.count)
            let chunk = Array(pending[..<count])
            pending.removeFirst(count)
            return chunk
        }
        return Platform.readStandardInput(maximumCount: maximumCount)
    }

    public var isInteractive: Bool { Platform.stdinAndStdoutAreTerminals }

    public var width: Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return Platform.terminalColumns ?? 80
    }

    public var errorWidth: Int? { Platform.stderrIsTerminal ? width : nil }

    public var usesColor: Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return Platform.stdoutIsTerminal
    }
}
