/// Two people's labels of the same replies compared, criterion by
/// criterion: the human ceiling the scorer's figures are read against.
/// Replies are paired by their text (after trimming and case folding), so
/// the two files may list them in any order.
public struct RaterComparison: Sendable {
    /// Replies found in both files.
    public var paired: Int
    /// Replies of the first file with no partner in the second.
    public var onlyFirst: [LabelledReply]
    /// Replies of the second file with no partner in the first.
    public var onlySecond: [LabelledReply]
    /// Each criterion's table, the first rater as the reference.
    public var criteria: [(id: CriterionID, figures: AgreementFigures)]
    /// Each reply and criterion on which the two differ: (first, second).
    public var differences: [(first: LabelledReply, second: LabelledReply, criterion: CriterionID)]

    /// Compares `first` and `second`.
    public init(first: [LabelledReply], second: [LabelledReply]) {
        func key(_ reply: LabelledReply) -> String { reply.reply.trimmingWhitespace().lowercased() }
        var byText: [String: LabelledReply] = [:]
        for reply in second where byText[key(reply)] == nil { byText[key(reply)] = reply }
        var tables = Dictionary(uniqueKeysWithValues: CriterionID.allCases.map { ($0, AgreementFigures()) })
        var matched: Set<String> = []
        var onlyFirst: [LabelledReply] = []
        var differences: [(LabelledReply, LabelledReply, CriterionID)] = []
        for reply in first {
            guard let partner = byText[key(reply)], matched.insert(key(reply)).inserted else {
                onlyFirst.append(reply)
                continue
            }
            for id in CriterionID.allCases {
                guard let a = reply.positive(id), let b = partner.positive(id) else { continue }
                tables[id]?.add(reference: a, measured: b)
                if a != b { differences.append((reply, partner, id)) }
            }
        }
        paired = matched.count
        self.onlyFirst = onlyFirst
        onlySecond = second.filter { !matched.contains(key($0)) }
        criteria = CriterionID.allCases.map { ($0, tables[$0]!) }
        self.differences = differences
    }

    /// All criteria's tables added.
    public var overall: AgreementFigures { criteria.map(\.figures).reduce(AgreementFigures(), +) }
}
