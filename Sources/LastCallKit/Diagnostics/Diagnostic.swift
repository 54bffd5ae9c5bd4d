/// One problem found in a user's file, with where it is and, when one helps,
/// how to fix it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: severity: message` (the first line of the rendering).
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// Whether this is an error.
    public var isError: Bool { severity == .error }
}
