extension SessionFacts {
    /// Reads the summary straight from one progress-file line (the UTF-8
    /// bytes of a session record's JSON object) without building the turns:
    /// every field is still checked for JSON syntax, and the fields a record
    /// must have are checked for presence and type, so a torn, hand-edited
    /// or foreign line is rejected with the reason, as `SessionRecord(json:)`
    /// would reject it.
    public init(line: UnsafeBufferPointer<UInt8>) throws(RecordError) {
        var scanner = LineScanner(line)
        guard try scanner.peek() == 0x7B else { throw RecordError("not a session record: the line is not a JSON object") }
        scanner.index += 1
        var version: Int?, id: String?, trainee: String?, scenario: String?, title: String?, level: Int?
        var startedAt: String?, endedAt: String?, duration: Int?, outcome: String?, score: Int?, passMark: Int?
        var passed: Bool?, criteria: [CriterionTally]?
        var seen: UInt32 = 0
        if try scanner.peek() == 0x7D {
            scanner.index += 1
        } else {
            while true {
                guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
                let field = try scanner.key(in: Self.fieldNames)
                let first = try scanner.peek()
                switch field {
                case 0: version = try Self.int(&scanner, "version", first)
                case 1: id = try Self.string(&scanner, "id", first)
                case 2: trainee = try Self.string(&scanner, "trainee", first)
                case 3: scenario = try Self.string(&scanner, "scenario", first)
                case 4: title = try Self.string(&scanner, "scenario_title", first)
                case 5: level = try Self.int(&scanner, "level", first)
                case 6: startedAt = try Self.string(&scanner, "started_at", first)
                case 7: endedAt = try Self.string(&scanner, "ended_at", first)
                case 8: duration = try Self.int(&scanner, "duration_seconds", first)
                case 9: outcome = try Self.string(&scanner, "outcome", first)
                case 10: score = try Self.int(&scanner, "score", first)
                case 11: passMark = try Self.int(&scanner, "pass_mark", first)
                case 12:
                    switch first {
                    case 0x74: try scanner.literal("true"); passed = true
                    case 0x66: try scanner.literal("false"); passed = false
                    default: throw RecordError("field 'passed' should be true or false")
                    }
                case 13: criteria = try Self.tallies(&scanner, first)
                case 14:
                    _ = try Self.string(&scanner, "scenario_hash", first)
                    seen |= 1 << 14
                case 15, 16, 17:
                    _ = try Self.int(&scanner, Self.fieldText(field!), first)
                    seen |= 1 << UInt32(field!)
                case 18, 19:
                    guard first == 0x5B else { throw RecordError("missing or mistyped field '\(Self.fieldText(field!))'") }
                    try scanner.skipValue()
                    seen |= 1 << UInt32(field!)
                default:
                    try scanner.skipValue()
                }
                let next = try scanner.peek()
                scanner.index += 1
                if next == 0x2C { continue }
                if next == 0x7D { break }
                scanner.index -= 1
                throw scanner.fail("expected ',' or '}' in an object")
            }
        }
        scanner.skipSpace()
        guard scanner.isAtEnd else { throw scanner.fail("unexpected text after the JSON object") }

        guard let version else { throw RecordError("missing field 'version'") }
        guard version == SessionRecord.formatVersion else { throw RecordError("unsupported record version \(version)") }
        guard let outcome else { throw RecordError("missing field 'outcome'") }
        guard let sessionOutcome = SessionOutcome(rawValue: outcome) else { throw RecordError("unknown outcome '\(outcome)'") }
        guard let criteria else { throw RecordError("missing or mistyped field 'criteria'") }
        for field in [19, 18] where seen & (1 << UInt32(field)) == 0 {
            throw RecordError("missing or mistyped field '\(Self.fieldText(field))'")
        }
        guard let id else { throw RecordError("missing field 'id'") }
        guard let trainee else { throw RecordError("missing field 'trainee'") }
        guard let scenario else { throw RecordError("missing field 'scenario'") }
        guard let title else { throw RecordError("missing field 'scenario_title'") }
        guard let level else { throw RecordError("missing field 'level'") }
        guard seen & (1 << 14) != 0 else { throw RecordError("missing field 'scenario_hash'") }
        guard seen & (1 << 15) != 0 else { throw RecordError("missing field 'seed'") }
        guard let startedAt else { throw RecordError("missing field 'started_at'") }
        guard let endedAt else { throw RecordError("missing field 'ended_at'") }
        guard let duration else { throw RecordError("missing field 'duration_seconds'") }
        guard let score else { throw RecordError("missing field 'score'") }
        guard let passMark else { throw RecordError("missing field 'pass_mark'") }
        guard let passed else { throw RecordError("missing field 'passed'") }
        for field in [16, 17] where seen & (1 << UInt32(field)) == 0 { throw RecordError("missing field '\(Self.fieldText(field))'") }
        self.init(id: id, trainee: trainee, scenario: scenario, scenarioTitle: title, level: level, startedAt: startedAt,
                  endedAt: endedAt, durationSeconds: duration, outcome: sessionOutcome, score: score, passMark: passMark,
                  passed: passed, criteria: criteria)
    }

