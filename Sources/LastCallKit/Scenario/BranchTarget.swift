/// Where a branch leads: another step, or an ending.
public enum BranchTarget: Sendable, Hashable, CustomStringConvertible {
    /// Continue at the step with this id.
    case step(String)
    /// End the conversation with this outcome.
    case end(Outcome)

    /// `goto STEP` or `end OUTCOME`.
    public var description: String {
        switch self {
        case .step(let id): return "goto \(id)"
        case .end(let outcome): return "end \(outcome.rawValue)"
        }
    }
}
