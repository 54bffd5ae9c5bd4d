/// What reports need from a scenario in the library: enough to suggest it.
public struct ScenarioSummary: Sendable, Hashable {
    /// The scenario id.
    public var id: String
    /// Its title.
    public var title: String
    /// Its level, 1 to 5.
    public var level: Int
    /// The criteria it expects somewhere (the union of its steps' `expect`,
    /// plus `no-blame` when it scores it).
    public var criteria: [CriterionID]
    /// The criteria it is built to train (its `focus`), suggested first.
    public var focus: [CriterionID]

    /// Creates a summary.
    public init(id: String, title: String, level: Int, criteria: [CriterionID], focus: [CriterionID] = []) {
        self.id = id
        self.title = title
        self.level = level
        self.criteria = criteria
        self.focus = focus
    }

    /// The summary of a loaded scenario.
    public init(_ scenario: Scenario) {
        var expected: Set<String> = []
        for step in scenario.steps { expected.formUnion(step.expect) }
        expected.insert(CriterionID.noBlame.rawValue)
        self.init(id: scenario.id, title: scenario.title, level: scenario.level,
                  criteria: scenario.criteria.filter(expected.contains).compactMap(CriterionID.init(rawValue:)),
                  focus: scenario.focus.compactMap(CriterionID.init(rawValue:)))
    }
}
