extension TurnVerdict {
    /// The verdict the engine takes from a scored reply: each criterion's
    /// met flag, and its quoted words where the scorer found any; scored
    /// against a clock, the time-frame's due time and the words that
    /// promise it.
    public init(_ score: ReplyScore) {
        var met: [CriterionID: Bool] = [:], evidence: [CriterionID: [String]] = [:]
        var due: LocalDateTime?, promise: String?
        for result in score.results {
            met[result.id] = result.met
            if !result.evidence.isEmpty { evidence[result.id] = result.evidence }
            if result.id == .timeFrame, result.met, let time = result.due {
                due = time
                promise = result.when ?? result.evidence.first
            }
        }
        self.init(met: met, evidence: evidence, due: due, promise: promise)
    }
}
