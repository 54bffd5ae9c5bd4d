/// One criterion of the rubric: what it asks, how much it weighs, what a
/// trainee is told when they miss it, and the phrases that decide it.
public struct Criterion: Sendable, Hashable {
    /// Which of the five criteria this is.
    public var id: CriterionID
    /// A short title ("Apologise").
    public var title: String
    /// What it asks of the agent.
    public var asks: String
    /// Why it matters.
    public var why: String
    /// Its share of a reply's score (weights are summed, so they need not
    /// add up to 100).
    public var weight: Int
    /// What a trainee sees when the reply misses it.
    public var feedback: String
    /// How the customer's mood moves when it is met or missed.
    public var mood: MoodChange
    /// The phrases that, unless overruled, show the criterion is met (for
    /// no-blame: show it is violated).
    public var phrases: [PhrasePattern]
    /// Rules that overrule a phrase by the words around it.
    public var exceptions: [PhraseException]

    /// Creates a criterion.
    public init(id: CriterionID, title: String, asks: String, why: String, weight: Int, feedback: String, mood: MoodChange,
                phrases: [PhrasePattern], exceptions: [PhraseException]) {
        self.id = id
        self.title = title
        self.asks = asks
        self.why = why
        self.weight = weight
        self.feedback = feedback
        self.mood = mood
        self.phrases = phrases
        self.exceptions = exceptions
    }
}
