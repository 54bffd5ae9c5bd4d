/// How one trainee (or the team) did on one criterion.
public struct CriterionRate: Sendable, Hashable {
    /// The criterion.
    public var criterion: ReportCriterion
    /// Times met over all sessions counted.
    public var met: Int
    /// Times expected over all sessions counted.
    public var expected: Int
    /// Times met over the latest sessions that expected it (the retraining window).
    public var recentMet: Int
    /// Times expected over that window.
    public var recentExpected: Int
    /// Whether the window's share met is below the retraining threshold.
    public var needsRetraining: Bool
    /// Percentage points below the threshold (0 unless `needsRetraining`).
    public var below: Int

    /// Creates a rate.
    public init(criterion: ReportCriterion, met: Int, expected: Int, recentMet: Int = 0, recentExpected: Int = 0,
                needsRetraining: Bool = false, below: Int = 0) {
        self.below = below
        self.criterion = criterion
        self.met = met
        self.expected = expected
        self.recentMet = recentMet
        self.recentExpected = recentExpected
        self.needsRetraining = needsRetraining
    }

    /// Percent met over all sessions, rounded, or nil when never expected.
    public var percent: Int? { Self.percent(met, of: expected) }

    /// Percent met over the retraining window, or nil when never expected.
    public var recentPercent: Int? { Self.percent(recentMet, of: recentExpected) }

    /// `part` of `whole` as a rounded percentage, or nil when `whole` is 0.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return (part * 200 + whole) / (2 * whole)
    }
}
