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
    /// When the first contact starts on the simulated clock (`clock`;
    /// default ``defaultClock``).
    public var clock: LocalDateTime = Scenario.defaultClock
    /// When the answer or fix is truly available (`ready`), or nil when
    /// the scenario does not say.
    public var ready: ScenarioTime?

    /// Monday 09:00 of the reference week (2 March 2026, see
    /// ``LocalDateTime/referenceMonday``): the clock of a scenario that sets none.
    public static let defaultClock = LocalDateTime.referenceMonday.at(minuteOfDay: 9 * 60)

    /// Creates a scenario.
    public init(
        id: String, title: String, summary: String? = nil, level: Int = 1, tags: [String] = [],
        customer: CustomerProfile, criteria: [String], passMark: Int? = nil, start: String,
        steps: [Step], examples: [ScenarioExample] = [], location: SourceLocation,
        clock: LocalDateTime = Scenario.defaultClock, ready: ScenarioTime? = nil
    ) {
        self.clock = clock
        self.ready = ready
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

    /// Whether any branch starts another contact.
    public var hasContacts: Bool {
        steps.contains { step in step.next.contains { $0.target.isContact } }
    }

    /// Whether the scenario plays on the simulated clock in earnest: it
    /// starts other contacts, or sets `ready` or a `clock` of its own. Play
    /// then shows the clock, the contacts and the promises tracked.
    public var isFollowThrough: Bool { hasContacts || ready != nil || clock != Scenario.defaultClock }

    /// The step with id `id`, or nil.
    public func step(_ id: String) -> Step? {
        steps.first(where: { $0.id == id })
    }
}
