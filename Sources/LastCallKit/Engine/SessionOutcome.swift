/// How a practice session ended.
public enum SessionOutcome: String, Sendable, Hashable, CaseIterable, Codable {
    /// The script reached a `resolved` ending.
    case resolved
    /// The customer went to a supervisor or beyond.
    case escalated
    /// The customer gave up, hung up (mood 0) or the turn cap was reached.
    case lost
    /// The trainee left (`/quit`, Ctrl-C, end of input, replies ran out).
    case abandoned

    /// The session outcome for a script ending.
    public init(_ outcome: Outcome) {
        switch outcome {
        case .resolved: self = .resolved
        case .escalated: self = .escalated
        case .lost: self = .lost
        }
    }
}
