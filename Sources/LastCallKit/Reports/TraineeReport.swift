/// One trainee's numbers over the sessions counted.
public struct TraineeReport: Sendable, Hashable {
    /// The trainee, as recorded in the sessions.
    public var trainee: String
    /// Sessions counted.
    public var sessions: Int
    /// Sessions passed.
    public var passed: Int
    /// Sum of the scores (for the average).
    public var scoreTotal: Int
    /// The score of the latest session.
    public var latestScore: Int
    /// When the latest session started (UTC ISO 8601).
    public var lastSession: String
    /// Per rubric criterion, in rubric order.
    public var criteria: [CriterionRate]
    /// The trainee's level: the highest scenario level passed, plus one
    /// (1 before any pass, at most 5).
    public var level: Int
    /// Scores of the latest sessions, oldest first (for trend lines).
    public var trend: [Int]
    /// The latest sessions, oldest first (only kept when asked for).
    public var recentSessions: [SessionFacts]
    /// Scenarios to assign: they expect a criterion needing retraining (or,
    /// when none does, the weakest), are at or near the trainee's level and
    /// not yet passed.
    public var suggestions: [ScenarioSummary]
    /// How many verdicts the trainee flagged, per criterion disputed
    /// (`wholeVerdict` for a flag on the whole verdict).
    public var flags: [String: Int] = [:]
    /// Sessions that ended abandoned (those left before any reply included).
    public var abandoned = 0
    /// Sessions left before any reply: in `sessions` and `abandoned`, but
    /// not in the average, the latest score or the trend.
    public var unanswered = 0
    /// How the trainee kept the promises judged.
    public var promises = PromiseRate()
    /// The key of `flags` for a flag on the whole verdict.
    public static let wholeVerdict = "whole verdict"

    /// Creates a report.
    public init(trainee: String, sessions: Int, passed: Int, scoreTotal: Int, latestScore: Int, lastSession: String,
                criteria: [CriterionRate], level: Int, trend: [Int], recentSessions: [SessionFacts] = [],
                suggestions: [ScenarioSummary] = []) {
        self.trainee = trainee
        self.sessions = sessions
        self.passed = passed
        self.scoreTotal = scoreTotal
        self.latestScore = latestScore
        self.lastSession = lastSession
        self.criteria = criteria
        self.level = level
        self.trend = trend
        self.recentSessions = recentSessions
        self.suggestions = suggestions
    }

    /// Passed sessions as a share of all, 0 to 1.
    public var passRate: Double { sessions == 0 ? 0 : Double(passed) / Double(sessions) }

    /// Sessions with at least one reply: those the average and trend count.
    public var scoredSessions: Int { sessions - unanswered }

    /// The mean score over `scoredSessions`, 0 to 100.
    public var averageScore: Double { scoredSessions <= 0 ? 0 : Double(scoreTotal) / Double(scoredSessions) }

    /// The mean score with one decimal, as text (`72.4`).
    public var averageScoreText: String { Self.oneDecimal(averageScore) }

    /// The criteria needing retraining, in rubric order.
    public var retrainOn: [CriterionRate] { criteria.filter(\.needsRetraining) }

    /// Whether any criterion, or keeping promises, needs retraining.
    public var needsRetraining: Bool { criteria.contains(where: \.needsRetraining) || promises.needsRetraining }

    /// What the trainee needs retraining on, criteria and keeping promises,
    /// furthest below the threshold first (rubric order, promises last, on a tie).
    public var retraining: [RetrainItem] {
        var items = criteria.filter(\.needsRetraining).map {
            RetrainItem(id: $0.criterion.id.rawValue, title: $0.criterion.title, recentPercent: $0.recentPercent ?? 0,
                        below: max(1, $0.below))
        }
        if promises.needsRetraining {
            items.append(RetrainItem(id: PromiseRate.id, title: PromiseRate.title, recentPercent: promises.recentPercent ?? 0,
                                     below: max(1, promises.below)))
        }
        return items.enumerated().sorted { a, b in
            a.element.below != b.element.below ? a.element.below > b.element.below : a.offset < b.offset
        }.map(\.element)
    }

    /// How far the trainee's furthest item is below its threshold, in
    /// percentage points (0 when nothing needs retraining).
    public var retrainBelow: Int { retraining.first?.below ?? 0 }

    /// Whether `self` comes before `other` in the retraining list: further
    /// below a threshold, then more points below in all, then by name.
    public func retrainsBefore(_ other: TraineeReport) -> Bool {
        if retrainBelow != other.retrainBelow { return retrainBelow > other.retrainBelow }
        let mine = retraining.reduce(0) { $0 + $1.below }, theirs = other.retraining.reduce(0) { $0 + $1.below }
        if mine != theirs { return mine > theirs }
        return trainee.utf8.lexicographicallyPrecedes(other.trainee.utf8)
    }

    /// The criterion with the lowest rate over all sessions (first in rubric
    /// order on a tie), or nil when none was ever expected.
    public var weakest: CriterionRate? {
        var best: CriterionRate?
        for rate in criteria where rate.expected > 0 {
            guard let current = best else { best = rate; continue }
            if rate.met * current.expected < current.met * rate.expected { best = rate }
        }
        return best
    }

    /// The start date of the latest session, `YYYY-MM-DD`.
    public var lastSessionDate: String { String(lastSession.prefix(10)) }

    /// `value` rounded to one decimal place, as text without exponent.
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Whether `self` needs help more than `other`: more criteria to retrain,
    /// then a lower pass rate, then a lower average, then by name.
    public func needsHelpBefore(_ other: TraineeReport) -> Bool {
        let mine = retraining.count, theirs = other.retraining.count
        if mine != theirs { return mine > theirs }
        let myPasses = passed * other.sessions, theirPasses = other.passed * sessions
        if myPasses != theirPasses { return myPasses < theirPasses }
        let myScores = scoreTotal * other.scoredSessions, theirScores = other.scoreTotal * scoredSessions
        if myScores != theirScores { return myScores < theirScores }
        return trainee.utf8.lexicographicallyPrecedes(other.trainee.utf8)
    }
}
