/// JSON export: the same facts as the CSV, typed (numbers as numbers, rates
/// as 0-1 fractions or percentages, `null` where a criterion was never
/// expected), keys in a fixed order.
public struct JSONReportExporter: ReportExporter {
    /// One item per trainee (an indented document) or per session (one item a line).
    public var grouping: ExportGrouping
    /// When the export was made, UTC ISO 8601, from the caller's clock.
    public var generatedAt: String

    /// Creates the exporter.
    public init(by grouping: ExportGrouping, generatedAt: String) {
        self.grouping = grouping
        self.generatedAt = generatedAt
    }

    public var identifier: String { "json" }

    /// By session the items stream; by trainee they come from the team report.
    public var isStreaming: Bool { grouping == .session }

    public func write<Source: ExportSource>(_ source: Source, to output: (String) -> Void) {
        switch grouping {
        case .trainee:
            output(Self.trainees(source.teamReport(), generatedAt: generatedAt))
        case .session:
            output(Self.sessionsPrefix(generatedAt: generatedAt, filter: source.filter))
            var isFirst = true
            source.forEachSession { session in
                output(Self.sessionItem(session, isFirst: isFirst))
                isFirst = false
            }
            output(Self.sessionsSuffix)
        }
    }

    /// The by-trainee document, indented.
    public static func trainees(_ report: TeamReport, generatedAt: String) -> String {
        let team = report.criteria
        let document: JSONValue = .object([
            ("generated_at", .string(generatedAt)),
            ("filter", filterValue(report.filter)),
            ("retraining", .object([("threshold", .int(report.settings.retrainThreshold)),
                                    ("window", .int(report.settings.retrainWindow)),
                                    ("promises_kept", .int(report.settings.promisesThreshold))])),
            ("criteria", .array(report.settings.criteria.map { .object([("id", .string($0.id.rawValue)), ("title", .string($0.title))]) })),
            ("team", .object([
                ("trainees", .int(report.trainees.count)),
                ("sessions", .int(report.sessions)),
                ("criteria", .object(team.map { ($0.criterion.id.rawValue, rateValue($0, recent: false)) })),
                ("promises_kept", promiseValue(report.promises, recent: false)),
            ])),
            // Those needing retraining, furthest below a threshold first.
            ("retraining_list", .array(report.retrainingList.map { trainee in
                .object([("trainee", .string(trainee.trainee)), ("below", .int(trainee.retrainBelow)),
                         ("retraining", .array(trainee.retraining.map(retrainValue)))])
            })),
            ("trainees", .array(report.trainees.map(traineeValue))),
        ])
        return document.prettyJSONText + "\n"
    }

    /// One trainee as a JSON object.
    public static func traineeValue(_ trainee: TraineeReport) -> JSONValue {
        let hasScore = trainee.scoredSessions > 0
        return .object([
            ("trainee", .string(trainee.trainee)),
            ("sessions", .int(trainee.sessions)),
            ("passed", .int(trainee.passed)),
            ("abandoned", .int(trainee.abandoned)),
            ("unanswered", .int(trainee.unanswered)),
            ("pass_rate", .double(rounded(trainee.passRate, places: 3))),
            ("average_score", hasScore ? .double(rounded(trainee.averageScore, places: 1)) : .null),
            ("latest_score", hasScore ? .int(trainee.latestScore) : .null),
            ("last_session", .string(trainee.lastSession)),
            ("level", .int(trainee.level)),
            ("criteria", .object(trainee.criteria.map { ($0.criterion.id.rawValue, rateValue($0, recent: true)) })),
            ("promises_kept", promiseValue(trainee.promises, recent: true)),
            ("needs_retraining", .bool(trainee.needsRetraining)),
            ("retrain_on", .array(trainee.retraining.map { .string($0.id) })),
            ("retraining", .array(trainee.retraining.map(retrainValue))),
            ("suggested_scenarios", .array((trainee.needsRetraining ? trainee.suggestions : []).map(scenarioValue))),
            ("trend", .array(trainee.trend.map { .int($0) })),
        ])
    }

    /// The opening of the by-session document; items follow, one a line.
    public static func sessionsPrefix(generatedAt: String, filter: ReportFilter) -> String {
        "{\"generated_at\":" + JSONValue.string(generatedAt).jsonText + ",\"filter\":" + filterValue(filter).jsonText
            + ",\"sessions\":[\n"
    }

    /// One session as a line of the by-session document (`isFirst` decides the comma).
    public static func sessionItem(_ session: SessionFacts, isFirst: Bool) -> String {
        (isFirst ? "" : ",\n") + sessionValue(session).jsonText
    }

    /// The end of the by-session document.
    public static let sessionsSuffix = "\n]}\n"

    /// One session as a JSON object.
    public static func sessionValue(_ session: SessionFacts) -> JSONValue {
        .object([
            ("id", .string(session.id)),
            ("trainee", .string(session.trainee)),
            ("scenario", .string(session.scenario)),
            ("scenario_title", .string(session.scenarioTitle)),
            ("level", .int(session.level)),
            ("started_at", .string(session.startedAt)),
            ("ended_at", .string(session.endedAt)),
            ("duration_seconds", .int(session.durationSeconds)),
            ("outcome", .string(session.outcome.rawValue)),
            ("score", .int(session.score)),
            ("pass_mark", .int(session.passMark)),
            ("passed", .bool(session.passed)),
            ("criteria", .object(session.criteria.map {
                ($0.criterion.rawValue, .object([("met", .int($0.met)), ("expected", .int($0.expected))]))
            })),
            ("replies", session.replies.map { .int($0) } ?? .null),
            ("promises", .object([("kept", .int(session.promises.kept)), ("judged", .int(session.promises.judged))])),
        ])
    }

    private static func promiseValue(_ rate: PromiseRate, recent: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("kept", .int(rate.kept)), ("judged", .int(rate.judged)), ("percent", rate.percent.map { .int($0) } ?? .null),
        ]
        if recent {
            pairs += [("recent_kept", .int(rate.recentKept)), ("recent_judged", .int(rate.recentJudged)),
                      ("recent_percent", rate.recentPercent.map { .int($0) } ?? .null)]
        }
        pairs.append(("needs_retraining", .bool(rate.needsRetraining)))
        return .object(pairs)
    }

    private static func retrainValue(_ item: RetrainItem) -> JSONValue {
        .object([("id", .string(item.id)), ("title", .string(item.title)), ("recent_percent", .int(item.recentPercent)),
                 ("below", .int(item.below))])
    }

    private static func rateValue(_ rate: CriterionRate, recent: Bool) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("met", .int(rate.met)), ("expected", .int(rate.expected)), ("percent", rate.percent.map { .int($0) } ?? .null),
        ]
        if recent {
            pairs += [("recent_met", .int(rate.recentMet)), ("recent_expected", .int(rate.recentExpected)),
                      ("recent_percent", rate.recentPercent.map { .int($0) } ?? .null)]
        }
        pairs.append(("needs_retraining", .bool(rate.needsRetraining)))
        return .object(pairs)
    }

    private static func scenarioValue(_ scenario: ScenarioSummary) -> JSONValue {
        .object([("id", .string(scenario.id)), ("title", .string(scenario.title)), ("level", .int(scenario.level))])
    }

    private static func filterValue(_ filter: ReportFilter) -> JSONValue {
        .object([("since", filter.since.map { .string($0) } ?? .null), ("until", filter.until.map { .string($0) } ?? .null),
                 ("last", filter.last.map { .int($0) } ?? .null)])
    }

    /// `value` rounded to `places` decimals.
    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