    /// Reads the summary from the bytes of one line.
    public init(line: [UInt8]) throws(RecordError) {
        let result = line.withUnsafeBufferPointer { buffer in Result { () throws(RecordError) in try SessionFacts(line: buffer) } }
        self = try result.get()
    }

    /// The fields read or checked, by position (the switch above uses these numbers).
    static let fieldNames: [[UInt8]] = [
        "version", "id", "trainee", "scenario", "scenario_title", "level", "started_at", "ended_at", "duration_seconds",
        "outcome", "score", "pass_mark", "passed", "criteria", "scenario_hash", "seed", "mood_start", "mood_end",
        "path", "turns",
    ].map { Array($0.utf8) }

    private static func fieldText(_ index: Int) -> String { String(decoding: fieldNames[index], as: UTF8.self) }

    private static let tallyNames: [[UInt8]] = [Array("met".utf8), Array("expected".utf8)]

    private static func string(_ scanner: inout LineScanner, _ key: String, _ first: UInt8) throws(RecordError) -> String {
        guard first == 0x22 else {
            try scanner.skipValue()
            throw RecordError("field '\(key)' should be a string")
        }
        return try scanner.string()
    }

    private static func int(_ scanner: inout LineScanner, _ key: String, _ first: UInt8) throws(RecordError) -> Int {
        guard first == 0x2D || (first >= 0x30 && first <= 0x39), let value = try scanner.integer() else {
            throw RecordError("field '\(key)' should be a whole number")
        }
        return value
    }

    private static func tallies(_ scanner: inout LineScanner, _ first: UInt8) throws(RecordError) -> [CriterionTally] {
        guard first == 0x7B else { throw RecordError("missing or mistyped field 'criteria'") }
        scanner.index += 1
        var tallies: [CriterionTally] = []
        if try scanner.peek() == 0x7D { scanner.index += 1; return tallies }
        while true {
            guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
            let criterion = try scanner.string()
            try scanner.expect(0x3A, "':' after a key")
            guard try scanner.peek() == 0x7B else { throw RecordError("expected a JSON object") }
            scanner.index += 1
            var met: Int?, expected: Int?
            if try scanner.peek() == 0x7D {
                scanner.index += 1
            } else {
                while true {
                    guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
                    let key = try scanner.key(in: tallyNames)
                    let first = try scanner.peek()
                    switch key {
                    case 0: met = try int(&scanner, "met", first)
                    case 1: expected = try int(&scanner, "expected", first)
                    default: try scanner.skipValue()
                    }
                    let next = try scanner.peek()
                    scanner.index += 1
                    if next == 0x2C { continue }
                    if next == 0x7D { break }
                    scanner.index -= 1
                    throw scanner.fail("expected ',' or '}' in an object")
                }
            }
            guard let met else { throw RecordError("missing field 'met'") }
            guard let expected else { throw RecordError("missing field 'expected'") }
            // As `SessionRecord(json:)` does: a key that is no criterion is left out.
            if let id = CriterionID(rawValue: criterion) { tallies.append(CriterionTally(criterion: id, met: met, expected: expected)) }
            let next = try scanner.peek()
            scanner.index += 1
            if next == 0x2C { continue }
            if next == 0x7D { return tallies }
            scanner.index -= 1
            throw scanner.fail("expected ',' or '}' in an object")
        }
    }
}
