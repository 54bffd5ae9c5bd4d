/// Why a clock, time, duration or business-hours text could not be read, and
/// where in it (a 0-based offset in Unicode scalars from its first character).
public struct TimeTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the offending character, in Unicode scalars.
    public var offset: Int
    /// What is wrong, in words a trainer can act on.
    public var message: String
    /// How to fix it, when there is something useful to say.
    public var hint: String?

    /// Creates an error.
    public init(offset: Int, message: String, hint: String? = nil) {
        self.offset = offset
        self.message = message
        self.hint = hint
    }

    /// The message.
    public var description: String { message }
}

extension TimeTextError {
    /// The result of one of the time readers (which throw only this error),
    /// typed, so callers can pick between two readings.
    static func catching<T>(_ read: () throws -> T) -> Result<T, TimeTextError> {
        do {
            return .success(try read())
        } catch let error as TimeTextError {
            return .failure(error)
        } catch {
            return .failure(TimeTextError(offset: 0, message: "\(error)"))
        }
    }
}
