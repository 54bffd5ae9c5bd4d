/// The scenarios named in the progress files, collected while sessions
/// stream past: the stand-in library for suggestions when the real one
/// cannot be read. A scenario's criteria are those its sessions expected.
public struct SeenScenarios: Sendable {
    private var byID: [String: ScenarioSummary] = [:]

    /// Creates an empty collection.
    public init() {}

    /// Notes `session`'s scenario; the latest title and level win, and each
    /// criterion the session expected joins the scenario's list.
    public mutating func add(_ session: SessionFacts) {
        guard var known = byID[session.scenario] else {
            byID[session.scenario] = ScenarioSummary(id: session.scenario, title: session.scenarioTitle, level: session.level,
                                                     criteria: session.criteria.filter { $0.expected > 0 }.map(\.criterion))
            return
        }
        // Most sessions repeat what is known: check before writing back, so
        // the common case copies nothing.
        if known.title == session.scenarioTitle, known.level == session.level,
           session.criteria.allSatisfy({ $0.expected == 0 || known.criteria.contains($0.criterion) }) { return }
        known.title = session.scenarioTitle
        known.level = session.level
        for tally in session.criteria where tally.expected > 0 && !known.criteria.contains(tally.criterion) {
            known.criteria.append(tally.criterion)
        }
        byID[session.scenario] = known
    }

    /// Adds what `later` saw, from sessions that came after the ones seen
    /// here (its titles and levels win).
    public mutating func merge(_ later: SeenScenarios) {
        for (id, scenario) in later.byID {
            guard var known = byID[id] else {
                byID[id] = scenario
                continue
            }
            known.title = scenario.title
            known.level = scenario.level
            for criterion in scenario.criteria where !known.criteria.contains(criterion) { known.criteria.append(criterion) }
            byID[id] = known
        }
    }

    /// The scenarios, by id.
    public var scenarios: [ScenarioSummary] { byID.values.sorted { $0.id < $1.id } }
}
