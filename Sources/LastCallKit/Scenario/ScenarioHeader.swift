/// The fields of a scenario file that describe it without playing it: what
/// `lastcall list` shows and filters on.
public struct ScenarioHeader: Sendable, Hashable {
    /// The id (`scenario:`).
    public var id: String
    /// The title.
    public var title: String
    /// Difficulty, 1 to 5 (1 when not given).
    public var level: Int
    /// Words to filter the library by.
    public var tags: [String]
    /// The rubric criteria scored, in rubric order (all when not given).
    public var criteria: [String]

    /// Creates a header.
    public init(id: String, title: String, level: Int, tags: [String], criteria: [String]) {
        self.id = id
        self.title = title
        self.level = level
        self.tags = tags
        self.criteria = criteria
    }

    /// The header of a loaded scenario.
    public init(_ scenario: Scenario) {
        self.init(id: scenario.id, title: scenario.title, level: scenario.level, tags: scenario.tags, criteria: scenario.criteria)
    }
}
