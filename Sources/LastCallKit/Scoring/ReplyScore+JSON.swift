extension ReplyScore {
    /// The score as one JSON object, the line format of `lastcall score --jsonl`:
    /// `{"reply": ..., "criteria": {"apology": {"met": true, "evidence": [...]}, ...,
    /// "time-frame": {"met": ..., "evidence": [...], "when": ...}, ...}}`.
    /// With `explain`, each criterion also lists `fired`: the phrases that
    /// matched and what overruled them.
    public func jsonValue(explain: Bool = false) -> JSONValue {
        var criteria: [(String, JSONValue)] = []
        for result in results {
            criteria.append((result.id.rawValue, result.jsonValue(explain: explain, hasClock: clock != nil)))
        }
        return .object([("reply", .string(reply)), ("criteria", .object(criteria))])
    }
}
