extension TurnVerdict {
    /// The verdict the engine takes from a scored reply: each criterion's
    /// met flag, and its quoted words where the scorer found any.
    public init(_ score: ReplyScore) {
        var met: [CriterionID: Bool] = [:], evidence: [CriterionID: [String]] = [:]
        for result in score.results {
            met[result.id] = result.met
            if !result.evidence.isEmpty { evidence[result.id] = result.evidence }
        }
        self.init(met: met, evidence: evidence)
    }
}
