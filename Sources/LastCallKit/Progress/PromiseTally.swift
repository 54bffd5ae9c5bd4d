/// How many of a session's (or a trainee's) promises were judged, and how
/// many of those were kept: the counts behind the promises-kept rate. A
/// promise not judged (`"kept": null` in the record) counts in neither.
public struct PromiseTally: Sendable, Hashable {
    /// Promises kept.
    public var kept: Int
    /// Promises judged kept or broken.
    public var judged: Int

    /// Creates a tally.
    public init(kept: Int = 0, judged: Int = 0) {
        self.kept = kept
        self.judged = judged
    }

    /// Counts one judged promise.
    public mutating func add(kept: Bool) {
        judged += 1
        if kept { self.kept += 1 }
    }

    /// The sum of two tallies.
    public static func + (a: PromiseTally, b: PromiseTally) -> PromiseTally {
        PromiseTally(kept: a.kept + b.kept, judged: a.judged + b.judged)
    }

    /// Percent kept of those judged, rounded, or nil when none was judged.
    public var percent: Int? { CriterionRate.percent(kept, of: judged) }
}
