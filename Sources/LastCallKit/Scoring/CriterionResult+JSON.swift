extension CriterionResult {
    /// The result's entry in a score's `criteria` (see
    /// ``ReplyScore/jsonValue(explain:)``); `hasClock`: whether the score
    /// has a clock (time-frame then has `due`). Also the source of the
    /// fixed `--jsonl` text of a criterion that quotes nothing.
    func jsonValue(explain: Bool, hasClock: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("met", .bool(met)),
            ("evidence", .array(evidence.map { .string($0) })),
        ]
        if id == .timeFrame { fields.append(("when", when.map { .string($0) } ?? .null)) }
        if id == .timeFrame, hasClock { fields.append(("due", due.map { .string($0.iso) } ?? .null)) }
        if explain {
            fields.append(("fired", .array(fired.map { firing in
                .object([
                    ("phrase", .string(firing.phrase)),
                    ("words", .string(firing.words)),
                    ("overruled-by", firing.overruledBy.map { .string($0) } ?? .null),
                ])
            })))
        }
        return .object(fields)
    }
}
