/// How a customer's mood moves when a criterion is met or missed (the
/// conversation engine adds these to the mood, on a 0-100 scale).
public struct MoodChange: Sendable, Hashable {
    /// Added when the reply meets the criterion (0 or more).
    public var met: Int
    /// Added when the reply misses it (0 or less).
    public var missed: Int

    /// Creates a mood change.
    public init(met: Int, missed: Int) {
        self.met = met
        self.missed = missed
    }
}
