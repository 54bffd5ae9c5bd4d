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
        var seen: Set<String> = []
        if try scanner.peek() == 0x7D {
            scanner.index += 1
        } else {
            while true {
                guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
                let key = try scanner.string()
                try scanner.expect(0x3A, "':' after a key")
                let first = try scanner.peek()
                switch key {
                case "version": version = try Self.int(&scanner, key, first)
                case "id": id = try Self.string(&scanner, key, first)
                case "trainee": trainee = try Self.string(&scanner, key, first)
                case "scenario": scenario = try Self.string(&scanner, key, first)
                case "scenario_title": title = try Self.string(&scanner, key, first)
                case "level": level = try Self.int(&scanner, key, first)
                case "started_at": startedAt = try Self.string(&scanner, key, first)
                case "ended_at": endedAt = try Self.string(&scanner, key, first)
                case "duration_seconds": duration = try Self.int(&scanner, key, first)
                case "outcome": outcome = try Self.string(&scanner, key, first)
                case "score": score = try Self.int(&scanner, key, first)
                case "pass_mark": passMark = try Self.int(&scanner, key, first)
                case "passed":
                    switch first {
                    case 0x74: try scanner.literal("true"); passed = true
                    case 0x66: try scanner.literal("false"); passed = false
                    default: throw RecordError("field 'passed' should be true or false")
                    }
                case "criteria": criteria = try Self.tallies(&scanner, first)
                case "scenario_hash":
                    _ = try Self.string(&scanner, key, first)
                    seen.insert(key)
                case "seed", "mood_start", "mood_end":
                    _ = try Self.int(&scanner, key, first)
                    seen.insert(key)
                case "path", "turns":
                    guard first == 0x5B else { throw RecordError("missing or mistyped field '\(key)'") }
                    try scanner.skipValue()
                    seen.insert(key)
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
        for key in ["turns", "path"] where !seen.contains(key) { throw RecordError("missing or mistyped field '\(key)'") }
        guard let id else { throw RecordError("missing field 'id'") }
        guard let trainee else { throw RecordError("missing field 'trainee'") }
        guard let scenario else { throw RecordError("missing field 'scenario'") }
        guard let title else { throw RecordError("missing field 'scenario_title'") }
        guard let level else { throw RecordError("missing field 'level'") }
        guard seen.contains("scenario_hash") else { throw RecordError("missing field 'scenario_hash'") }
        guard seen.contains("seed") else { throw RecordError("missing field 'seed'") }
        guard let startedAt else { throw RecordError("missing field 'started_at'") }
        guard let endedAt else { throw RecordError("missing field 'ended_at'") }
        guard let duration else { throw RecordError("missing field 'duration_seconds'") }
        guard let score else { throw RecordError("missing field 'score'") }
        guard let passMark else { throw RecordError("missing field 'pass_mark'") }
        guard let passed else { throw RecordError("missing field 'passed'") }
        for key in ["mood_start", "mood_end"] where !seen.contains(key) { throw RecordError("missing field '\(key)'") }
        self.init(id: id, trainee: trainee, scenario: scenario, scenarioTitle: title, level: level, startedAt: startedAt,
                  endedAt: endedAt, durationSeconds: duration, outcome: sessionOutcome, score: score, passMark: passMark,
                  passed: passed, criteria: criteria)
    }

    /// Reads the summary from the bytes of one line.
    public init(line: [UInt8]) throws(RecordError) {
        let result = line.withUnsafeBufferPointer { buffer in Result { () throws(RecordError) in try SessionFacts(line: buffer) } }
        self = try result.get()
    }

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
                    let key = try scanner.string()
                    try scanner.expect(0x3A, "':' after a key")
                    let first = try scanner.peek()
                    switch key {
                    case "met": met = try int(&scanner, key, first)
                    case "expected": expected = try int(&scanner, key, first)
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
            tallies.append(CriterionTally(criterion: criterion, met: met, expected: expected))
            let next = try scanner.peek()
            scanner.index += 1
            if next == 0x2C { continue }
            if next == 0x7D { return tallies }
            scanner.index -= 1
            throw scanner.fail("expected ',' or '}' in an object")
        }
    }
}
