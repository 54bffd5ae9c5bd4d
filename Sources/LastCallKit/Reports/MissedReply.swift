/// One reply that missed a criterion, with the verdict's reason as the
/// session record stored it: what `progress --replies` and the HTML report
/// show a trainee and their manager.
public struct MissedReply: Sendable, Hashable {
    /// The session's start date, `YYYY-MM-DD`.
    public var date: String
    /// The scenario's id.
    public var scenario: String
    /// The scenario's title when played.
    public var scenarioTitle: String
    /// The turn, from 1.
    public var turn: Int
    /// What the customer said.
    public var customer: String
    /// The trainee's reply.
    public var reply: String
    /// The criterion missed.
    public var criterion: CriterionID
    /// The words that decided the verdict, as recorded (often none for a
    /// criterion missed for want of words; for no-blame, the blaming words).
    public var evidence: [String]

    /// Creates a missed reply.
    public init(date: String, scenario: String, scenarioTitle: String, turn: Int, customer: String, reply: String,
                criterion: CriterionID, evidence: [String]) {
        self.date = date
        self.scenario = scenario
        self.scenarioTitle = scenarioTitle
        self.turn = turn
        self.customer = customer
        self.reply = reply
        self.criterion = criterion
        self.evidence = evidence
    }

    /// The verdict's reason in words: "blamed or ducked: “the courier
    /// lost it”" for no-blame, else the deciding words, or that nothing in
    /// the reply met the criterion.
    public var why: String {
        let quoted = evidence.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
        if criterion == .noBlame { return quoted.isEmpty ? "blamed or ducked" : "blamed or ducked: " + quoted }
        return quoted.isEmpty ? "nothing in the reply met \(criterion.rawValue)" : "decided on " + quoted
    }
}
