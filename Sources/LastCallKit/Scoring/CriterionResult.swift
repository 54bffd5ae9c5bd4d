/// How one reply fared on one criterion.
public struct CriterionResult: Sendable, Hashable {
    /// The criterion.
    public var id: CriterionID
    /// Whether the reply meets it. For no-blame, true means the reply blames
    /// no one and does not duck the problem.
    public var met: Bool
    /// The reply's own words that decided it, exactly as typed: what met it
    /// (or, for no-blame, the blaming words when missed).
    public var evidence: [String]
    /// For time-frame: the time committed to ("by 4pm"), else nil.
    public var when: String?
    /// Every phrase that fired, with what overruled it.
    public var fired: [PhraseFiring]
    /// For time-frame scored against a clock: the due time the words
    /// commit to (see ``ReplyScorer/Session/clock``), else nil.
    public var due: LocalDateTime?
    /// For time-frame scored against a clock: the promise a conversation
    /// follows through (see ``PromisedTime``), else nil. Not part of the
    /// score's output, which gives ``due``.
    public var promise: PromisedTime?

    /// Creates a result.
    public init(id: CriterionID, met: Bool, evidence: [String], when: String? = nil, fired: [PhraseFiring] = [], due: LocalDateTime? = nil,
                promise: PromisedTime? = nil) {
        self.id = id
        self.met = met
        self.evidence = evidence
        self.when = when
        self.fired = fired
        self.due = due
        self.promise = promise
    }
}
