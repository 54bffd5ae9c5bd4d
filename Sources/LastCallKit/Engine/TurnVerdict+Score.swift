extension TurnVerdict {
    /// The verdict the engine takes from a scored reply: each criterion's
    /// met flag, and its quoted words where the scorer found any; scored
    /// against a clock, the promise it makes (``CriterionResult/promise``,
    /// else the time-frame's due time) and the words that promise it.
    public init(_ score: ReplyScore) {
        var met: [CriterionID: Bool] = [:], evidence: [CriterionID: [String]] = [:]
        var due: LocalDateTime?, promise: String?, isImmediate = false
        for result in score.results {
            met[result.id] = result.met
            if !result.evidence.isEmpty { evidence[result.id] = result.evidence }
            guard result.id == .timeFrame, result.met else { continue }
            if let promised = result.promise {
                due = promised.due
                promise = promised.words
                isImmediate = promised.isImmediate
            } else if let time = result.due {
                due = time
                promise = result.when ?? result.evidence.first
            }
        }
        self.init(met: met, evidence: evidence, due: due, promise: promise, isImmediate: isImmediate)
    }
}
