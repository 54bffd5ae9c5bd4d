/// When a trainee is sent back for retraining: when their average score over
/// the last `sessions` sessions falls below `threshold`.
public struct RetrainingRule: Sendable, Hashable {
    /// The average score (0-100) below which retraining is due.
    public var threshold: Int
    /// How many recent sessions the average covers.
    public var sessions: Int

    /// Creates a rule.
    public init(threshold: Int, sessions: Int) {
        self.threshold = threshold
        self.sessions = sessions
    }
}
