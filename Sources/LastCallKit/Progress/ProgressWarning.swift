/// A line of a history that is not a session record (torn, hand-edited,
/// foreign), or a history that cannot be read: where it is and why. Such a
/// line is skipped, never repaired or removed.
public struct ProgressWarning: Sendable, Hashable, CustomStringConvertible {
    /// The history as the store names it (a file path).
    public var source: String
    /// The 1-based line, or nil when the whole history could not be read.
    public var line: Int?
    /// Why it was skipped.
    public var message: String

    /// Creates a warning.
    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `source:line: warning: skipped: message`, inert on a terminal.
    public var description: String {
        let place = TerminalText.inert(source) + (line.map { ":\($0)" } ?? "")
        return "\(place): warning: skipped: \(TerminalText.inert(message))"
    }
}
