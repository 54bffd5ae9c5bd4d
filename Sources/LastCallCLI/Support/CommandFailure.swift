/// A command could not do its job for a reason outside the command line (a
/// missing file, an unreadable folder). Exits with `status` (1, or 66 for
/// something to read that is not there) and the message.
public struct CommandFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong and, where it helps, how to fix it.
    public var message: String
    /// How to fix it.
    public var hint: String?
    /// The exit status.
    public var status: Int32

    /// Creates a failure.
    public init(_ message: String, hint: String? = nil, status: Int32 = ExitCode.failure) {
        self.message = message
        self.hint = hint
        self.status = status
    }

    /// A file, folder or scenario to read is not there: exits 66 whichever
    /// command it is.
    public static func missing(_ message: String, hint: String? = nil) -> CommandFailure {
        CommandFailure(message, hint: hint, status: ExitCode.missingInput)
    }

    public var description: String {
        var text = "lastcall: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
