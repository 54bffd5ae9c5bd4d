/// One reply a person has labelled: for each criterion they decided, whether
/// the reply meets it (for `no-blame`, `true` means it blames no one), with
/// where the line came from, so a disagreement can point at it.
public struct LabelledReply: Sendable, Hashable {
    /// The reply as the trainee or the labeller wrote it.
    public var reply: String
    /// The decided criteria: met or not. A criterion left out was not decided.
    public var labels: [CriterionID: Bool]
    /// Criteria the scorer is known to get wrong on this reply: a
    /// disagreement there is counted and warned about, not an error.
    public var knownMisses: Set<CriterionID>
    /// Where the label came from ("written to the guide", "review of sam's
    /// session ... turn 2").
    public var source: String
    /// The line of the labels file it was read from.
    public var location: SourceLocation

    /// Creates a labelled reply.
    public init(reply: String, labels: [CriterionID: Bool], knownMisses: Set<CriterionID> = [], source: String = "",
                location: SourceLocation) {
        self.reply = reply
        self.labels = labels
        self.knownMisses = knownMisses
        self.source = source
        self.location = location
    }

    /// The label for `criterion` in the guide's positive class: met for
    /// every criterion but `no-blame`, where the positive class is "blamed".
    public func positive(_ criterion: CriterionID) -> Bool? {
        labels[criterion].map { Self.positive(criterion, met: $0) }
    }

    /// Turns "met" into the guide's positive class for `criterion`.
    public static func positive(_ criterion: CriterionID, met: Bool) -> Bool {
        criterion == .noBlame ? !met : met
    }
}
