extension Flag {
    /// The flag as JSON: `{"turn": 2, "criterion": "apology" or null,
    /// "note": "..." or null, "verdict": {"apology": false}, "evidence":
    /// {"apology": ["..."]}}`.
    public var jsonValue: JSONValue {
        .object([
            ("turn", .int(turn)),
            ("criterion", criterion.map { .string($0) } ?? .null),
            ("note", note.map { .string($0) } ?? .null),
            ("verdict", .object(verdict.map { ($0.criterion, .bool($0.met)) })),
            ("evidence", .object(verdict.compactMap { item in
                evidence[item.criterion].map { (item.criterion, .array($0.map { .string($0) })) }
            })),
        ])
    }

    /// Reads a flag from its JSON object.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        let turn = try reader.int("turn")
        guard turn >= 1 else { throw RecordError("a flag's 'turn' counts from 1") }
        var verdict: [(criterion: String, met: Bool)] = []
        if case .object(let pairs)? = json["verdict"] {
            for (key, value) in pairs {
                guard case .bool(let met) = value else { throw RecordError("a flag's verdict for '\(key)' should be true or false") }
                verdict.append((key, met))
            }
        }
        var evidence: [String: [String]] = [:]
        if case .object(let pairs)? = json["evidence"] {
            for (key, value) in pairs {
                if case .array(let items) = value {
                    evidence[key] = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
                }
            }
        }
        self.init(turn: turn, criterion: try reader.optionalString("criterion"), note: try reader.optionalString("note"),
                  verdict: verdict, evidence: evidence)
    }
}
