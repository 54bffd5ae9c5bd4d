extension SessionRecord {
    /// The longest progress-file line a reader holds (16 MB); a longer line
    /// is reported and skipped unread.
    public static let maximumLineLength = 16 << 20

    /// The longest reply `play` takes, in Unicode scalars. A session has at
    /// most 30 turns (the engine's turn cap); a reply is stored once in its
    /// turn, perhaps again as the best or weakest reply, and in pieces as
    /// evidence quotes, and JSON writes a scalar in at most 6 bytes
    /// (`\u001b`). 4,000 scalars is 24 KB of JSON a copy, so even a session
    /// of 30 replies at the cap, each quoted many times over, stays far below
    /// `maximumLineLength` and can always be read back.
    public static let maximumReplyLength = 4_000

    /// Why `reply` is too long to be taken, or nil when it is not.
    public static func replyLengthProblem(_ reply: String) -> String? {
        var count = 0
        for _ in reply.unicodeScalars {
            count += 1
            if count > maximumReplyLength {
                let total = reply.unicodeScalars.count
                return "that reply is \(total) characters long; a reply may be at most \(maximumReplyLength) characters, "
                    + "so that the session can be saved and read back"
            }
        }
        return nil
    }

    /// The record as it is stored: its JSON text on one line, with the
    /// line break.
    public var storedLine: [UInt8] { Array((jsonValue.jsonText + "\n").utf8) }

    /// Reads a record from one stored line (its JSON object's UTF-8 bytes)
    /// with the full decoder; throws the reason a line is not a record.
    public init(line: UnsafeBufferPointer<UInt8>) throws(RecordError) {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes: Array(line)) } catch { throw RecordError("not a valid JSON line: \(error)") }
        try self.init(json: value)
    }

    /// Reads a record from the bytes of one stored line.
    public init(line: [UInt8]) throws(RecordError) {
        let result = line.withUnsafeBufferPointer { buffer in Result { () throws(RecordError) in try SessionRecord(line: buffer) } }
        self = try result.get()
    }
}
