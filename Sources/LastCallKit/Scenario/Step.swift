/// One turn of the script: what the customer says, what the reply is scored
/// on, and where the conversation goes next.
public struct Step: Sendable, Hashable {
    /// The step id (a key of `steps`).
    public var id: String
    /// What the customer says; one is picked at random (from the session's
    /// seed) when there are several.
    public var lines: [String]
    /// The criteria the trainee's reply is scored on here.
    public var expect: [String]
    /// A tip shown on `/hint` and in feedback.
    public var coach: String?
    /// The branches, tried in order after the reply.
    public var next: [Branch]
    /// Set on a closing step: the customer says the line and the
    /// conversation ends with this outcome (no reply is asked for).
    public var end: Outcome?
    /// Where the step's id is written.
    public var location: SourceLocation

    /// Creates a step.
    public init(id: String, lines: [String], expect: [String] = [], coach: String? = nil,
                next: [Branch] = [], end: Outcome? = nil, location: SourceLocation) {
        self.id = id
        self.lines = lines
        self.expect = expect
        self.coach = coach
        self.next = next
        self.end = end
        self.location = location
    }

    /// Whether the conversation ends at this step.
    public var isEnding: Bool { end != nil }
}
