/// One contact of a session (a call, a callback): its number, when it
/// started on the simulated clock, and the step ids played in it. A
/// session's `path` is its contacts' steps one after another.
public struct Contact: Sendable, Hashable {
    /// 1 for the first contact, 2 for the second...
    public var number: Int
    /// When it started on the simulated clock.
    public var started: LocalDateTime
    /// The step ids entered in it, in order, a closing step included.
    public var steps: [String]

    /// Creates a contact.
    public init(number: Int, started: LocalDateTime, steps: [String] = []) {
        self.number = number
        self.started = started
        self.steps = steps
    }
}
