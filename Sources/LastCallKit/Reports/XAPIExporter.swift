/// xAPI 1.0.3 statements: one per session (verb `passed`, `failed`, or
/// `terminated` for an abandoned session) and, on request, one `answered`
/// statement per reply. Statement ids are derived from the session id (and
/// the turn's index), so exporting again never makes a duplicate.
public struct XAPIExporter: ReportExporter {
    /// Where the statements point.
    public var options: XAPIOptions
    /// Whether each reply gets its own `answered` statement (`--turns`).
    public var includesTurns: Bool

    /// Creates the exporter.
    public init(options: XAPIOptions, includesTurns: Bool = false) {
        self.options = options
        self.includesTurns = includesTurns
    }

    public var identifier: String { "xapi" }

    /// Statements are written session by session.
    public var isStreaming: Bool { true }

    /// Writes a JSON array with one statement a line.
    public func write<Source: ExportSource>(_ source: Source, to output: (String) -> Void) {
        output("[\n")
        var isFirst = true
        forEachStatement(in: source) { statement in
            output((isFirst ? "" : ",\n") + statement.jsonText)
            isFirst = false
        }
        output(isFirst ? "]\n" : "\n]\n")
    }

    /// Calls `body` with each statement in order: a session's statement,
    /// then (with `includesTurns`) its `answered` statements. The same
    /// statements go to a file and to an LRS.
    public func forEachStatement<Source: ExportSource>(in source: Source, _ body: (JSONValue) -> Void) {
        if includesTurns {
            source.forEachRecord { record in
                body(Self.statement(for: SessionFacts(record), options: options))
                Self.answeredStatements(for: record, options: options).forEach(body)
            }
        } else {
            source.forEachSession { body(Self.statement(for: $0, options: options)) }
        }
    }

    /// The ADL verb IRIs used.
    public enum Verb: String, Sendable, CaseIterable {
        case passed, failed, terminated, answered

        /// The verb's IRI.
        public var iri: String { "http://adlnet.gov/expapi/verbs/\(rawValue)" }
    }

    /// The verb for `session`.
    public static func verb(for session: SessionFacts) -> Verb {
        if session.outcome == .abandoned { return .terminated }
        return session.passed ? .passed : .failed
    }

    /// The stable statement id of a session's statement.
    public static func statementID(session id: String) -> String {
        UUIDText.from(hex: SHA256.hex("lastcall-xapi-session\u{0}\(id)"))
    }

    /// The stable statement id of the `answered` statement for turn `index` (0-based).
    public static func statementID(session id: String, turn index: Int) -> String {
        UUIDText.from(hex: SHA256.hex("lastcall-xapi-turn\u{0}\(id)\u{0}\(index)"))
    }

    /// The session's statement.
    public static func statement(for session: SessionFacts, options: XAPIOptions) -> JSONValue {
        let verb = verb(for: session)
        var extensions: [(String, JSONValue)] = []
        for tally in session.criteria where tally.expected > 0 {
            let rate = JSONReportExporter.rounded(Double(tally.met) / Double(tally.expected), places: 3)
            extensions.append((criterionIRI(tally.criterion, options), .double(rate)))
        }
        var result: [(String, JSONValue)] = [
            ("score", .object([
                ("scaled", .double(Double(min(max(session.score, 0), 100)) / 100)),
                ("raw", .int(session.score)), ("min", .int(0)), ("max", .int(100)),
            ])),
            ("success", .bool(session.passed)),
            ("completion", .bool(session.outcome != .abandoned)),
            ("duration", .string(duration(seconds: session.durationSeconds))),
        ]
        // What the reports need to read the session back (see +SessionExtensions).
        extensions += sessionExtensions(session, options)
        result.append(("extensions", .object(extensions)))
        return .object([
            ("id", .string(statementID(session: session.id))),
            ("actor", actor(session.trainee, options)),
            ("verb", .object([("id", .string(verb.iri)), ("display", .object([("en-US", .string(verb.rawValue))]))])),
            ("object", scenarioActivity(session, options)),
            ("result", .object(result)),
            ("context", .object([
                ("registration", .string(registration(session.id))),
                ("platform", .string("Last Call")),
                // The activity base as a grouping activity: the handle a read-back query filters by.
                ("contextActivities", .object([("grouping", .array([.object([("objectType", .string("Activity")), ("id", .string(options.activityBase))])]))])),
                ("extensions", .object([
                    (extensionIRI("session-id", options), .string(session.id)),
                    (extensionIRI("outcome", options), .string(session.outcome.rawValue)),
                    (extensionIRI("level", options), .int(session.level)),
                    (extensionIRI("pass-mark", options), .int(session.passMark)),
                ])),
            ])),
            ("timestamp", .string(session.endedAt)),
        ])
    }

