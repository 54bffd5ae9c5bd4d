/// When a trainee is sent back for retraining: on a criterion met less than
/// `threshold` percent of the time over their last `sessions` sessions that
/// expected it, and on follow-through when they kept less than
/// `promisesKept` percent of the promises judged over their last `sessions`
/// sessions that judged one.
public struct RetrainingRule: Sendable, Hashable {
    /// The percentage met (0-100) below which a criterion needs retraining.
    public var threshold: Int
    /// How many recent sessions the rates cover.
    public var sessions: Int
    /// The percentage of promises kept (0-100) below which follow-through
    /// needs retraining (`promises-kept:`, default 70).
    public var promisesKept: Int

    /// Creates a rule.
    public init(threshold: Int, sessions: Int, promisesKept: Int = 70) {
        self.threshold = threshold
        self.sessions = sessions
        self.promisesKept = promisesKept
    }
}
