/// A command could not do its job for a reason outside the command line (a
/// missing file, an unreadable folder). Exits 1 with the message.
public struct CommandFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong and, where it helps, how to fix it.
    public var message: String
    /// How to fix it.
    public var hint: String?

    /// Creates a failure.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "lastcall: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
