import LastCallKit

/// The scenarios named in the progress files, collected while they stream
/// past: the stand-in library when the real one cannot be read.
struct SeenScenarios {
    private var byID: [String: ScenarioSummary] = [:]

    /// Notes `session`'s scenario (the latest title and level win).
    mutating func add(_ session: SessionFacts) {
        if var known = byID[session.scenario] {
            known.title = session.scenarioTitle
            known.level = session.level
            for tally in session.criteria where tally.expected > 0 && !known.criteria.contains(tally.criterion) {
                known.criteria.append(tally.criterion)
            }
            byID[session.scenario] = known
        } else {
            byID[session.scenario] = ScenarioSummary(id: session.scenario, title: session.scenarioTitle, level: session.level,
                                                     criteria: session.criteria.filter { $0.expected > 0 }.map(\.criterion))
        }
    }

    /// The scenarios, by id.
    var scenarios: [ScenarioSummary] { byID.values.sorted { $0.id < $1.id } }
}
