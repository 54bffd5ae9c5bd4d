/// The rubric's feedback for a criterion the trainee missed.
public struct CriterionTip: Sendable, Hashable {
    /// The criterion id.
    public var criterion: String
    /// The feedback text.
    public var tip: String

    /// Creates a tip.
    public init(criterion: String, tip: String) {
        self.criterion = criterion
        self.tip = tip
    }
}
