/// A source file's text split into lines for diagnostics (CRLF and LF aware).
public struct SourceText: Sendable {
    private let lines: [Substring]

    /// Splits `text` into lines.
    public init(_ text: String) {
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// The text of 1-based line `number`, without its line break, or nil.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }
}
