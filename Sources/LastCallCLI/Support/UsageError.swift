/// A mistake on the command line: an unknown option, a missing value, a bad
/// argument. Commands exit 64 (EX_USAGE) on it.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    /// Creates a usage error.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// `lastcall: message` and the hint on a second line.
    public var description: String {
        var text = "lastcall: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
