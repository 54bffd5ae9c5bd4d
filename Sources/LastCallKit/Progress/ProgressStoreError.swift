/// Why the progress store could not save or read a history. Every case
/// names the path involved; the wording is in `description`.
public enum ProgressStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A trainee id that cannot name a history.
    case invalidTrainee(String)
    /// The progress path exists but is not a folder.
    case notAFolder(path: String)
    /// A trainee file or lock file is a symbolic link, which is never followed.
    case symbolicLink(path: String)
    /// The progress folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The lock file could not be created or locked.
    case cannotLock(path: String, reason: String)
    /// The trainee file could not be opened for appending.
    case cannotOpen(path: String, reason: String)
    /// Writing or flushing the session failed (a full disk, a read-only folder).
    case cannotWrite(path: String, reason: String)
    /// A history could not be read.
    case cannotRead(path: String, reason: String)

    /// One plain sentence: what failed, where, and the system's reason.
    public var description: String {
        switch self {
        case .invalidTrainee(let id):
            return "'\(TerminalText.inert(id))' is not a trainee id that can name a progress file"
        case .notAFolder(let path):
            return "\(TerminalText.inert(path)) is a file, not a progress folder"
        case .symbolicLink(let path):
            return "\(TerminalText.inert(path)) is a symbolic link; progress files and locks are never followed through links"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create the progress folder \(TerminalText.inert(path)): \(reason)"
        case .cannotLock(let path, let reason):
            return "cannot lock \(TerminalText.inert(path)): \(reason)"
        case .cannotOpen(let path, let reason):
            return "cannot open \(TerminalText.inert(path)): \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(TerminalText.inert(path)): \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read \(TerminalText.inert(path)): \(reason)"
        }
    }
}
