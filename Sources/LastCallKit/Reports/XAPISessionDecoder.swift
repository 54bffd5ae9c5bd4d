/// Rebuilds a session's `SessionFacts` from its xAPI statement as
/// `XAPIExporter.statement(for:options:)` wrote it, so reports can read the
/// sessions back from a learning record store.
///
/// Statements that are not a Last Call session under the activity base
/// (another tool's, or an `answered` statement) are `.notASession`; a
/// session statement that lacks a fact the reports need (one exported before
/// the read-back extensions existed, or cut by the LRS) is `.incomplete`.
public struct XAPISessionDecoder: Sendable {
    /// What decoding one statement gave.
    public enum Result: Sendable, Equatable {
        /// A session, as the progress file had it.
        case session(SessionFacts)
        /// Not a Last Call session statement under this activity base.
        case notASession
        /// A session statement missing `what` (the statement's id, if any, in `id`).
        case incomplete(id: String, what: String)
    }

    /// The IRIs the statements were written with.
    public var options: XAPIOptions

    /// A decoder for statements written with `options`.
    public init(options: XAPIOptions) {
        self.options = options
    }

    /// Decodes `statement`.
    public func decode(_ statement: JSONValue) -> Result {
        let verbs = [XAPIExporter.Verb.passed, .failed, .terminated].map { JSONValue.string($0.iri) }
        guard let verb = statement["verb"]?["id"], verbs.contains(verb),
              case .string(let object)? = statement["object"]?["id"],
              object.hasPrefix(options.activityBase + "/scenarios/") else { return .notASession }
        let id: String
        if case .string(let text)? = statement["id"] { id = text } else { id = "(no id)" }
        let result = statement["result"]?["extensions"]
        let context = statement["context"]?["extensions"]
        func string(_ value: JSONValue?) -> String? {
            if case .string(let text)? = value { return text }
            return nil
        }
        func int(_ value: JSONValue?) -> Int? {
            switch value {
            case .int(let number)?: return number
            // An LRS may hand whole numbers back as 72.0.
            case .double(let number)? where number == number.rounded() && abs(number) < 1e15: return Int(number)
            default: return nil
            }
        }
        func extensionIRI(_ name: String) -> String { options.activityBase + "/extensions/" + name }
        func field(_ name: XAPIExporter.SessionExtension) -> JSONValue? {
            result?[XAPIExporter.sessionExtensionIRI(name, options)]
        }

        guard let sessionID = string(context?[extensionIRI("session-id")]) else { return .incomplete(id: id, what: "the session-id extension") }
        guard let trainee = string(statement["actor"]?["account"]?["name"]) else { return .incomplete(id: id, what: "the actor's account name") }
        guard let scenario = string(field(.scenario)) else { return .incomplete(id: id, what: "the scenario extension") }
        let title = string(statement["object"]?["definition"]?["name"]?["en-US"]) ?? scenario
        guard let level = int(field(.level)) else { return .incomplete(id: id, what: "the level extension") }
        guard let startedAt = string(field(.startedAt)) else { return .incomplete(id: id, what: "the started-at extension") }
        guard let endedAt = string(field(.endedAt)) else { return .incomplete(id: id, what: "the ended-at extension") }
        guard let duration = int(field(.durationSeconds)) else { return .incomplete(id: id, what: "the duration-seconds extension") }
        guard let outcomeText = string(context?[extensionIRI("outcome")]), let outcome = SessionOutcome(rawValue: outcomeText) else {
            return .incomplete(id: id, what: "a known outcome extension")
        }
        guard let score = int(statement["result"]?["score"]?["raw"]) else { return .incomplete(id: id, what: "result.score.raw") }
        guard let passMark = int(context?[extensionIRI("pass-mark")]) else { return .incomplete(id: id, what: "the pass-mark extension") }
        guard case .bool(let passed)? = statement["result"]?["success"] else { return .incomplete(id: id, what: "result.success") }
        guard case .array(let counts)? = field(.criterionCounts) else { return .incomplete(id: id, what: "the criterion-counts extension") }
        var criteria: [CriterionTally] = []
        for count in counts {
            guard let name = string(count["criterion"]), let criterion = CriterionID(rawValue: name), let met = int(count["met"]), let expected = int(count["expected"]) else {
                return .incomplete(id: id, what: "a criterion count with a known criterion, met and expected")
            }
            criteria.append(CriterionTally(criterion: criterion, met: met, expected: expected))
        }
        var facts = SessionFacts(id: sessionID, trainee: trainee, scenario: scenario, scenarioTitle: title, level: level,
                                 startedAt: startedAt, endedAt: endedAt, durationSeconds: duration, outcome: outcome,
                                 score: score, passMark: passMark, passed: passed, criteria: criteria)
        // Both are absent from statements exported before they existed:
        // the reply count is then unknown, and there were no promises.
        if let value = field(.replies) {
            guard let replies = int(value), replies >= 0 else { return .incomplete(id: id, what: "a whole number in the replies extension") }
            facts.replies = replies
        }
        if let value = field(.promiseCounts) {
            guard let kept = int(value["kept"]), let judged = int(value["judged"]), kept >= 0, kept <= judged else {
                return .incomplete(id: id, what: "the promise-counts extension's kept and judged")
            }
            facts.promises = PromiseTally(kept: kept, judged: judged)
        }
        if let value = field(.focus) {
            guard case .array(let names) = value else { return .incomplete(id: id, what: "a list in the focus extension") }
            var focus: [CriterionID] = []
            for name in names {
                guard let text = string(name), let criterion = CriterionID(rawValue: text) else {
                    return .incomplete(id: id, what: "known criteria in the focus extension")
                }
                focus.append(criterion)
            }
            facts.focus = focus
        }
        return .session(facts)
    }
}
