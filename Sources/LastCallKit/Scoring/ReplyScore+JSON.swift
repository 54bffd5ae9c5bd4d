extension ReplyScore {
    /// The score as one JSON object, the line format of `lastcall score --jsonl`:
    /// `{"reply": ..., "criteria": {"apology": {"met": true, "evidence": [...]}, ...,
    /// "time-frame": {"met": ..., "evidence": [...], "when": ...}, ...}}`.
    /// With `explain`, each criterion also lists `fired`: the phrases that
    /// matched and what overruled them.
    public func jsonValue(explain: Bool = false) -> JSONValue {
        var criteria: [(String, JSONValue)] = []
        for result in results {
            var fields: [(String, JSONValue)] = [
                ("met", .bool(result.met)),
                ("evidence", .array(result.evidence.map { .string($0) })),
            ]
            if result.id == .timeFrame { fields.append(("when", result.when.map { .string($0) } ?? .null)) }
            if result.id == .timeFrame, clock != nil { fields.append(("due", result.due.map { .string($0.iso) } ?? .null)) }
            if explain {
                fields.append(("fired", .array(result.fired.map { firing in
                    .object([
                        ("phrase", .string(firing.phrase)),
                        ("words", .string(firing.words)),
                        ("overruled-by", firing.overruledBy.map { .string($0) } ?? .null),
                    ])
                })))
            }
            criteria.append((result.id.rawValue, .object(fields)))
        }
        return .object([("reply", .string(reply)), ("criteria", .object(criteria))])
    }
}
