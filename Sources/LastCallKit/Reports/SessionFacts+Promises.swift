extension SessionFacts {
    private static let promiseNames: [[UInt8]] = [Array("kept".utf8)]

    /// Reads the record's `promises` list at the cursor as
    /// `PromiseTally(promises:)` does: a list of objects whose `kept`, when
    /// present, is true, false or null (a repeated `kept` keeps its first
    /// value); every other field is checked for syntax only.
    static func promiseTally(_ scanner: inout LineScanner, depth: Int) throws(RecordError) -> PromiseTally {
        guard scanner.current == 0x5B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("field 'promises' should be a list")
        }
        var tally = PromiseTally()
        try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
            guard scanner.current == 0x7B else {
                try scanner.skipValue(depth: depth + 1)
                throw RecordError("a promise should be a JSON object")
            }
            try scanner.forEachMember(depth: depth + 1, names: promiseNames) { (scanner: inout LineScanner, _: Int) throws(RecordError) in
                switch scanner.current {
                case 0x74: try scanner.literal("true"); tally.add(kept: true)
                case 0x66: try scanner.literal("false"); tally.add(kept: false)
                case 0x6E: try scanner.literal("null")
                default: throw RecordError("a promise's 'kept' should be true, false or null")
                }
            }
        }
        return tally
    }
}
