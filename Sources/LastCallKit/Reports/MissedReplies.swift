/// A trainee's replies that missed each criterion, the latest few kept per
/// criterion with a count of all, as sessions (their missed replies, or
/// full records) stream past in the order played. Memory stays bounded
/// however many sessions there are.
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
        add(SessionReplies(record))
    }

    /// Adds the missed replies of a session (read from its line with
    /// `SessionReplies(line:)`), later than every one added before.
    public mutating func add(_ session: SessionReplies) {
        if session.facts.replies ?? 0 > 0 { sessionsWithReplies += 1 }
        for missed in session.missed {
            windows[missed.criterion, default: RecentWindow(capacity: capacity)].append(missed)
            counts[missed.criterion, default: 0] += 1
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
