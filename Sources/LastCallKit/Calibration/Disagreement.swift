/// One reply on which the scorer and a label differ on one criterion, with
/// what the scorer saw, so a trainer can tell a wrong label from a wrong rule.
public struct Disagreement: Sendable, Hashable {
    /// The labelled reply.
    public var labelled: LabelledReply
    /// The criterion they differ on.
    public var criterion: CriterionID
    /// What the label says: met (for `no-blame`, blames no one).
    public var expected: Bool
    /// The words that decided the scorer's verdict.
    public var evidence: [String]
    /// Every rubric phrase that fired, with what overruled it.
    public var fired: [PhraseFiring]
    /// Whether the line marks this criterion as a known miss.
    public var isKnownMiss: Bool { labelled.knownMisses.contains(criterion) }

    /// Creates a disagreement.
    public init(labelled: LabelledReply, criterion: CriterionID, expected: Bool, evidence: [String], fired: [PhraseFiring]) {
        self.labelled = labelled
        self.criterion = criterion
        self.expected = expected
        self.evidence = evidence
        self.fired = fired
    }

    /// The scorer's verdict: the opposite of the label.
    public var scorerSays: Bool { !expected }

    /// The rule that decided: the phrase that stood (or, when nothing
    /// stood, the one that was overruled and why), or nil when no phrase
    /// of this criterion fired at all.
    public var decidingRule: String? {
        if let standing = fired.first(where: \.stands) {
            return "phrase '\(standing.phrase)' matched \"\(standing.words)\""
        }
        if let overruled = fired.first {
            return "phrase '\(overruled.phrase)' matched \"\(overruled.words)\" but was overruled: \(overruled.overruledBy ?? "")"
        }
        return nil
    }

    /// "met"/"missed" for `met`.
    public static func word(_ met: Bool) -> String { met ? "met" : "missed" }
}
