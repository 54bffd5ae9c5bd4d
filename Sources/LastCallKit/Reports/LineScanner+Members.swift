/// Walking objects and arrays, and reading typed fields, with the same
/// rules as `SessionRecord(json:)` over `JSONParser`'s values: a repeated
/// key keeps its first value (the later ones are only checked for syntax,
/// as `JSONValue`'s subscript finds the first), and a mistyped field is
/// rejected with the full decoder's reason.
extension LineScanner {
    /// Walks the object whose `{` is at the cursor (at nesting `depth`),
    /// calling `member` with the index in `names` of each key's first
    /// appearance; a key not in `names` or seen before is skipped.
    /// `member` must consume the value.
    mutating func forEachMember(depth: Int, names: [[UInt8]],
                                _ member: (inout LineScanner, Int) throws(RecordError) -> Void) throws(RecordError) {
        index += 1
        if try peek() == 0x7D { index += 1; return }
        var seen: UInt64 = 0
        while true {
            guard try peek() == 0x22 else { throw fail("expected a quoted key") }
            let field = try key(in: names)
            if let field, seen & (1 << UInt64(field)) == 0 {
                seen |= 1 << UInt64(field)
                _ = try peek()
                try member(&self, field)
            } else {
                try skipValue(depth: depth + 1)
            }
            let next = try peek()
            index += 1
            if next == 0x2C { continue }
            if next == 0x7D { return }
            index -= 1
            throw fail("expected ',' or '}' in an object")
        }
    }

    /// Walks the array whose `[` is at the cursor, calling `element` at the
    /// start of each element, which it must consume.
    mutating func forEachElement(_ element: (inout LineScanner) throws(RecordError) -> Void) throws(RecordError) {
        index += 1
        if try peek() == 0x5D { index += 1; return }
        while true {
            _ = try peek()
            try element(&self)
            let next = try peek()
            index += 1
            if next == 0x2C { continue }
            if next == 0x5D { return }
            index -= 1
            throw fail("expected ',' or ']' in an array")
        }
    }

    /// The byte at the cursor (after `peek`), which starts the next value.
    var current: UInt8 { bytes[index] }

    /// Reads the string field `key` at the cursor.
    mutating func stringField(_ key: @autoclosure () -> String, depth: Int) throws(RecordError) -> String {
        guard current == 0x22 else {
            try skipValue(depth: depth)
            throw RecordError("field '\(key())' should be a string")
        }
        return try string()
    }

    /// Checks the string field `key` at the cursor without decoding it.
    mutating func checkStringField(_ key: @autoclosure () -> String, depth: Int) throws(RecordError) {
        guard current == 0x22 else {
            try skipValue(depth: depth)
            throw RecordError("field '\(key())' should be a string")
        }
        _ = try skipString()
    }

    /// Reads the whole-number field `key` at the cursor (a number with a
    /// zero fraction under 10^15 is accepted, as `FieldReader.int` does).
    mutating func intField(_ key: @autoclosure () -> String) throws(RecordError) -> Int {
        guard current == 0x2D || (current >= 0x30 && current <= 0x39), let value = try integer() else {
            throw RecordError("field '\(key())' should be a whole number")
        }
        return value
    }

    /// Checks that the field `key` at the cursor is a list of strings.
    mutating func checkStringsField(_ key: @autoclosure () -> String, depth: Int) throws(RecordError) {
        guard current == 0x5B else {
            try skipValue(depth: depth)
            throw RecordError("field '\(key())' should be a list")
        }
        try forEachElement { (scanner: inout LineScanner) throws(RecordError) in
            guard scanner.current == 0x22 else {
                try scanner.skipValue(depth: depth + 1)
                throw RecordError("field '\(key())' should hold only strings")
            }
            _ = try scanner.skipString()
        }
    }

    /// Checks an object whose fields `names` must all be present (or only
    /// the first `required` of them, the rest being optional), each
    /// checked by `check` (called with the field's index), with the reason
    /// `FieldReader` gives for a value that is not an object.
    mutating func checkObject(depth: Int, names: [[UInt8]], required: Int? = nil,
                              _ check: (inout LineScanner, Int) throws(RecordError) -> Void) throws(RecordError) {
        guard current == 0x7B else {
            try skipValue(depth: depth)
            throw RecordError("expected a JSON object")
        }
        var found: UInt64 = 0
        try forEachMember(depth: depth, names: names) { (scanner: inout LineScanner, field: Int) throws(RecordError) in
            found |= 1 << UInt64(field)
            try check(&scanner, field)
        }
        for (position, name) in names.prefix(required ?? names.count).enumerated() where found & (1 << UInt64(position)) == 0 {
            throw RecordError("missing field '\(String(decoding: name, as: UTF8.self))'")
        }
    }
}
