/// The scorer's verdict on one reply: one result per criterion, in the
/// order apology, ownership, time-frame, no-blame, name-and-number.
public struct ReplyScore: Sendable, Hashable {
    /// The reply as given.
    public var reply: String
    /// One result per criterion of the rubric.
    public var results: [CriterionResult]
    /// The simulated clock the reply was scored against (`score --clock`),
    /// else nil; with it, time-frame's result has a `due` time.
    public var clock: LocalDateTime?

    /// Creates a score.
    public init(reply: String, results: [CriterionResult], clock: LocalDateTime? = nil) {
        self.reply = reply
        self.results = results
        self.clock = clock
    }

    /// The result for `id`, if the rubric scored it.
    public subscript(id: CriterionID) -> CriterionResult? { results.first { $0.id == id } }

    /// The criteria the reply meets.
    public var metCriteria: Set<CriterionID> { Set(results.filter(\.met).map(\.id)) }
}
