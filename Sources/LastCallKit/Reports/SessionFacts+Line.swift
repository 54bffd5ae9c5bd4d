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
        var passed: Bool?, criteria: [CriterionTally]?, flagged: [String?] = []
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
                case 20: flagged = try Self.flaggedCriteria(&scanner, first)
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
        flaggedCriteria = flagged
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
        "path", "turns", "flags",
    ].map { Array($0.utf8) }

    private static func fieldText(_ index: Int) -> String { String(decoding: fieldNames[index], as: UTF8.self) }

    private static let tallyNames: [[UInt8]] = [Array("met".utf8), Array("expected".utf8)]

    private static let flagNames: [[UInt8]] = ["turn", "criterion", "note", "verdict", "evidence"].map { Array($0.utf8) }

    /// The `criterion` of each object in a record's `flags` list (null for
    /// the whole verdict), every flag checked as `Flag(json:)` checks it, so
    /// both readers take and refuse the same lines.
    private static func flaggedCriteria(_ scanner: inout LineScanner, _ first: UInt8) throws(RecordError) -> [String?] {
        guard first == 0x5B else { throw RecordError("field 'flags' should be a list") }
        scanner.index += 1
        var criteria: [String?] = []
        if try scanner.peek() == 0x5D { scanner.index += 1; return criteria }
        while true {
            guard try scanner.peek() == 0x7B else { throw RecordError("expected a JSON object") }
            criteria.append(try flag(&scanner))
            let next = try scanner.peek()
            scanner.index += 1
            if next == 0x2C { continue }
            if next == 0x5D { return criteria }
            scanner.index -= 1
            throw scanner.fail("expected ',' or ']' in a list")
        }
    }

    /// One flag object (the cursor at its `{`): its criterion.
    private static func flag(_ scanner: inout LineScanner) throws(RecordError) -> String? {
        scanner.index += 1
        var turn: Int?, criterion: String?, seen: UInt8 = 0
        if try scanner.peek() == 0x7D {
            scanner.index += 1
        } else {
            while true {
                guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
                let key = try scanner.key(in: flagNames)
                let value = try scanner.peek()
                // A repeated key counts the first time, as in a parsed object.
                if let key, seen & (1 << UInt8(key)) != 0 {
                    try scanner.skipValue()
                } else {
                    if let key { seen |= 1 << UInt8(key) }
                    switch key {
                    case 0: turn = try int(&scanner, "turn", value)
                    case 1: criterion = try optionalString(&scanner, "criterion", value)
                    case 2: _ = try optionalString(&scanner, "note", value)
                    case 3: try verdict(&scanner, value)
                    case 4: try evidence(&scanner, value)
                    default: try scanner.skipValue()
                    }
                }
                let next = try scanner.peek()
                scanner.index += 1
                if next == 0x2C { continue }
                if next == 0x7D { break }
                scanner.index -= 1
                throw scanner.fail("expected ',' or '}' in an object")
            }
        }
        guard let turn else { throw RecordError("missing field 'turn'") }
        guard turn >= 1 else { throw RecordError("a flag's 'turn' counts from 1") }
        return criterion
    }

    private static func optionalString(_ scanner: inout LineScanner, _ key: String, _ first: UInt8) throws(RecordError) -> String? {
        if first == 0x6E {
            try scanner.literal("null")
            return nil
        }
        return try string(&scanner, key, first)
    }

    /// `{"apology": false, ...}`: every value true or false.
    private static func verdict(_ scanner: inout LineScanner, _ first: UInt8) throws(RecordError) {
        guard first == 0x7B else {
            try scanner.skipValue()
            throw RecordError("a flag's 'verdict' should be an object")
        }
        try eachMember(&scanner) { scanner, key throws(RecordError) in
            switch try scanner.peek() {
            case 0x74: try scanner.literal("true")
            case 0x66: try scanner.literal("false")
            default: throw RecordError("a flag's verdict for '\(key)' should be true or false")
            }
        }
    }

    /// `{"apology": ["..."], ...}`: every value a list of text.
    private static func evidence(_ scanner: inout LineScanner, _ first: UInt8) throws(RecordError) {
        guard first == 0x7B else {
            try scanner.skipValue()
            throw RecordError("a flag's 'evidence' should be an object")
        }
        try eachMember(&scanner) { scanner, key throws(RecordError) in
            guard try scanner.peek() == 0x5B else { throw RecordError("a flag's evidence for '\(key)' should be a list") }
            scanner.index += 1
            if try scanner.peek() == 0x5D { scanner.index += 1; return }
            while true {
                guard try scanner.peek() == 0x22 else { throw RecordError("a flag's evidence for '\(key)' should hold only text") }
                _ = try scanner.string()
                let next = try scanner.peek()
                scanner.index += 1
                if next == 0x2C { continue }
                if next == 0x5D { return }
                scanner.index -= 1
                throw scanner.fail("expected ',' or ']' in a list")
            }
        }
    }

    /// Walks an object's members (the cursor at its `{`), handing each key
    /// with the cursor at its value to `body`, which must consume the value.
    private static func eachMember(_ scanner: inout LineScanner,
                                   _ body: (inout LineScanner, String) throws(RecordError) -> Void) throws(RecordError) {
        scanner.index += 1
        if try scanner.peek() == 0x7D { scanner.index += 1; return }
        while true {
            guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
            let key = try scanner.string()
            try scanner.expect(0x3A, "':' after a key")
            try body(&scanner, key)
            let next = try scanner.peek()
            scanner.index += 1
            if next == 0x2C { continue }
            if next == 0x7D { return }
            scanner.index -= 1
            throw scanner.fail("expected ',' or '}' in an object")
        }
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
