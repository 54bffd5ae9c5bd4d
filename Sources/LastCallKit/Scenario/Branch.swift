/// One entry of a step's `next`: if every condition holds, go to a step or
/// end the conversation.
public struct Branch: Sendable, Hashable {
    /// Conditions that must all hold; empty means the branch always matches.
    public var conditions: [Condition]
    /// Where the branch leads.
    public var target: BranchTarget
    /// Where the branch is written.
    public var location: SourceLocation

    /// Creates a branch.
    public init(conditions: [Condition] = [], target: BranchTarget, location: SourceLocation) {
        self.conditions = conditions
        self.target = target
        self.location = location
    }
}
