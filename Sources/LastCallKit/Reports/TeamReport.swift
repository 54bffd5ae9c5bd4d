/// The whole team's numbers: one report per trainee, sorted so those who
/// most need help come first, and each criterion's rate across the team.
public struct TeamReport: Sendable, Hashable {
    /// The rubric facts the report used.
    public var settings: ReportSettings
    /// The filter applied.
    public var filter: ReportFilter
    /// The trainees, most in need of help first (see `TraineeReport.needsHelpBefore`).
    public var trainees: [TraineeReport]

    /// Creates a team report; sorts `trainees`.
    public init(settings: ReportSettings, filter: ReportFilter = ReportFilter(), trainees: [TraineeReport]) {
        self.settings = settings
        self.filter = filter
        self.trainees = trainees.sorted { $0.needsHelpBefore($1) }
    }

    /// The trainees needing retraining, furthest below a threshold first
    /// (see `TraineeReport.retrainsBefore`).
    public var retrainingList: [TraineeReport] {
        trainees.filter(\.needsRetraining).sorted { $0.retrainsBefore($1) }
    }

    /// Promises kept across the team.
    public var promises: PromiseRate {
        var rate = PromiseRate()
        for trainee in trainees {
            rate.kept += trainee.promises.kept
            rate.judged += trainee.promises.judged
        }
        rate.needsRetraining = trainees.contains { $0.promises.needsRetraining }
        return rate
    }

    /// Sessions counted across the team.
    public var sessions: Int { trainees.reduce(0) { $0 + $1.sessions } }

    /// Where trainees dispute the scorer most: each criterion flagged (or
    /// `TraineeReport.wholeVerdict`) with its count, most flagged first.
    public var disputes: [(criterion: String, flags: Int)] {
        var counts: [String: Int] = [:]
        for trainee in trainees { counts.merge(trainee.flags, uniquingKeysWith: +) }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.flags, $0.criterion) < ($0.flags, $1.criterion) }
    }

    /// Each criterion's rate across the team (met and expected summed over
    /// every trainee), in rubric order.
    public var criteria: [CriterionRate] {
        settings.criteria.enumerated().map { index, criterion in
            var rate = CriterionRate(criterion: criterion, met: 0, expected: 0)
            for trainee in trainees where index < trainee.criteria.count {
                rate.met += trainee.criteria[index].met
                rate.expected += trainee.criteria[index].expected
            }
            rate.needsRetraining = trainees.contains { index < $0.criteria.count && $0.criteria[index].needsRetraining }
            return rate
        }
    }
}
