/// One practice session as stored in a trainee's progress file: everything
/// the end card showed, plus the turns, the scenario's content hash and the
/// seed, so a manager's numbers can be traced and a session replayed.
public struct SessionRecord: Sendable, Hashable {
    /// The record format's version.
    public static let formatVersion = 1

    /// A stable id derived from the session (trainee, scenario, start, seed).
    public var id: String
    /// The trainee's id.
    public var trainee: String
    /// The scenario's id.
    public var scenario: String
    /// The scenario's title when played.
    public var scenarioTitle: String
    /// The scenario's level when played.
    public var level: Int
    /// SHA-256 of the scenario file's bytes when played.
    public var scenarioHash: String
    /// The seed the variant lines came from.
    public var seed: UInt64
    /// When the session started, as UTC ISO 8601 (`2026-11-25T09:30:00Z`).
    public var startedAt: String
    /// When it ended, same form.
    public var endedAt: String
    /// Seconds from start to end.
    public var durationSeconds: Int
    /// How it ended.
    public var outcome: SessionOutcome
    /// Why, when not by the script: `hung-up`, `turn-cap`, `abandoned`.
    public var endReason: String?
    /// The score, 0-100.
    public var score: Int
    /// The pass mark in force.
    public var passMark: Int
    /// Whether it passed.
    public var passed: Bool
    /// The customer's mood at the start and the end.
    public var moodStart: Int
    /// The customer's mood at the end.
    public var moodEnd: Int
    /// Step ids visited.
    public var path: [String]
    /// Per criterion of the scenario: times met and expected.
    public var criteria: [CriterionTally]
    /// Every exchange.
    public var turns: [Turn]
    /// The best reply, with why.
    public var best: TurnHighlight?
    /// The weakest reply, with why.
    public var weakest: TurnHighlight?
    /// The rubric's tips for what was missed, per criterion.
    public var tips: [CriterionTip]
    /// A reply the trainee had begun but not sent when the session was cut
    /// off (a signal, a closed terminal), kept so no typed word is lost. It
    /// was never scored.
    public var unfinishedReply: String?
    /// The trainee's disputes of the scorer's verdicts (`/flag`), in the
    /// order raised; empty in records written before flags existed.
    public var flags: [Flag] = []
    /// The contacts of the session, each with its simulated start time and
    /// the steps played in it; empty in records written before contacts
    /// existed (every session since has at least one).
    public var contacts: [Contact] = []
    /// The promises the trainee made, with their due times and whether they
    /// were kept; empty in records written before promises were tracked.
    public var promises: [Promise] = [] {
        didSet { promiseTally = Self.tally(of: promises) }
    }
    /// The promises judged kept or broken, counted from `promises` (none in
    /// records written before promises were tracked); reports read this.
    public var promiseTally = PromiseTally()

    /// How many of `promises` were judged, and how many of those kept.
    static func tally(of promises: [Promise]) -> PromiseTally {
        promises.reduce(into: PromiseTally()) { tally, promise in
            if let kept = promise.kept { tally.add(kept: kept) }
        }
    }

    /// When the scenario's answer was truly available (its `ready`), so a
    /// card rebuilt from the record can say why a promise was broken; nil
    /// when the scenario has none, and in records written before it was kept.
    public var ready: LocalDateTime?
    /// The criteria the scenario was built to train (its `focus`) when
    /// played; empty when it named none or the record predates focus.
    public var focus: [CriterionID] = []

    /// Creates a record.
    public init(id: String, trainee: String, scenario: String, scenarioTitle: String, level: Int, scenarioHash: String,
                seed: UInt64, startedAt: String, endedAt: String, durationSeconds: Int, outcome: SessionOutcome,
                endReason: String?, score: Int, passMark: Int, passed: Bool, moodStart: Int, moodEnd: Int,
                path: [String], criteria: [CriterionTally], turns: [Turn], best: TurnHighlight?, weakest: TurnHighlight?,
                tips: [CriterionTip], flags: [Flag] = [], unfinishedReply: String? = nil,
                contacts: [Contact] = [], promises: [Promise] = [], ready: LocalDateTime? = nil,
                focus: [CriterionID] = []) {
        self.focus = focus
        self.contacts = contacts
        self.promises = promises
        self.ready = ready
        self.promiseTally = Self.tally(of: promises)
        self.id = id
        self.trainee = trainee
        self.scenario = scenario
        self.scenarioTitle = scenarioTitle
        self.level = level
        self.scenarioHash = scenarioHash
        self.seed = seed
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.durationSeconds = durationSeconds
        self.outcome = outcome
        self.endReason = endReason
        self.score = score
        self.passMark = passMark
        self.passed = passed
        self.moodStart = moodStart
        self.moodEnd = moodEnd
        self.path = path
        self.criteria = criteria
        self.turns = turns
        self.best = best
        self.weakest = weakest
        self.tips = tips
        self.unfinishedReply = unfinishedReply
        self.flags = flags
    }

    /// The id for a session: a UUID-shaped string from a SHA-256 of its
    /// defining facts, so the same session always gets the same id.
    public static func makeID(trainee: String, scenario: String, startedAt: String, seed: UInt64) -> String {
        let digest = SHA256.hex("lastcall-session\u{0}\(trainee)\u{0}\(scenario)\u{0}\(startedAt)\u{0}\(seed)")
        return UUIDText.from(hex: digest)
    }

    /// The tally for `criterion`, or nil when the scenario did not score it.
    public func tally(_ criterion: CriterionID) -> CriterionTally? {
        criteria.first(where: { $0.criterion == criterion })
    }
}
