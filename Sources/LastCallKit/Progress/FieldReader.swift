/// Typed field reads from a JSON object, throwing a `RecordError` that names
/// the field.
struct FieldReader {
    let value: JSONValue

    init(_ value: JSONValue) { self.value = value }

    private func field(_ key: String) throws(RecordError) -> JSONValue {
        guard case .object = value else { throw RecordError("expected a JSON object") }
        guard let field = value[key] else { throw RecordError("missing field '\(key)'") }
        return field
    }

    mutating func string(_ key: String) throws(RecordError) -> String {
        guard case .string(let text) = try field(key) else { throw RecordError("field '\(key)' should be a string") }
        return text
    }

    mutating func optionalString(_ key: String) throws(RecordError) -> String? {
        guard let field = value[key] else { return nil }
        if case .null = field { return nil }
        guard case .string(let text) = field else { throw RecordError("field '\(key)' should be a string") }
        return text
    }

    mutating func optionalInt(_ key: String) throws(RecordError) -> Int? {
        guard let field = value[key] else { return nil }
        if case .null = field { return nil }
        return try int(key)
    }

    /// A moment on the simulated clock, `2026-03-03T10:15`.
    mutating func moment(_ key: String) throws(RecordError) -> LocalDateTime {
        let text = try string(key)
        guard case .success(let moment) = TimeTextError.catching({ try LocalDateTime.parseClock(text) }) else {
            throw RecordError("field '\(key)' should be a time such as 2026-03-03T10:15")
        }
        return moment
    }

    /// A moment, or nil when the field is missing or null.
    mutating func optionalMoment(_ key: String) throws(RecordError) -> LocalDateTime? {
        guard let field = value[key] else { return nil }
        if case .null = field { return nil }
        return try moment(key)
    }

    mutating func optionalBool(_ key: String) throws(RecordError) -> Bool? {
        guard let field = value[key] else { return nil }
        if case .null = field { return nil }
        return try bool(key)
    }

    mutating func int(_ key: String) throws(RecordError) -> Int {
        switch try field(key) {
        case .int(let number): return number
        case .double(let number) where number == number.rounded() && abs(number) < 1e15: return Int(number)
        default: throw RecordError("field '\(key)' should be a whole number")
        }
    }

    mutating func bool(_ key: String) throws(RecordError) -> Bool {
        guard case .bool(let flag) = try field(key) else { throw RecordError("field '\(key)' should be true or false") }
        return flag
    }

    /// A list of criterion names as criteria; a name that is no criterion
    /// is checked like any string and left out (see `SessionRecord(json:)`).
    mutating func criteria(_ key: String) throws(RecordError) -> [CriterionID] {
        guard case .array(let items) = try field(key) else { throw RecordError("field '\(key)' should be a list") }
        var result: [CriterionID] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case .string(let text) = item else { throw RecordError("field '\(key)' should hold only strings") }
            if let criterion = CriterionID(rawValue: text) { result.append(criterion) }
        }
        return result
    }

    mutating func strings(_ key: String) throws(RecordError) -> [String] {
        guard case .array(let items) = try field(key) else { throw RecordError("field '\(key)' should be a list") }
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw RecordError("field '\(key)' should hold only strings") }
            result.append(text)
        }
        return result
    }
}
