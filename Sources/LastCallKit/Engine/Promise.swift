/// A commitment the trainee made: a reply whose time-frame words name a
/// due time on the simulated clock, and whether the due time leaves room
/// for the answer the scenario says is `ready`.
public struct Promise: Sendable, Hashable {
    /// The turn it was made in, 1-based over the whole session.
    public var turn: Int
    /// The contact it was made in.
    public var contact: Int
    /// The trainee's own words ("by 4pm today").
    public var words: String
    /// The latest moment the words allow.
    public var due: LocalDateTime
    /// Whether it is kept: the due time is at or after the scenario's
    /// `ready`; nil when the scenario sets no `ready`.
    public var kept: Bool?

    /// Creates a promise.
    public init(turn: Int, contact: Int, words: String, due: LocalDateTime, kept: Bool?) {
        self.turn = turn
        self.contact = contact
        self.words = words
        self.due = due
        self.kept = kept
    }

    /// Whether a promise due at `due` is kept when the answer is ready at
    /// `ready`: it is ready by the time promised.
    public static func isKept(due: LocalDateTime, ready: LocalDateTime) -> Bool { due >= ready }
}
