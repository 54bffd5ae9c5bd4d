extension SessionFacts {
    /// Reads the summary straight from one progress-file line (the UTF-8
    /// bytes of a session record's JSON object) without building the turns.
    /// It accepts exactly the lines `SessionRecord(line:)` accepts: every
    /// byte is checked for JSON syntax and UTF-8, every field the full
    /// decoder reads (the turns, highlights and tips included) is checked
    /// for presence and type, and a repeated key keeps its first value. So
    /// `report` and `export --turns` count the same sessions, and a torn,
    /// hand-edited or foreign line is rejected with the reason.
    public init(line: UnsafeBufferPointer<UInt8>) throws(RecordError) {
        try self.init(line: line) { (scanner: inout LineScanner) throws(RecordError) in try Self.checkTurn(&scanner) }
    }

    /// Reads the summary as `init(line:)` does, handing each element of the
    /// `turns` list to `turn` with the cursor at its start; `turn` must
    /// check and consume it as `checkTurn` does (`SessionReplies(line:)`
    /// also notes where the text of a turn that missed a criterion is).
    init(line: UnsafeBufferPointer<UInt8>, turn: (inout LineScanner) throws(RecordError) -> Void) throws(RecordError) {
        var scanner = LineScanner(line)
        guard try scanner.peek() == 0x7B else { throw RecordError("not a session record: the line is not a JSON object") }
        var version: Int?, id: String?, trainee: String?, scenario: String?, title: String?, level: Int?
        var startedAt: String?, endedAt: String?, duration: Int?, outcome: String?, score: Int?, passMark: Int?
        var passed: Bool?, criteria: [CriterionTally]?, flagged: [CriterionID?] = []
        var ready: LocalDateTime?, focus: [CriterionID] = []
        var replies = 0, promises = PromiseTally()
        var found: UInt32 = 0
        try scanner.forEachMember(depth: 0, names: Field.names) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
            let field = Field(rawValue: index)!
            found |= field.bit
            let depth = 1
            switch field {
            case .version: version = try scanner.intField(field.key)
            case .id: id = try scanner.stringField(field.key, depth: depth)
            case .trainee: trainee = try scanner.stringField(field.key, depth: depth)
            case .scenario: scenario = try scanner.stringField(field.key, depth: depth)
            case .scenarioTitle: title = try scanner.stringField(field.key, depth: depth)
            case .level: level = try scanner.intField(field.key)
            case .startedAt: startedAt = try scanner.stringField(field.key, depth: depth)
            case .endedAt: endedAt = try scanner.stringField(field.key, depth: depth)
            case .durationSeconds: duration = try scanner.intField(field.key)
            case .outcome: outcome = try scanner.stringField(field.key, depth: depth)
            case .score: score = try scanner.intField(field.key)
            case .passMark: passMark = try scanner.intField(field.key)
            case .passed:
                switch scanner.current {
                case 0x74: try scanner.literal("true"); passed = true
                case 0x66: try scanner.literal("false"); passed = false
                default: throw RecordError("field 'passed' should be true or false")
                }
            case .criteria: criteria = try Self.tallies(&scanner)
            case .flags: flagged = try Self.flaggedCriteria(&scanner, depth: depth)
            case .contacts: try Self.checkContacts(&scanner, depth: depth)
            case .focus: focus = try Self.criteria(&scanner, "focus", depth: depth)
            case .ready:
                if scanner.current == 0x6E { try scanner.literal("null") } else { ready = try Self.checkMoment(&scanner, field.key, depth: depth) }
            case .scenarioHash: try scanner.checkStringField(field.key, depth: depth)
            case .seed, .moodStart, .moodEnd: _ = try scanner.intField(field.key)
            case .path: try scanner.checkStringsField(field.key, depth: depth)
            case .turns:
                guard scanner.current == 0x5B else { throw RecordError("missing or mistyped field 'turns'") }
                try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
                    try turn(&scanner)
                    replies += 1
                }
            case .promises: promises = try Self.checkPromises(&scanner, depth: depth)
            case .endReason:
                if scanner.current == 0x6E { try scanner.literal("null") } else { try scanner.checkStringField(field.key, depth: depth) }
            case .best, .weakest:
                try scanner.checkObject(depth: depth, names: Self.highlightNames) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
                    if index == 0 { _ = try scanner.intField("turn") } else { try scanner.checkStringField(index == 1 ? "reply" : "why", depth: depth + 1) }
                }
            case .tips:
                // The full decoder reads the tips only when they are a list.
                guard scanner.current == 0x5B else { try scanner.skipValue(depth: depth); return }
                try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
                    try scanner.checkObject(depth: depth + 1, names: Self.tipNames) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
                        try scanner.checkStringField(index == 0 ? "criterion" : "tip", depth: depth + 2)
                    }
                }
            }
        }
        scanner.skipSpace()
        guard scanner.isAtEnd else { throw scanner.fail("unexpected text after the JSON object") }

        guard let version else { throw RecordError("missing field 'version'") }
        guard version == SessionRecord.formatVersion else { throw RecordError("unsupported record version \(version)") }
        guard let outcome else { throw RecordError("missing field 'outcome'") }
        guard let sessionOutcome = SessionOutcome(rawValue: outcome) else { throw RecordError("unknown outcome '\(outcome)'") }
        guard let criteria else { throw RecordError("missing or mistyped field 'criteria'") }
        guard found & Field.turns.bit != 0 else { throw RecordError("missing or mistyped field 'turns'") }
        guard let id else { throw RecordError("missing field 'id'") }
        guard let trainee else { throw RecordError("missing field 'trainee'") }
        guard let scenario else { throw RecordError("missing field 'scenario'") }
        guard let title else { throw RecordError("missing field 'scenario_title'") }
        guard let level else { throw RecordError("missing field 'level'") }
        guard found & Field.scenarioHash.bit != 0 else { throw RecordError("missing field 'scenario_hash'") }
        guard found & Field.seed.bit != 0 else { throw RecordError("missing field 'seed'") }
        guard let startedAt else { throw RecordError("missing field 'started_at'") }
        guard let endedAt else { throw RecordError("missing field 'ended_at'") }
        guard let duration else { throw RecordError("missing field 'duration_seconds'") }
        guard let score else { throw RecordError("missing field 'score'") }
        guard let passMark else { throw RecordError("missing field 'pass_mark'") }
        guard let passed else { throw RecordError("missing field 'passed'") }
        guard found & Field.moodStart.bit != 0 else { throw RecordError("missing field 'mood_start'") }
        guard found & Field.moodEnd.bit != 0 else { throw RecordError("missing field 'mood_end'") }
        guard found & Field.path.bit != 0 else { throw RecordError("missing field 'path'") }
        self.init(id: id, trainee: trainee, scenario: scenario, scenarioTitle: title, level: level, startedAt: startedAt,
                  endedAt: endedAt, durationSeconds: duration, outcome: sessionOutcome, score: score, passMark: passMark,
                  passed: passed, criteria: criteria)
        flaggedCriteria = flagged
        self.ready = ready
        self.focus = focus
        self.replies = replies
        self.promises = promises
    }

    /// Reads the summary from the bytes of one line.
    public init(line: [UInt8]) throws(RecordError) {
        let result = line.withUnsafeBufferPointer { buffer in Result { () throws(RecordError) in try SessionFacts(line: buffer) } }
        self = try result.get()
    }

    /// The top-level fields of a record that the full decoder reads, each
    /// read or checked here; any other key is only checked for syntax.
    enum Field: Int, CaseIterable, Hashable {
        case version, id, trainee, scenario, scenarioTitle, level, startedAt, endedAt, durationSeconds, outcome, score
        case passMark, passed, criteria, scenarioHash, seed, moodStart, moodEnd, path, turns, endReason, best, weakest, tips
        case flags, contacts, promises
        case ready
        case focus

        /// The JSON key.
        var key: String {
            switch self {
            case .scenarioTitle: return "scenario_title"
            case .startedAt: return "started_at"
            case .endedAt: return "ended_at"
            case .durationSeconds: return "duration_seconds"
            case .passMark: return "pass_mark"
            case .scenarioHash: return "scenario_hash"
            case .moodStart: return "mood_start"
            case .moodEnd: return "mood_end"
            case .endReason: return "end_reason"
            default: return "\(self)"
            }
        }

        /// The field's bit in a set of fields seen.
        var bit: UInt32 { 1 << UInt32(rawValue) }

        /// The keys' bytes, by raw value, for `LineScanner.key(in:)`.
        static let names: [[UInt8]] = allCases.map { Array($0.key.utf8) }
    }

    private static let tallyNames: [[UInt8]] = ["met", "expected"].map { Array($0.utf8) }
    /// A turn's fields; the last three (`contact`, `clock`, `evidence`)
    /// are optional.
    private static let turnNames: [[UInt8]] = ["step", "customer", "reply", "met", "missed", "mood", "contact", "clock", "evidence"]
        .map { Array($0.utf8) }
    private static let contactNames: [[UInt8]] = ["number", "started", "steps"].map { Array($0.utf8) }
    /// A promise's fields; the last (`kept`) is optional.
    private static let promiseNames: [[UInt8]] = ["turn", "contact", "words", "due", "kept"].map { Array($0.utf8) }
    private static let highlightNames: [[UInt8]] = ["turn", "reply", "why"].map { Array($0.utf8) }
    private static let tipNames: [[UInt8]] = ["criterion", "tip"].map { Array($0.utf8) }
    private static let flagNames: [[UInt8]] = ["turn", "criterion", "note", "verdict", "evidence"].map { Array($0.utf8) }

    /// The list of criteria `key` (`focus`, a turn's `missed`), read as
    /// `FieldReader.criteria` reads it: strings only, and a name that is no
    /// criterion left out.
    static func criteria(_ scanner: inout LineScanner, _ key: String, depth: Int) throws(RecordError) -> [CriterionID] {
        guard scanner.current == 0x5B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("field '\(key)' should be a list")
        }
        var criteria: [CriterionID] = []
        try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
            guard scanner.current == 0x22 else {
                try scanner.skipValue(depth: depth + 1)
                throw RecordError("field '\(key)' should hold only strings")
            }
            if let criterion = CriterionID(rawValue: try scanner.string()) { criteria.append(criterion) }
        }
        return criteria
    }

    /// The `criterion` of each flag in the `flags` list (nil: the whole
    /// verdict), every flag checked as `Flag(json:)` reads it: `turn` a
    /// whole number from 1, `criterion` a criterion's id or null, `note` text or null, `verdict`
    /// an object of true or false (a repeated criterion checked the first
    /// time only), `evidence` an object of lists of text (every pair).
    private static func flaggedCriteria(_ scanner: inout LineScanner, depth: Int) throws(RecordError) -> [CriterionID?] {
        guard scanner.current == 0x5B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("field 'flags' should be a list")
        }
        var criteria: [CriterionID?] = []
        try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
            guard scanner.current == 0x7B else {
                try scanner.skipValue(depth: depth + 1)
                throw RecordError("expected a JSON object")
            }
            var turn: Int?, criterion: CriterionID?
            try scanner.forEachMember(depth: depth + 1, names: flagNames) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
                switch index {
                case 0: turn = try scanner.intField("turn")
                case 1, 2:
                    let key = index == 1 ? "criterion" : "note"
                    if scanner.current == 0x6E {
                        try scanner.literal("null")
                    } else {
                        let text = try scanner.stringField(key, depth: depth + 2)
                        if index == 1 { criterion = try Flag.criterion(named: text) }
                    }
                case 3: try checkVerdict(&scanner, depth: depth + 2)
                default: try checkEvidence(&scanner, depth: depth + 2)
                }
            }
            guard let turn else { throw RecordError("missing field 'turn'") }
            guard turn >= 1 else { throw RecordError("a flag's 'turn' counts from 1") }
            criteria.append(criterion)
        }
        return criteria
    }

    /// Walks the object at the cursor, handing each key (decoded) to
    /// `member` with the cursor at its value, which it must consume.
    static func forEachPair(_ scanner: inout LineScanner,
                                    _ member: (inout LineScanner, String) throws(RecordError) -> Void) throws(RecordError) {
        scanner.index += 1
        if try scanner.peek() == 0x7D { scanner.index += 1; return }
        while true {
            guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
            let key = try scanner.string()
            try scanner.expect(0x3A, "':' after a key")
            _ = try scanner.peek()
            try member(&scanner, key)
            let next = try scanner.peek()
            scanner.index += 1
            if next == 0x2C { continue }
            if next == 0x7D { return }
            scanner.index -= 1
            throw scanner.fail("expected ',' or '}' in an object")
        }
    }

    private static func checkVerdict(_ scanner: inout LineScanner, depth: Int) throws(RecordError) {
        guard scanner.current == 0x7B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("a flag's 'verdict' should be an object")
        }
        var seen: Set<String> = []
        try forEachPair(&scanner) { (scanner: inout LineScanner, key: String) throws(RecordError) in
            guard seen.insert(key).inserted else { try scanner.skipValue(depth: depth + 1); return }
            switch scanner.current {
            case 0x74: try scanner.literal("true")
            case 0x66: try scanner.literal("false")
            default: throw RecordError("a flag's verdict for '\(key)' should be true or false")
            }
        }
    }

    private static func checkEvidence(_ scanner: inout LineScanner, depth: Int) throws(RecordError) {
        guard scanner.current == 0x7B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("a flag's 'evidence' should be an object")
        }
        try forEachPair(&scanner) { (scanner: inout LineScanner, key: String) throws(RecordError) in
            guard scanner.current == 0x5B else { throw RecordError("a flag's evidence for '\(key)' should be a list") }
            try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
                guard scanner.current == 0x22 else { throw RecordError("a flag's evidence for '\(key)' should hold only text") }
                _ = try scanner.skipString()
            }
        }
    }

    /// Checks one turn as `Turn(json:)` reads it (the evidence is read
    /// leniently there, so only its syntax is checked here).
    static func checkTurn(_ scanner: inout LineScanner) throws(RecordError) {
        var marks: TurnMarks?
        try checkTurn(&scanner, marks: &marks)
    }

    /// Where a turn's texts start in the line, and the criteria it missed:
    /// what `SessionReplies(line:)` needs to read a turn that missed a
    /// criterion once the whole line is known to be good.
    struct TurnMarks {
        /// The index of the opening quote of `customer` (its first appearance).
        var customer = 0
        /// The index of the opening quote of `reply`.
        var reply = 0
        /// The index of the first `evidence` value, when there is one.
        var evidence: Int?
        /// The criteria missed, as `FieldReader.criteria` reads them.
        var missed: [CriterionID] = []
    }

    /// Checks one turn as `checkTurn(_:)` does; with `marks`, also notes
    /// where its texts are and reads its `missed` list.
    static func checkTurn(_ scanner: inout LineScanner, marks: inout TurnMarks?) throws(RecordError) {
        let depth = 2
        try scanner.checkObject(depth: depth, names: turnNames, required: 6) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
            // The key's text is made only for an error message.
            let key = { String(decoding: turnNames[index], as: UTF8.self) }
            switch index {
            case 0: try scanner.checkStringField(key(), depth: depth + 1)
            case 1, 2:
                if marks != nil, scanner.current == 0x22 {
                    if index == 1 { marks!.customer = scanner.index } else { marks!.reply = scanner.index }
                }
                try scanner.checkStringField(key(), depth: depth + 1)
            case 3: try scanner.checkStringsField(key(), depth: depth + 1)
            case 4:
                if marks != nil {
                    marks!.missed = try criteria(&scanner, key(), depth: depth + 1)
                } else {
                    try scanner.checkStringsField(key(), depth: depth + 1)
                }
            case 6:
                if scanner.current == 0x6E { try scanner.literal("null") } else { _ = try scanner.intField(key()) }
            case 7:
                if scanner.current == 0x6E { try scanner.literal("null") } else { try checkMoment(&scanner, key(), depth: depth + 1) }
            case 8:
                marks?.evidence = scanner.index
                try scanner.skipValue(depth: depth + 1)
            default: _ = try scanner.intField(key())
            }
        }
    }

    /// Checks a moment on the simulated clock as `FieldReader.moment` reads it.
    @discardableResult
    private static func checkMoment(_ scanner: inout LineScanner, _ key: String, depth: Int) throws(RecordError) -> LocalDateTime {
        let text = try scanner.stringField(key, depth: depth)
        guard case .success(let moment) = TimeTextError.catching({ try LocalDateTime.parseClock(text) }) else {
            throw RecordError("field '\(key)' should be a time such as 2026-03-03T10:15")
        }
        return moment
    }

    /// Checks `contacts` as `Contact(json:)` reads each.
    private static func checkContacts(_ scanner: inout LineScanner, depth: Int) throws(RecordError) {
        guard scanner.current == 0x5B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("field 'contacts' should be a list")
        }
        try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
            try scanner.checkObject(depth: depth + 1, names: contactNames) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
                switch index {
                case 0: _ = try scanner.intField("number")
                case 1: try checkMoment(&scanner, "started", depth: depth + 2)
                default: try scanner.checkStringsField("steps", depth: depth + 2)
                }
            }
        }
    }

    /// Checks `promises` as `Promise(json:)` reads each, and tallies those
    /// judged kept or broken.
    private static func checkPromises(_ scanner: inout LineScanner, depth: Int) throws(RecordError) -> PromiseTally {
        var tally = PromiseTally()
        guard scanner.current == 0x5B else {
            try scanner.skipValue(depth: depth)
            throw RecordError("field 'promises' should be a list")
        }
        try scanner.forEachElement { (scanner: inout LineScanner) throws(RecordError) in
            try scanner.checkObject(depth: depth + 1, names: promiseNames, required: 4) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
                switch index {
                case 0: _ = try scanner.intField("turn")
                case 1: _ = try scanner.intField("contact")
                case 2: try scanner.checkStringField("words", depth: depth + 2)
                case 3: try checkMoment(&scanner, "due", depth: depth + 2)
                default:
                    switch scanner.current {
                    case 0x74: try scanner.literal("true"); tally.add(kept: true)
                    case 0x66: try scanner.literal("false"); tally.add(kept: false)
                    case 0x6E: try scanner.literal("null")
                    default: throw RecordError("field 'kept' should be true or false")
                    }
                }
            }
        }
        return tally
    }

    /// Reads the `criteria` object: per criterion, its met and expected counts.
    private static func tallies(_ scanner: inout LineScanner) throws(RecordError) -> [CriterionTally] {
        guard scanner.current == 0x7B else { throw RecordError("missing or mistyped field 'criteria'") }
        var tallies: [CriterionTally] = []
        scanner.index += 1
        if try scanner.peek() == 0x7D { scanner.index += 1; return tallies }
        while true {
            // Every key counts here, repeated or not, as the full decoder
            // walks every pair of this object.
            guard try scanner.peek() == 0x22 else { throw scanner.fail("expected a quoted key") }
            let criterion = try scanner.string()
            try scanner.expect(0x3A, "':' after a key")
            _ = try scanner.peek()
            var met: Int?, expected: Int?
            try scanner.checkObject(depth: 2, names: tallyNames) { (scanner: inout LineScanner, index: Int) throws(RecordError) in
                if index == 0 { met = try scanner.intField("met") } else { expected = try scanner.intField("expected") }
            }
            // As `SessionRecord(json:)` does: a key that is no criterion is left out.
            if let id = CriterionID(rawValue: criterion) { tallies.append(CriterionTally(criterion: id, met: met!, expected: expected!)) }
            let next = try scanner.peek()
            scanner.index += 1
            if next == 0x2C { continue }
            if next == 0x7D { return tallies }
            scanner.index -= 1
            throw scanner.fail("expected ',' or '}' in an object")
        }
    }
}
