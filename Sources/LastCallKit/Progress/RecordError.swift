/// Why a progress-file line is not a session record.
public struct RecordError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the line.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
