/// What the missed-replies sections need from one session record: its
/// facts and each reply that missed a criterion, without the rest of the
/// turns. `SessionReplies(line:)` reads it straight from a progress-file
/// line, taking exactly the lines the full decoder takes, so the HTML
/// export and `progress --replies` decode only these few fields of the
/// sessions they show.
public struct SessionReplies: Sendable, Hashable {
    /// The session's facts (trainee, dates, scenario, reply count, ...).
    public var facts: SessionFacts
    /// Each reply that missed a criterion, in turn order, and within a
    /// turn in the order its `missed` list names them (a reply that missed
    /// two criteria appears twice, once per criterion).
    public var missed: [MissedReply]

    /// Creates the replies of a session.
    public init(facts: SessionFacts, missed: [MissedReply]) {
        self.facts = facts
        self.missed = missed
    }

    /// The missed replies of a full record.
    public init(_ record: SessionRecord) {
        let facts = SessionFacts(record)
        var missed: [MissedReply] = []
        for (index, turn) in record.turns.enumerated() {
            for criterion in turn.missed {
                missed.append(Self.reply(facts, turn: index + 1, customer: turn.customer, reply: turn.reply,
                                         criterion: criterion, evidence: turn.evidence[criterion] ?? []))
            }
        }
        self.init(facts: facts, missed: missed)
    }

    /// The trainee, from the record.
    public var trainee: String { facts.trainee }
    /// Start, UTC ISO 8601.
    public var startedAt: String { facts.startedAt }

    /// One missed reply of the session whose facts are `facts`.
    static func reply(_ facts: SessionFacts, turn: Int, customer: String, reply: String, criterion: CriterionID,
                      evidence: [String]) -> MissedReply {
        MissedReply(date: facts.date, scenario: facts.scenario, scenarioTitle: facts.scenarioTitle, turn: turn,
                    customer: customer, reply: reply, criterion: criterion, evidence: evidence)
    }
}
