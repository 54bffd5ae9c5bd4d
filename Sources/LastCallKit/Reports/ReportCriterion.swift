/// One rubric criterion as reports show it: its id, its title and the
/// rubric's feedback tip for a trainee who keeps missing it.
public struct ReportCriterion: Sendable, Hashable {
    /// The criterion id (`apology`, `time-frame`, ...).
    public var id: String
    /// The title shown in tables and charts.
    public var title: String
    /// The rubric's feedback for this criterion.
    public var tip: String

    /// Creates a criterion.
    public init(id: String, title: String, tip: String) {
        self.id = id
        self.title = title
        self.tip = tip
    }
}
