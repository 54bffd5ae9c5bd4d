extension SessionRecord {
    /// The list field `key` read item by item with `read`; a record written
    /// before the field existed has none.
    static func list<T>(_ key: String, in json: JSONValue, _ read: (JSONValue) throws(RecordError) -> T) throws(RecordError) -> [T] {
        guard let value = json[key] else { return [] }
        guard case .array(let items) = value else { throw RecordError("field '\(key)' should be a list") }
        var result: [T] = []
        for item in items { result.append(try read(item)) }
        return result
    }
}

extension Contact {
    /// `{"number": 1, "started": "2026-03-03T10:15", "steps": ["opening"]}`.
    public var jsonValue: JSONValue {
        .object([("number", .int(number)), ("started", .string(started.iso)), ("steps", .array(steps.map { .string($0) }))])
    }

    /// Reads a contact from its JSON object.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        self.init(number: try reader.int("number"), started: try reader.moment("started"), steps: try reader.strings("steps"))
    }
}

extension Promise {
    /// `{"turn": 2, "contact": 1, "words": "by 4pm", "due": "2026-03-03T16:00", "kept": true}`
    /// (`kept` null when the scenario has no `ready`).
    public var jsonValue: JSONValue {
        .object([("turn", .int(turn)), ("contact", .int(contact)), ("words", .string(words)), ("due", .string(due.iso)),
                 ("kept", kept.map { .bool($0) } ?? .null)])
    }

    /// Reads a promise from its JSON object; `kept` may be missing or null.
    public init(json: JSONValue) throws(RecordError) {
        var reader = FieldReader(json)
        self.init(turn: try reader.int("turn"), contact: try reader.int("contact"), words: try reader.string("words"),
                  due: try reader.moment("due"), kept: try reader.optionalBool("kept"))
    }
}
