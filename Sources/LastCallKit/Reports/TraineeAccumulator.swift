/// The running totals for one trainee while sessions stream past: counts,
/// per-criterion tallies, and small windows for the retraining rule and the
/// trend line. Holds no session beyond those windows.
public struct TraineeAccumulator: Sendable {
    /// The trainee.
    public let trainee: String
    private let criteria: [ReportCriterion]
    private var sessions = 0
    private var passed = 0
    private var scoreTotal = 0
    private var latestScore = 0
    private var lastSession = ""
    private var met: [Int]
    private var expected: [Int]
    private var windows: [RecentWindow<CriterionTally>]
    private var trend: RecentWindow<Int>
    private var recent: RecentWindow<SessionFacts>
    private var passedScenarios: Set<String> = []
    private var highestPassedLevel = 0
    private var lowestPlayedLevel = Int.max
    private var flags: [String: Int] = [:]

    /// Creates an empty accumulator; `keepSessions` is how many of the
    /// latest sessions to keep whole (for a trainee's own page).
    public init(trainee: String, settings: ReportSettings, trendLength: Int = 30, keepSessions: Int = 0) {
        self.trainee = trainee
        self.criteria = settings.criteria
        met = Array(repeating: 0, count: settings.criteria.count)
        expected = met
        windows = Array(repeating: RecentWindow(capacity: settings.retrainWindow), count: settings.criteria.count)
        trend = RecentWindow(capacity: trendLength)
        recent = RecentWindow(capacity: keepSessions)
    }

    /// Counts `session`, which must be later than every session added before.
    public mutating func add(_ session: SessionFacts) {
        sessions += 1
        scoreTotal += session.score
        latestScore = session.score
        lastSession = session.startedAt
        if session.passed {
            passed += 1
            passedScenarios.insert(session.scenario)
            highestPassedLevel = max(highestPassedLevel, session.level)
        }
        lowestPlayedLevel = min(lowestPlayedLevel, session.level)
        for tally in session.criteria where tally.expected > 0 {
            guard let index = criteria.firstIndex(where: { $0.id == tally.criterion }) else { continue }
            met[index] += tally.met
            expected[index] += tally.expected
            windows[index].append(tally)
        }
        trend.append(session.score)
        recent.append(session)
        for criterion in session.flaggedCriteria { flags[criterion?.rawValue ?? TraineeReport.wholeVerdict, default: 0] += 1 }
    }

    /// Adds the sessions counted in `later`, all of which came after the
    /// ones counted here (so files can be read in parallel and merged in order).
    public mutating func merge(_ later: TraineeAccumulator) {
        guard later.sessions > 0 else { return }
        sessions += later.sessions
        passed += later.passed
        scoreTotal += later.scoreTotal
        latestScore = later.latestScore
        lastSession = later.lastSession
        passedScenarios.formUnion(later.passedScenarios)
        highestPassedLevel = max(highestPassedLevel, later.highestPassedLevel)
        lowestPlayedLevel = min(lowestPlayedLevel, later.lowestPlayedLevel)
        for index in met.indices {
            met[index] += later.met[index]
            expected[index] += later.expected[index]
            later.windows[index].elements.forEach { windows[index].append($0) }
        }
        later.trend.elements.forEach { trend.append($0) }
        later.recent.elements.forEach { recent.append($0) }
        flags.merge(later.flags, uniquingKeysWith: +)
    }

    /// The trainee's report under `settings`, with suggestions from `library`.
    public func report(settings: ReportSettings, library: [ScenarioSummary]) -> TraineeReport {
        var rates: [CriterionRate] = []
        for (index, criterion) in criteria.enumerated() {
            var recentMet = 0, recentExpected = 0
            for tally in windows[index].elements {
                recentMet += tally.met
                recentExpected += tally.expected
            }
            let needsRetraining = recentExpected > 0 && recentMet * 100 < settings.retrainThreshold * recentExpected
            rates.append(CriterionRate(criterion: criterion, met: met[index], expected: expected[index],
                                       recentMet: recentMet, recentExpected: recentExpected,
                                       needsRetraining: needsRetraining))
        }
        let level = highestPassedLevel > 0 ? highestPassedLevel : (lowestPlayedLevel == Int.max ? 1 : lowestPlayedLevel)
        var report = TraineeReport(trainee: trainee, sessions: sessions, passed: passed, scoreTotal: scoreTotal,
                                   latestScore: latestScore, lastSession: lastSession, criteria: rates, level: level,
                                   trend: trend.elements, recentSessions: recent.elements)
        report.flags = flags
        var focus = report.retrainOn.map(\.criterion.id)
        if focus.isEmpty, let weakest = report.weakest { focus = [weakest.criterion.id] }
        report.suggestions = Self.suggest(for: focus, level: level, passed: passedScenarios, library: library)
        return report
    }

    /// The most scenarios suggested to one trainee.
    public static let suggestionLimit = 3

    /// Scenarios that expect one of `focus`, within one level of `level`,
    /// not in `passed`: those covering more of `focus` first, then nearer the
    /// level, then easier, then by id.
    public static func suggest(for focus: [CriterionID], level: Int, passed: Set<String>,
                               library: [ScenarioSummary]) -> [ScenarioSummary] {
        guard !focus.isEmpty else { return [] }
        let candidates = library.compactMap { scenario -> (ScenarioSummary, Int)? in
            guard !passed.contains(scenario.id), abs(scenario.level - level) <= 1 else { return nil }
            let covered = focus.filter { scenario.criteria.contains($0) }.count
            return covered > 0 ? (scenario, covered) : nil
        }
        let sorted = candidates.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            let da = abs(a.0.level - level), db = abs(b.0.level - level)
            if da != db { return da < db }
            if a.0.level != b.0.level { return a.0.level < b.0.level }
            return a.0.id < b.0.id
        }
        return sorted.prefix(suggestionLimit).map(\.0)
    }
}
