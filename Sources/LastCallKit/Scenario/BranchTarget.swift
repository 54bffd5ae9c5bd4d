/// Where a branch leads: another step, an ending, or another contact.
public enum BranchTarget: Sendable, Hashable, CustomStringConvertible {
    /// Continue at the step with this id.
    case step(String)
    /// End the conversation with this outcome.
    case end(Outcome)
    /// End this contact and start the next one at the step with this id,
    /// at the simulated time `at` (`contact: STEP` with `at:`).
    case contact(String, at: ContactTime)

    /// The step the branch leads to (by `goto` or `contact`), or nil for an ending.
    public var stepID: String? {
        switch self {
        case .step(let id), .contact(let id, _): return id
        case .end: return nil
        }
    }

    /// Whether the branch starts another contact.
    public var isContact: Bool {
        if case .contact = self { return true }
        return false
    }

    /// `goto STEP`, `end OUTCOME` or `contact STEP at TIME`.
    public var description: String {
        switch self {
        case .step(let id): return "goto \(id)"
        case .end(let outcome): return "end \(outcome.rawValue)"
        case .contact(let id, let at): return "contact \(id) at \(at)"
        }
    }
}
