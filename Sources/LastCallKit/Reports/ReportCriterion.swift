/// One rubric criterion as reports show it: its id, its title and the
/// rubric's feedback tip for a trainee who keeps missing it.
public struct ReportCriterion: Sendable, Hashable {
    /// The criterion.
    public var id: CriterionID
    /// The title shown in tables and charts.
    public var title: String
    /// The rubric's feedback for this criterion.
    public var tip: String

    /// Creates a criterion.
    public init(id: CriterionID, title: String, tip: String) {
        self.id = id
        self.title = title
        self.tip = tip
    }
}
