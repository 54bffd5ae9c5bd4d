/// The scorer's verdict on one reply, as the engine needs it: for every
/// criterion whether it was met, and the words that decided it.
public struct TurnVerdict: Sendable, Hashable {
    /// Whether each criterion was met (for `no-blame`: the reply did not
    /// blame or duck).
    public var met: [String: Bool]
    /// The words quoted from the reply that decided each criterion.
    public var evidence: [String: [String]]

    /// Creates a verdict.
    public init(met: [String: Bool], evidence: [String: [String]] = [:]) {
        self.met = met
        self.evidence = evidence
    }

    /// Whether `criterion` was met; unknown criteria count as missed.
    public func isMet(_ criterion: String) -> Bool { met[criterion] ?? false }
}
