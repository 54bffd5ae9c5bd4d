import LastCallKit

/// The scenarios named in the progress files, collected while they stream
/// past: the stand-in library when the real one cannot be read.
struct SeenScenarios: Sendable {
    private var byID: [String: ScenarioSummary] = [:]

    /// Notes `session`'s scenario (the latest title and level win).
    mutating func add(_ session: SessionFacts) {
        if var known = byID[session.scenario] {
            if known.title == session.scenarioTitle, known.level == session.level,
               session.criteria.allSatisfy({ $0.expected == 0 || known.criteria.contains($0.criterion) }) { return }
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

    /// Adds what `later` saw (its titles and levels win).
    mutating func merge(_ later: SeenScenarios) {
        for (id, scenario) in later.byID {
            if var known = byID[id] {
                known.title = scenario.title
                known.level = scenario.level
                for criterion in scenario.criteria where !known.criteria.contains(criterion) { known.criteria.append(criterion) }
                byID[id] = known
            } else {
                byID[id] = scenario
            }
        }
    }

    /// The scenarios, by id.
    var scenarios: [ScenarioSummary] { byID.values.sorted { $0.id < $1.id } }
}
