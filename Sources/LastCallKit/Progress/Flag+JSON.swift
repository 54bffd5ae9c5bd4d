extension Flag {
    /// The flag as JSON: `{"turn": 2, "criterion": "apology" or null,
    /// "note": "..." or null, "verdict": {"apology": false}, "evidence":
    /// {"apology": ["..."]}}`.
    public var jsonValue: JSONValue {
        .object([
            ("turn", .int(turn)),
            ("criterion", criterion.map { .string($0.rawValue) } ?? .null),
            ("note", note.map { .string($0) } ?? .null),
            ("verdict", .object(verdict.map { ($0.criterion, .bool($0.met)) })),
            ("evidence", .object(verdict.compactMap { item in
                evidence[item.criterion].map { (item.criterion, .array($0.map { .string($0) })) }
            })),
        ])
    }

    /// Reads a flag from its JSON object: `turn` a whole number from 1,
    /// `criterion` a criterion's id or null, `note` text or null, `verdict` an object of true or
    /// false, `evidence` an object of lists of text; a key given twice
    /// counts once, the first time. The fast report reader
    /// (`SessionFacts(line:)`) takes and refuses the same flags.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        let turn = try reader.int("turn")
        guard turn >= 1 else { throw RecordError("a flag's 'turn' counts from 1") }
        var verdict: [(criterion: String, met: Bool)] = []
        if let value = json["verdict"] {
            guard case .object(let pairs) = value else { throw RecordError("a flag's 'verdict' should be an object") }
            for (key, value) in pairs where !verdict.contains(where: { $0.criterion == key }) {
                guard case .bool(let met) = value else { throw RecordError("a flag's verdict for '\(key)' should be true or false") }
                verdict.append((key, met))
            }
        }
        var evidence: [String: [String]] = [:]
        if let value = json["evidence"] {
            guard case .object(let pairs) = value else { throw RecordError("a flag's 'evidence' should be an object") }
            for (key, value) in pairs {
                guard case .array(let items) = value else { throw RecordError("a flag's evidence for '\(key)' should be a list") }
                var quotes: [String] = []
                for item in items {
                    guard case .string(let quote) = item else { throw RecordError("a flag's evidence for '\(key)' should hold only text") }
                    quotes.append(quote)
                }
                if evidence[key] == nil { evidence[key] = quotes }
            }
        }
        self.init(turn: turn, criterion: try Flag.criterion(named: reader.optionalString("criterion")), note: try reader.optionalString("note"),
                  verdict: verdict, evidence: evidence)
    }

    /// The criterion a flag's `criterion` field names (nil: the whole
    /// verdict); both record readers refuse a name that is no criterion's id.
    static func criterion(named name: String?) throws(RecordError) -> CriterionID? {
        guard let name else { return nil }
        guard let id = CriterionID(rawValue: name) else {
            let known = CriterionID.allCases.map(\.rawValue).joined(separator: ", ")
            throw RecordError("a flag's 'criterion' should be one of \(known) or null, not '\(name)'")
        }
        return id
    }
}
