/// One exchange of a session: what the customer said, what the trainee
/// replied, and how the reply was judged.
public struct Turn: Sendable, Hashable {
    /// The step the customer's line came from.
    public var step: String
    /// The customer's line as shown.
    public var customer: String
    /// The trainee's reply as typed.
    public var reply: String
    /// The expected criteria the reply met, in scenario order.
    public var met: [CriterionID]
    /// The expected criteria it missed (including `no-blame` when the reply
    /// blamed and the scenario scores it), in scenario order.
    public var missed: [CriterionID]
    /// The words that decided each criterion in `met` and `missed`.
    public var evidence: [CriterionID: [String]]
    /// The customer's mood after the reply.
    public var mood: Int
    /// The contact the turn was in (1 for the first); nil in records
    /// written before contacts existed.
    public var contact: Int?
    /// The simulated clock when the reply was given; nil in records
    /// written before the clock existed.
    public var clock: LocalDateTime?

    /// Creates a turn.
    public init(step: String, customer: String, reply: String, met: [CriterionID], missed: [CriterionID],
                evidence: [CriterionID: [String]] = [:], mood: Int, contact: Int? = nil, clock: LocalDateTime? = nil) {
        self.contact = contact
        self.clock = clock
        self.step = step
        self.customer = customer
        self.reply = reply
        self.met = met
        self.missed = missed
        self.evidence = evidence
        self.mood = mood
    }

    /// The criteria this turn was scored on.
    public var expected: [CriterionID] { met + missed }
}
