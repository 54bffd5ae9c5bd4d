/// The facts of one session that reports use: a session record without its
/// turns and highlights, small enough to stream hundreds of thousands.
public struct SessionFacts: Sendable, Hashable {
    /// The session's stable id.
    public var id: String
    /// The trainee, from the record (never from the file name).
    public var trainee: String
    /// The scenario id.
    public var scenario: String
    /// The scenario's title when played.
    public var scenarioTitle: String
    /// The scenario's level when played.
    public var level: Int
    /// Start, UTC ISO 8601.
    public var startedAt: String
    /// End, UTC ISO 8601.
    public var endedAt: String
    /// Seconds from start to end.
    public var durationSeconds: Int
    /// How it ended.
    public var outcome: SessionOutcome
    /// The score, 0-100.
    public var score: Int
    /// The pass mark in force.
    public var passMark: Int
    /// Whether it passed.
    public var passed: Bool
    /// Per criterion: times met and expected.
    public var criteria: [CriterionTally]
    /// The criterion each `/flag` of the session disputed (nil: the whole
    /// verdict), in order.
    public var flaggedCriteria: [CriterionID?] = []
    /// When the scenario's answer was truly available (the record's
    /// `ready`); nil when it had none or the record predates it.
    public var ready: LocalDateTime?
    /// The scenario's focus criteria when played (the record's `focus`);
    /// empty when it named none.
    public var focus: [CriterionID] = []
    /// How many replies the trainee gave (the record's turns), or nil when
    /// not known (a statement read back without the `replies` extension).
    public var replies: Int?
    /// The session's promises judged kept or broken.
    public var promises = PromiseTally()

    /// Creates a summary.
    public init(id: String, trainee: String, scenario: String, scenarioTitle: String, level: Int, startedAt: String,
                endedAt: String, durationSeconds: Int, outcome: SessionOutcome, score: Int, passMark: Int, passed: Bool,
                criteria: [CriterionTally]) {
        self.id = id
        self.trainee = trainee
        self.scenario = scenario
        self.scenarioTitle = scenarioTitle
        self.level = level
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.durationSeconds = durationSeconds
        self.outcome = outcome
        self.score = score
        self.passMark = passMark
        self.passed = passed
        self.criteria = criteria
    }

    /// The summary of a full record.
    public init(_ record: SessionRecord) {
        self.init(id: record.id, trainee: record.trainee, scenario: record.scenario, scenarioTitle: record.scenarioTitle,
                  level: record.level, startedAt: record.startedAt, endedAt: record.endedAt,
                  durationSeconds: record.durationSeconds, outcome: record.outcome, score: record.score,
                  passMark: record.passMark, passed: record.passed, criteria: record.criteria)
        flaggedCriteria = record.flags.map(\.criterion)
        ready = record.ready
        focus = record.focus
        replies = record.turns.count
        promises = record.promiseTally
    }

    /// Whether the trainee left before giving any reply: such a session is
    /// kept and counted as abandoned, but left out of score averages and trends.
    public var isUnanswered: Bool { replies == 0 }

    /// The tally for `criterion`, or nil when the session did not score it.
    public func tally(_ criterion: CriterionID) -> CriterionTally? {
        criteria.first(where: { $0.criterion == criterion })
    }

    /// The start date, `YYYY-MM-DD`.
    public var date: String { String(startedAt.prefix(10)) }
}
