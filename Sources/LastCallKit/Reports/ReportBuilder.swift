/// Streams sessions into per-trainee accumulators and makes the reports.
/// Memory grows with the number of trainees, not sessions: with `--last N`
/// it keeps each trainee's latest N sessions, otherwise only running totals.
public struct ReportBuilder: Sendable {
    /// The rubric facts.
    public let settings: ReportSettings
    /// Which sessions count.
    public let filter: ReportFilter
    /// The scenario library, for suggestions.
    public var library: [ScenarioSummary]
    /// How many latest sessions to keep whole per trainee.
    public let keepSessions: Int
    private var accumulators: [String: TraineeAccumulator] = [:]
    private var windows: TraineeWindows<SessionFacts>

    /// Creates a builder.
    public init(settings: ReportSettings, filter: ReportFilter = ReportFilter(), library: [ScenarioSummary] = [],
                keepSessions: Int = 0) {
        self.settings = settings
        self.filter = filter
        self.library = library
        self.keepSessions = keepSessions
        windows = TraineeWindows(capacity: filter.last ?? 0)
    }

    /// Counts `session` if the filter admits it. Sessions of one trainee
    /// must come in the order they were played (the order of the file).
    public mutating func add(_ session: SessionFacts) {
        guard filter.admits(session) else { return }
        if filter.last != nil {
            windows.append(session, trainee: session.trainee)
        } else {
            accumulate(session)
        }
    }

    private mutating func accumulate(_ session: SessionFacts) {
        if accumulators[session.trainee] == nil {
            accumulators[session.trainee] = TraineeAccumulator(trainee: session.trainee, settings: settings,
                                                               keepSessions: keepSessions)
        }
        accumulators[session.trainee]!.add(session)
    }

    /// Adds what `later` counted; every session it saw came after the ones
    /// seen here (the files it read follow this builder's in order).
    public mutating func merge(_ later: ReportBuilder) {
        for (trainee, accumulator) in later.accumulators {
            if accumulators[trainee] == nil {
                accumulators[trainee] = accumulator
            } else {
                accumulators[trainee]!.merge(accumulator)
            }
        }
        windows.merge(later.windows)
    }

    /// The team report over everything added.
    public mutating func finish() -> TeamReport {
        windows.forEach { accumulate($0) }
        windows = TraineeWindows(capacity: windows.capacity)
        let trainees = accumulators.values.map { $0.report(settings: settings, library: library) }
        return TeamReport(settings: settings, filter: filter, trainees: trainees)
    }
}
