/// One flagged turn waiting for a trainer: the session it came from, the
/// exchange, and every flag the trainee raised on it.
public struct ReviewItem: Sendable, Hashable {
    /// The session's id.
    public var sessionID: String
    /// The trainee.
    public var trainee: String
    /// The scenario's id.
    public var scenario: String
    /// When the session started (UTC ISO 8601).
    public var startedAt: String
    /// The turn, counted from 1.
    public var turnNumber: Int
    /// The exchange: the customer's line and the reply.
    public var turn: Turn
    /// The flags raised on this turn, in the order raised.
    public var flags: [Flag]

    /// Creates an item.
    public init(sessionID: String, trainee: String, scenario: String, startedAt: String, turnNumber: Int, turn: Turn, flags: [Flag]) {
        self.sessionID = sessionID
        self.trainee = trainee
        self.scenario = scenario
        self.startedAt = startedAt
        self.turnNumber = turnNumber
        self.turn = turn
        self.flags = flags
    }

    /// What identifies the turn across runs: the session id and turn number.
    public var key: String { ReviewItem.key(session: sessionID, turn: turnNumber) }

    /// The key for turn `turn` of session `session`.
    public static func key(session: String, turn: Int) -> String { "\(session) turn \(turn)" }

    /// The criteria the trainee disputed (nil in the list: the whole verdict).
    public var disputed: [CriterionID?] { flags.map(\.criterion) }

    /// The labels file's source cell for a decision on this item. It holds
    /// the key, so the next review knows the flag is done.
    public func source(reviewedOn date: String) -> String {
        "review of \(trainee)'s session \(key) (\(scenario), reviewed \(date))"
    }

    /// The key held in a labels file's source cell, or nil when the line did
    /// not come from a review.
    public static func key(inSource source: String) -> String? {
        guard let start = source.range(of: "'s session ") else { return nil }
        let rest = source[start.upperBound...]
        let words = rest.split(separator: " ", maxSplits: 3)
        guard words.count >= 3, words[1] == "turn" else { return nil }
        let number = words[2].prefix(while: \.isNumber)
        guard !number.isEmpty else { return nil }
        return "\(words[0]) turn \(number)"
    }
}
