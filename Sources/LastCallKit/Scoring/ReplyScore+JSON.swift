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

extension ReplyScore {
    /// Appends the score's JSON line (the text of `jsonValue(explain:)`'s
    /// `jsonText`, without the newline) to `out`, with no intermediate
    /// values: the path `lastcall score --jsonl` streams through.
    public func appendJSON(explain: Bool = false, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"reply":"#.utf8)
        JSONWriter.writeString(reply, into: &out)
        out.append(contentsOf: #","criteria":{"#.utf8)
        for (index, result) in results.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONWriter.writeString(result.id.rawValue, into: &out)
            out.append(contentsOf: result.met ? #":{"met":true,"evidence":["#.utf8 : #":{"met":false,"evidence":["#.utf8)
            for (k, quote) in result.evidence.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                JSONWriter.writeString(quote, into: &out)
            }
            out.append(UInt8(ascii: "]"))
            if result.id == .timeFrame {
                out.append(contentsOf: #","when":"#.utf8)
                if let when = result.when { JSONWriter.writeString(when, into: &out) } else { out.append(contentsOf: "null".utf8) }
                if clock != nil { DueTimeResolver.appendDueJSON(result.due, to: &out) }
            }
            if explain { PhraseFiring.appendJSON(result.fired, to: &out) }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "}}".utf8)
    }
}
