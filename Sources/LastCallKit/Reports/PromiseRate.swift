/// How one trainee (or the team) kept their promises: of the promises
/// judged kept or broken, the share kept, over all sessions and over the
/// retraining window (the latest sessions that judged a promise).
public struct PromiseRate: Sendable, Hashable {
    /// The report's name for the rate (a CSV column, a retraining item).
    public static let id = "promises-kept"
    /// The rate's title in reports.
    public static let title = "Promises kept"

    /// Promises kept over all sessions counted.
    public var kept: Int
    /// Promises judged over all sessions counted.
    public var judged: Int
    /// Promises kept over the retraining window.
    public var recentKept: Int
    /// Promises judged over that window.
    public var recentJudged: Int
    /// Whether the window's share kept is below the rubric's `promises-kept`.
    public var needsRetraining: Bool
    /// Percentage points below that threshold (0 unless `needsRetraining`).
    public var below: Int

    /// Creates a rate.
    public init(kept: Int = 0, judged: Int = 0, recentKept: Int = 0, recentJudged: Int = 0, needsRetraining: Bool = false,
                below: Int = 0) {
        self.kept = kept
        self.judged = judged
        self.recentKept = recentKept
        self.recentJudged = recentJudged
        self.needsRetraining = needsRetraining
        self.below = below
    }

    /// Percent kept over all sessions, or nil when none was judged.
    public var percent: Int? { CriterionRate.percent(kept, of: judged) }

    /// Percent kept over the retraining window, or nil when none was judged.
    public var recentPercent: Int? { CriterionRate.percent(recentKept, of: recentJudged) }
}
