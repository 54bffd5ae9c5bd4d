/// The session score: 100 times the weighted share of expectations met over
/// all turns, rounded to a whole number.
public enum SessionScore {
    /// The score of `turns` under `rules` (0 when nothing was expected yet
    /// and nothing was replied; 100 when replies were given but no step
    /// expected anything).
    public static func score(turns: [Turn], rules: EngineRules) -> Int {
        var metWeight = 0.0, expectedWeight = 0.0
        for turn in turns {
            for criterion in turn.met { metWeight += rules.weight(criterion) }
            for criterion in turn.expected { expectedWeight += rules.weight(criterion) }
        }
        guard expectedWeight > 0 else { return turns.isEmpty ? 0 : 100 }
        return Int((100 * metWeight / expectedWeight).rounded())
    }

    /// How often each criterion was met and expected over `turns`, for the
    /// criteria in `criteria` (in that order).
    public static func tally(turns: [Turn], criteria: [CriterionID]) -> [(criterion: CriterionID, met: Int, expected: Int)] {
        criteria.map { criterion in
            var met = 0, expected = 0
            for turn in turns {
                if turn.met.contains(criterion) { met += 1; expected += 1 }
                else if turn.missed.contains(criterion) { expected += 1 }
            }
            return (criterion, met, expected)
        }
    }
}
