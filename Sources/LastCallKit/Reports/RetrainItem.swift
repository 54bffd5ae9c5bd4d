/// One thing a trainee needs retraining on: a criterion, or keeping
/// promises, with its recent rate and how far below the threshold it is.
public struct RetrainItem: Sendable, Hashable {
    /// The criterion id, or `PromiseRate.id` for keeping promises.
    public var id: String
    /// Its title.
    public var title: String
    /// The rate over the retraining window, percent.
    public var recentPercent: Int
    /// Percentage points below the threshold (at least 1).
    public var below: Int

    /// Creates an item.
    public init(id: String, title: String, recentPercent: Int, below: Int) {
        self.id = id
        self.title = title
        self.recentPercent = recentPercent
        self.below = below
    }

    /// How far below the threshold, in words: `58% (12 below)`.
    public var summary: String { "\(recentPercent)% (\(below) below)" }

    /// Points below `threshold` for a window that met `part` of `whole`
    /// (at least 1: a rate just under the threshold may round to it).
    public static func below(threshold: Int, part: Int, of whole: Int) -> Int {
        max(1, threshold - (CriterionRate.percent(part, of: whole) ?? 0))
    }
}
