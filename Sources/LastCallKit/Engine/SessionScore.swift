/// The session score: 100 times the weighted share of expectations met over
/// all turns, rounded to a whole number.
///
/// When a scenario scores `no-blame`, every reply is a no-blame expectation:
/// a reply that blames or ducks misses it, and a clean one meets it, whether
/// or not its step names no-blame in `expect`. A turn records no-blame only
/// where its step expects it or the reply blamed, so a turn of such a
/// scenario without no-blame in `met` or `missed` is a clean reply and counts
/// as met here.
public enum SessionScore {
    /// The score of `turns` over the expectations they record (0 when
    /// nothing was replied; 100 when replies were given but nothing was
    /// expected). The session's score is `score(turns:rules:criteria:)`.
    public static func score(turns: [Turn], rules: EngineRules) -> Int {
        score(turns: turns, rules: rules, criteria: [])
    }

    /// The session score of `turns` in a scenario that scores `criteria`:
    /// with `no-blame` among them, every reply is a no-blame expectation.
    public static func score(turns: [Turn], rules: EngineRules, criteria: [CriterionID]) -> Int {
        let scoresNoBlame = criteria.contains(.noBlame)
        var metWeight = 0.0, expectedWeight = 0.0
        for turn in turns {
            let (met, expected) = expectations(turn, scoresNoBlame: scoresNoBlame)
            for criterion in met { metWeight += rules.weight(criterion) }
            for criterion in expected { expectedWeight += rules.weight(criterion) }
        }
        guard expectedWeight > 0 else { return turns.isEmpty ? 0 : 100 }
        return Int((100 * metWeight / expectedWeight).rounded())
    }

    /// How often each criterion was met and expected over `turns`, for the
    /// criteria in `criteria` (in that order); with `no-blame` among them,
    /// every reply counts once for it.
    public static func tally(turns: [Turn], criteria: [CriterionID]) -> [(criterion: CriterionID, met: Int, expected: Int)] {
        let scoresNoBlame = criteria.contains(.noBlame)
        return criteria.map { criterion in
            var met = 0, expected = 0
            for turn in turns {
                let (turnMet, turnExpected) = expectations(turn, scoresNoBlame: scoresNoBlame)
                if turnMet.contains(criterion) { met += 1 }
                if turnExpected.contains(criterion) { expected += 1 }
            }
            return (criterion, met, expected)
        }
    }

    /// The criteria `turn` met and was scored on, with the clean reply's
    /// no-blame added where the scenario scores it and the step did not ask.
    static func expectations(_ turn: Turn, scoresNoBlame: Bool) -> (met: [CriterionID], expected: [CriterionID]) {
        guard scoresNoBlame, !turn.met.contains(.noBlame), !turn.missed.contains(.noBlame) else { return (turn.met, turn.expected) }
        return (turn.met + [.noBlame], turn.expected + [.noBlame])
    }
}
