/// The five criteria a reply is scored on, by their rubric ids.
public enum CriterionID: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The reply apologises or shows empathy.
    case apology
    /// The agent personally owns the problem.
    case ownership
    /// The reply commits to a concrete time.
    case timeFrame = "time-frame"
    /// The reply blames no one and does not duck the problem.
    case noBlame = "no-blame"
    /// The agent gives their own name.
    case nameAndNumber = "name-and-number"

    public static func < (lhs: CriterionID, rhs: CriterionID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
