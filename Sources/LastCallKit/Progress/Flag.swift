/// A trainee's dispute of the scorer's verdict on one of their replies,
/// raised with `/flag` while playing: which turn, which criterion (or the
/// whole verdict), why, and what the scorer said at the time, so a trainer
/// reviewing it later sees the verdict the trainee saw.
public struct Flag: Sendable, Hashable {
    /// The most flags one session keeps. A flag carries its note (capped
    /// like a reply) and the verdict's evidence (quotes of a capped reply),
    /// so 30 keep the session's line far below
    /// `SessionRecord.maximumLineLength`, with room for the turns.
    public static let maximumPerSession = 30
    /// The turn disputed, counted from 1.
    public var turn: Int
    /// The criterion disputed, or nil for the whole verdict.
    public var criterion: CriterionID?
    /// The trainee's reason, or nil.
    public var note: String?
    /// The scorer's verdict when flagged: met or not per criterion (the one
    /// disputed, or every criterion scored for the whole verdict), in rubric
    /// order. For `no-blame`, met means the reply blamed no one.
    public var verdict: [(criterion: String, met: Bool)]
    /// The words that decided each criterion in `verdict`.
    public var evidence: [String: [String]]

    /// Creates a flag.
    public init(turn: Int, criterion: CriterionID?, note: String?, verdict: [(criterion: String, met: Bool)], evidence: [String: [String]] = [:]) {
        self.turn = turn
        self.criterion = criterion
        self.note = note
        self.verdict = verdict
        self.evidence = evidence
    }

    public static func == (lhs: Flag, rhs: Flag) -> Bool {
        lhs.turn == rhs.turn && lhs.criterion == rhs.criterion && lhs.note == rhs.note && lhs.evidence == rhs.evidence
            && lhs.verdict.map(\.criterion) == rhs.verdict.map(\.criterion) && lhs.verdict.map(\.met) == rhs.verdict.map(\.met)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(turn)
        hasher.combine(criterion)
        hasher.combine(note)
        for item in verdict {
            hasher.combine(item.criterion)
            hasher.combine(item.met)
        }
    }
}
