/// The rubric's feedback for a criterion the trainee missed.
public struct CriterionTip: Sendable, Hashable {
    /// The criterion.
    public var criterion: CriterionID
    /// The feedback text.
    public var tip: String

    /// Creates a tip.
    public init(criterion: CriterionID, tip: String) {
        self.criterion = criterion
        self.tip = tip
    }
}
