/// What a read of the store found.
public struct ProgressTally: Sendable, Hashable {
    /// Histories read.
    public var histories = 0
    /// Session records read.
    public var sessions = 0
    /// Lines (or whole histories) skipped with a warning.
    public var skipped = 0

    /// An empty tally.
    public init() {}

    /// Adds `other`'s counts to this one.
    public mutating func add(_ other: ProgressTally) {
        histories += other.histories
        sessions += other.sessions
        skipped += other.skipped
    }
}
