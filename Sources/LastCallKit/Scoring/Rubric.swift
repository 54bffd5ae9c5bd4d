/// The scoring rubric, loaded from `scoring/rubric.yaml`: the five criteria,
/// the pass mark and the retraining rule.
public struct Rubric: Sendable {
    /// The criteria, in the order the file lists them.
    public var criteria: [Criterion]
    /// The score (0-100) a reply needs to pass.
    public var passMark: Int
    /// When a trainee is sent back for retraining.
    public var retraining: RetrainingRule
    /// Words a phrase may skip between its own words ("just", "really").
    public var fillers: [String]
    /// The words of every phrase, and the spelling rules (built in).
    public internal(set) var lexicon: Lexicon
    /// When the business works (`business-hours`, `working-days`): what
    /// "today", "tomorrow" and "2 working days" mean for a due time.
    public var businessHours: BusinessHours = .standard
    /// The mood a customer loses as contact 1, 2, 3... starts (`erosion`;
    /// the last value repeats).
    public var erosion: [Int] = [0, 10, 25]

    /// The criterion with `id`, if the rubric has it.
    public subscript(id: CriterionID) -> Criterion? { criteria.first { $0.id == id } }

    /// The score of a set of met criteria: the met weights over all weights,
    /// as a whole percentage.
    public func score(met: Set<CriterionID>) -> Int {
        let total = criteria.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        let got = criteria.filter { met.contains($0.id) }.reduce(0) { $0 + $1.weight }
        return (got * 100 + total / 2) / total
    }
}
