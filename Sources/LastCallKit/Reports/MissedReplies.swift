/// A trainee's replies that missed each criterion, the latest few kept per
/// criterion with a count of all, as full session records stream past in
/// the order played. Memory stays bounded however many sessions there are.
public struct MissedReplies: Sendable {
    /// The most replies kept per criterion.
    public let capacity: Int
    private var windows: [CriterionID: RecentWindow<MissedReply>] = [:]
    private var counts: [CriterionID: Int] = [:]
    /// How many sessions with at least one reply were added.
    public private(set) var sessionsWithReplies = 0

    /// Creates an empty collection keeping `capacity` replies per criterion.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// Adds the missed replies of `record`, later than every one added before.
    public mutating func add(_ record: SessionRecord) {
        if !record.turns.isEmpty { sessionsWithReplies += 1 }
        for (index, turn) in record.turns.enumerated() {
            for criterion in turn.missed {
                let missed = MissedReply(date: String(record.startedAt.prefix(10)), scenario: record.scenario,
                                         scenarioTitle: record.scenarioTitle, turn: index + 1, customer: turn.customer,
                                         reply: turn.reply, criterion: criterion, evidence: turn.evidence[criterion] ?? [])
                windows[criterion, default: RecentWindow(capacity: capacity)].append(missed)
                counts[criterion, default: 0] += 1
            }
        }
    }

    /// How many replies missed `criterion` in all.
    public func count(_ criterion: CriterionID) -> Int { counts[criterion] ?? 0 }

    /// The latest replies that missed `criterion`, newest first.
    public func latest(_ criterion: CriterionID) -> [MissedReply] {
        (windows[criterion]?.elements ?? []).reversed()
    }

    /// Whether no reply missed anything.
    public var isEmpty: Bool { counts.isEmpty }
}
