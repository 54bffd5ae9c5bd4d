/// A scripted customer conversation, as a trainer wrote it in
/// `scenarios/ID.yaml`, checked and with defaults applied.
public struct Scenario: Sendable, Hashable {
    /// The id: lowercase letters, digits and dashes; unique in the library.
    public var id: String
    /// The title shown in lists.
    public var title: String
    /// The situation brief shown before play.
    public var summary: String?
    /// Difficulty, 1 to 5.
    public var level: Int
    /// Words to filter the library by.
    public var tags: [String]
    /// Who the trainee is talking to.
    public var customer: CustomerProfile
    /// The rubric criteria scored in this scenario, in rubric order.
    public var criteria: [String]
    /// The criteria the scenario is built to train (`focus:`), a subset of
    /// `criteria` in rubric order; empty when the file names none. Reports
    /// suggest a scenario for the criteria it focuses on first.
    public var focus: [String] = []
    /// The pass mark (0-100), or nil to use the rubric's.
    public var passMark: Int?
    /// The id of the first step.
    public var start: String
    /// The steps in file order.
    public var steps: [Step]
    /// The scripted self-tests.
    public var examples: [ScenarioExample]
    /// Where the scenario's file starts.
    public var location: SourceLocation

    /// Creates a scenario.
    public init(
        id: String, title: String, summary: String? = nil, level: Int = 1, tags: [String] = [],
        customer: CustomerProfile, criteria: [String], passMark: Int? = nil, start: String,
        steps: [Step], examples: [ScenarioExample] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.level = level
        self.tags = tags
        self.customer = customer
        self.criteria = criteria
        self.passMark = passMark
        self.start = start
        self.steps = steps
        self.examples = examples
        self.location = location
    }

    /// The step with id `id`, or nil.
    public func step(_ id: String) -> Step? {
        steps.first(where: { $0.id == id })
    }
}
