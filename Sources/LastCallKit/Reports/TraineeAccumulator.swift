/// The running totals for one trainee while sessions stream past: counts,
/// per-criterion tallies, and small windows for the retraining rule and the
/// trend line. Holds no session beyond those windows.
public struct TraineeAccumulator: Sendable {
    /// The trainee.
    public let trainee: String
    private let criteria: [ReportCriterion]
    private var sessions = 0
    private var passed = 0
    private var abandoned = 0
    private var unanswered = 0
    private var promises = PromiseTally()
    private var promiseWindow: RecentWindow<PromiseTally>
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
        promiseWindow = RecentWindow(capacity: settings.retrainWindow)
        recent = RecentWindow(capacity: keepSessions)
    }

    /// Counts `session`, which must be later than every session added before.
    public mutating func add(_ session: SessionFacts) {
        sessions += 1
        lastSession = session.startedAt
        if session.outcome == .abandoned { abandoned += 1 }
        if session.isUnanswered {
            // Left before any reply: counted as abandoned, never as a score.
            unanswered += 1
        } else {
            scoreTotal += session.score
            latestScore = session.score
            trend.append(session.score)
        }
        if session.promises.judged > 0 {
            promises = promises + session.promises
            promiseWindow.append(session.promises)
        }
        if session.passed {
            passed += 1
            passedScenarios.insert(session.scenario)
            highestPassedLevel = max(highestPassedLevel, session.level)
        }
        for tally in session.criteria where tally.expected > 0 {
            guard let index = criteria.firstIndex(where: { $0.id == tally.criterion }) else { continue }
            met[index] += tally.met
            expected[index] += tally.expected
            windows[index].append(tally)
        }
        recent.append(session)
        for criterion in session.flaggedCriteria { flags[criterion?.rawValue ?? TraineeReport.wholeVerdict, default: 0] += 1 }
    }

    /// Adds the sessions counted in `later`, all of which came after the
    /// ones counted here (so files can be read in parallel and merged in order).
    public mutating func merge(_ later: TraineeAccumulator) {
        guard later.sessions > 0 else { return }
        sessions += later.sessions
        passed += later.passed
        abandoned += later.abandoned
        if later.sessions > later.unanswered { latestScore = later.latestScore }
        unanswered += later.unanswered
        scoreTotal += later.scoreTotal
        promises = promises + later.promises
        later.promiseWindow.elements.forEach { promiseWindow.append($0) }
        lastSession = later.lastSession
        passedScenarios.formUnion(later.passedScenarios)
        highestPassedLevel = max(highestPassedLevel, later.highestPassedLevel)
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
                                       recentMet: recentMet, recentExpected: recentExpected, needsRetraining: needsRetraining,
                                       below: needsRetraining ? RetrainItem.below(threshold: settings.retrainThreshold,
                                                                                  part: recentMet, of: recentExpected) : 0))
        }
        let recentPromises = promiseWindow.elements.reduce(PromiseTally(), +)
        let promisesNeedRetraining = recentPromises.judged > 0
            && recentPromises.kept * 100 < settings.promisesThreshold * recentPromises.judged
        let level = Self.level(highestPassed: highestPassedLevel)
        var report = TraineeReport(trainee: trainee, sessions: sessions, passed: passed, scoreTotal: scoreTotal,
                                   latestScore: latestScore, lastSession: lastSession, criteria: rates, level: level,
                                   trend: trend.elements, recentSessions: recent.elements)
        report.flags = flags
        report.abandoned = abandoned
        report.unanswered = unanswered
        report.promises = PromiseRate(kept: promises.kept, judged: promises.judged, recentKept: recentPromises.kept,
                                      recentJudged: recentPromises.judged, needsRetraining: promisesNeedRetraining,
                                      below: promisesNeedRetraining ? RetrainItem.below(threshold: settings.promisesThreshold,
                                                                                        part: recentPromises.kept,
                                                                                        of: recentPromises.judged) : 0)
        var focus = report.retrainOn.map(\.criterion.id)
        if focus.isEmpty, let weakest = report.weakest { focus = [weakest.criterion.id] }
        report.suggestions = Self.suggest(for: focus, level: level, passed: passedScenarios, library: library)
        return report
    }

    /// The highest level a trainee works at.
    public static let topLevel = 5

    /// A trainee's level: the highest scenario level they have passed, plus
    /// one (1 before any pass; at most `topLevel`).
    public static func level(highestPassed: Int) -> Int {
        min(topLevel, max(0, highestPassed) + 1)
    }

    /// The most scenarios suggested to one trainee.
    public static let suggestionLimit = 3

    /// Scenarios that expect one of `focus`, within one level of `level`,
    /// not in `passed`: those whose own `focus` covers more of `focus`
    /// first, then those expecting more of it, then nearer the level, then
    /// easier, then by id.
    public static func suggest(for focus: [CriterionID], level: Int, passed: Set<String>,
                               library: [ScenarioSummary]) -> [ScenarioSummary] {
        guard !focus.isEmpty else { return [] }
        struct Candidate {
            var scenario: ScenarioSummary
            var focused: Int
            var covered: Int
        }
        let candidates = library.compactMap { scenario -> Candidate? in
            guard !passed.contains(scenario.id), abs(scenario.level - level) <= 1 else { return nil }
            let covered = focus.filter { scenario.criteria.contains($0) }.count
            let focused = focus.filter { scenario.focus.contains($0) }.count
            return covered > 0 ? Candidate(scenario: scenario, focused: focused, covered: covered) : nil
        }
        let sorted = candidates.sorted { a, b in
            if a.focused != b.focused { return a.focused > b.focused }
            if a.covered != b.covered { return a.covered > b.covered }
            let da = abs(a.scenario.level - level), db = abs(b.scenario.level - level)
            if da != db { return da < db }
            if a.scenario.level != b.scenario.level { return a.scenario.level < b.scenario.level }
            return a.scenario.id < b.scenario.id
        }
        return sorted.prefix(suggestionLimit).map(\.scenario)
    }
}
