/// Why a phrase could not be read, and where in it (a 0-based offset in
/// Unicode scalars from the phrase's first character).
public struct PhrasePatternError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the offending character in the phrase, in Unicode scalars.
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
