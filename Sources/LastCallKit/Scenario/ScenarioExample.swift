/// A scripted self-test of a scenario: replies in order, and the outcome (and
/// optionally the path of step ids) they must lead to.
public struct ScenarioExample: Sendable, Hashable {
    /// A short name for reports.
    public var name: String
    /// The trainee's replies, in order.
    public var replies: [String]
    /// The outcome the replies must reach.
    public var outcome: Outcome
    /// The step ids the conversation must visit, when given.
    public var path: [String]?
    /// How many contacts the conversation must have, when given (`contacts`).
    public var contacts: Int?
    /// Where the example is written.
    public var location: SourceLocation

    /// Creates an example.
    public init(name: String, replies: [String], outcome: Outcome, path: [String]? = nil, contacts: Int? = nil, location: SourceLocation) {
        self.contacts = contacts
        self.name = name
        self.replies = replies
        self.outcome = outcome
        self.path = path
        self.location = location
    }
}