    /// One `answered` statement per reply of `record`, in turn order.
    public static func answeredStatements(for record: SessionRecord, options: XAPIOptions) -> [JSONValue] {
        let session = SessionFacts(record)
        return record.turns.enumerated().map { index, turn in
            let stepIRI = activityIRI(session.scenario, options) + "/steps/" + percentEncoded(turn.step)
            return .object([
                ("id", .string(statementID(session: session.id, turn: index))),
                ("actor", actor(session.trainee, options)),
                ("verb", .object([("id", .string(Verb.answered.iri)), ("display", .object([("en-US", .string("answered"))]))])),
                ("object", .object([
                    ("objectType", .string("Activity")),
                    ("id", .string(stepIRI)),
                    ("definition", .object([
                        ("name", .object([("en-US", .string(turn.step))])),
                        ("description", .object([("en-US", .string(turn.customer))])),
                        ("type", .string("http://adlnet.gov/expapi/activities/interaction")),
                    ])),
                ])),
                ("result", .object([
                    ("success", .bool(turn.missed.isEmpty)),
                    ("response", .string(turn.reply)),
                    ("extensions", .object([
                        (extensionIRI("met", options), .array(turn.met.map { .string($0.rawValue) })),
                        (extensionIRI("missed", options), .array(turn.missed.map { .string($0.rawValue) })),
                        (extensionIRI("turn", options), .int(index + 1)),
                    ])),
                ])),
                ("context", .object([
                    ("registration", .string(registration(session.id))),
                    ("platform", .string("Last Call")),
                    ("contextActivities", .object([("parent", .array([scenarioActivity(session, options)]))])),
                ])),
                ("timestamp", .string(session.endedAt)),
            ])
        }
    }

    /// `seconds` as an ISO 8601 duration: `PT4M12S`, `PT1H0M5S`, `PT0S`.
    public static func duration(seconds: Int) -> String {
        let total = max(0, seconds)
        let hours = total / 3600, minutes = total % 3600 / 60, rest = total % 60
        if hours > 0 { return "PT\(hours)H\(minutes)M\(rest)S" }
        if minutes > 0 { return "PT\(minutes)M\(rest)S" }
        return "PT\(rest)S"
    }

    /// The IRI of a scenario's activity.
    public static func activityIRI(_ scenario: String, _ options: XAPIOptions) -> String {
        options.activityBase + "/scenarios/" + percentEncoded(scenario)
    }

    /// The result-extension IRI of a criterion's rate.
    public static func criterionIRI(_ criterion: CriterionID, _ options: XAPIOptions) -> String {
        options.activityBase + "/extensions/criteria/" + percentEncoded(criterion.rawValue)
    }

    private static func extensionIRI(_ name: String, _ options: XAPIOptions) -> String {
        options.activityBase + "/extensions/" + name
    }

    private static func registration(_ sessionID: String) -> String {
        UUIDText.from(hex: SHA256.hex("lastcall-xapi-registration\u{0}\(sessionID)"))
    }

    private static func actor(_ trainee: String, _ options: XAPIOptions) -> JSONValue {
        .object([
            ("objectType", .string("Agent")),
            ("account", .object([("homePage", .string(options.actorHomePage)), ("name", .string(trainee))])),
        ])
    }

    private static func scenarioActivity(_ session: SessionFacts, _ options: XAPIOptions) -> JSONValue {
        .object([
            ("objectType", .string("Activity")),
            ("id", .string(activityIRI(session.scenario, options))),
            ("definition", .object([
                ("name", .object([("en-US", .string(session.scenarioTitle))])),
                ("type", .string("http://adlnet.gov/expapi/activities/simulation")),
            ])),
        ])
    }

    /// `text` with every byte outside RFC 3986's unreserved set percent-encoded.
    public static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
