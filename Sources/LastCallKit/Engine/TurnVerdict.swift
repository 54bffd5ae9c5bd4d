/// The scorer's verdict on one reply, as the engine needs it: for every
/// criterion whether it was met, and the words that decided it.
public struct TurnVerdict: Sendable, Hashable {
    /// Whether each criterion was met (for `no-blame`: the reply did not
    /// blame or duck).
    public var met: [CriterionID: Bool]
    /// The words quoted from the reply that decided each criterion.
    public var evidence: [CriterionID: [String]]

    /// The due time of the promise the reply makes, when it was scored
    /// against a simulated clock and names a concrete time (see
    /// ``PromisedTime``: a time named beside "now" is the promise).
    public var due: LocalDateTime?
    /// The words of that commitment ("by 4pm today").
    public var promise: String?
    /// Whether the promise is only an act done at once ("I'll add the
    /// credit right now"), which does not replace an open promise.
    public var isImmediate: Bool

    /// Creates a verdict.
    public init(met: [CriterionID: Bool], evidence: [CriterionID: [String]] = [:], due: LocalDateTime? = nil, promise: String? = nil,
                isImmediate: Bool = false) {
        self.met = met
        self.evidence = evidence
        self.due = due
        self.promise = promise
        self.isImmediate = isImmediate
    }

    /// Whether `criterion` was met; a criterion the verdict does not hold counts as missed.
    public func isMet(_ criterion: CriterionID) -> Bool { met[criterion] ?? false }

    /// Whether the criterion named `id` was met; a name that is no criterion counts as missed
    /// (a scenario's branch conditions name criteria as text).
    public func isMet(named id: String) -> Bool { CriterionID(rawValue: id).map(isMet) ?? false }
}
