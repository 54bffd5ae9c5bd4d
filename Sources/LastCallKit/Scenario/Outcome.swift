/// How a conversation ends in a script.
public enum Outcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// The problem is solved or the customer accepts the way forward.
    case resolved
    /// The customer goes to a supervisor or beyond.
    case escalated
    /// The customer gives up or leaves.
    case lost
}
