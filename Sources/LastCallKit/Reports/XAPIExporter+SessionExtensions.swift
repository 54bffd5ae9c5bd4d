/// The result extensions that let a session's statement stand in for its
/// progress-file line: with them, `XAPISessionDecoder` rebuilds the same
/// `SessionFacts` the reports read from a folder, so a report read back from
/// a learning record store matches the report from the folder.
extension XAPIExporter {
    /// The names (after `ACTIVITY-BASE/extensions/`) of the read-back
    /// result extensions, documented in the README.
    public enum SessionExtension: String, Sendable, CaseIterable {
        /// The scenario's id (the activity IRI only carries it percent-encoded).
        case scenario
        /// The scenario's level when played.
        case level
        /// Start, UTC ISO 8601, as recorded (an LRS may rewrite `timestamp`).
        case startedAt = "started-at"
        /// End, same form.
        case endedAt = "ended-at"
        /// Seconds from start to end, exactly.
        case durationSeconds = "duration-seconds"
        /// Per criterion of the scenario, in the record's order:
        /// `[{"criterion": ID, "met": N, "expected": N}]`.
        case criterionCounts = "criterion-counts"
        /// How many replies the trainee gave (0: left before any reply).
        case replies
        /// The promises judged: `{"kept": N, "judged": N}`.
        case promiseCounts = "promise-counts"
        /// The criteria the scenario was built to train: `["apology", ...]`;
        /// present only when it named a focus.
        case focus
    }

    /// The IRI of a read-back extension.
    public static func sessionExtensionIRI(_ name: SessionExtension, _ options: XAPIOptions) -> String {
        options.activityBase + "/extensions/" + name.rawValue
    }

    /// The read-back result extensions of `session`, in a fixed order.
    static func sessionExtensions(_ session: SessionFacts, _ options: XAPIOptions) -> [(String, JSONValue)] {
        [
            (sessionExtensionIRI(.scenario, options), .string(session.scenario)),
            (sessionExtensionIRI(.level, options), .int(session.level)),
            (sessionExtensionIRI(.startedAt, options), .string(session.startedAt)),
            (sessionExtensionIRI(.endedAt, options), .string(session.endedAt)),
            (sessionExtensionIRI(.durationSeconds, options), .int(session.durationSeconds)),
            (sessionExtensionIRI(.criterionCounts, options), .array(session.criteria.map {
                .object([("criterion", .string($0.criterion.rawValue)), ("met", .int($0.met)), ("expected", .int($0.expected))])
            })),
        ] + (session.replies.map { [(sessionExtensionIRI(.replies, options), JSONValue.int($0))] } ?? []) + [
            (sessionExtensionIRI(.promiseCounts, options), .object([("kept", .int(session.promises.kept)),
                                                                     ("judged", .int(session.promises.judged))])),
        ] + (session.focus.isEmpty ? [] : [(sessionExtensionIRI(.focus, options), .array(session.focus.map { .string($0.rawValue) }))])
    }
}
