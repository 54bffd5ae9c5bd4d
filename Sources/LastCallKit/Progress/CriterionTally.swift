/// How often one criterion was met out of the times it was expected.
public struct CriterionTally: Sendable, Hashable {
    /// The criterion.
    public var criterion: CriterionID
    /// Times met.
    public var met: Int
    /// Times expected.
    public var expected: Int

    /// Creates a tally.
    public init(criterion: CriterionID, met: Int, expected: Int) {
        self.criterion = criterion
        self.met = met
        self.expected = expected
    }
}
