/// The conversation engine: a state machine that plays a scenario's customer.
/// The caller shows `customerLine`, gets the trainee's reply, has it scored,
/// and passes both to `reply(_:verdict:)`. It does no I/O.
public struct Conversation: Sendable {
    /// The scenario being played.
    public let scenario: Scenario
    /// The numbers it plays by.
    public let rules: EngineRules
    /// The seed the variant lines are chosen from (record it to replay).
    public let seed: UInt64
    /// The criteria the scenario scores, in its order. The scenario names
    /// them as text checked against the rubric when it was loaded; a name
    /// that is no criterion is never scored.
    public let criteria: [CriterionID]

    /// The step the customer is on, or nil once the conversation is over.
    public private(set) var currentStep: Step?
    /// What the customer is saying now (or said last, once over).
    public private(set) var customerLine: String
    /// The customer's mood, 0 to 100.
    public private(set) var mood: Int
    /// The exchanges so far.
    public private(set) var turns: [Turn] = []
    /// The step ids visited, in order, including a closing step.
    public private(set) var path: [String] = []
    /// How it ended, or nil while it goes on.
    public private(set) var outcome: SessionOutcome?
    /// Why it ended when that was not a scripted ending (hang-up, turn cap).
    public private(set) var endReason: EndReason?

    private var generator: SeededGenerator
    /// The scenario's `mentions` phrases, compiled once (nil when it has none).
    private let mentions: WordMatcher?

    /// Why a conversation ended other than by its script.
    public enum EndReason: String, Sendable, Hashable {
        /// The customer's mood reached 0 and they hung up.
        case hungUp = "hung-up"
        /// The conversation went round longer than the turn cap.
        case turnCap = "turn-cap"
        /// The trainee left.
        case abandoned

        /// The reason in words, for the end card, the example trace and
        /// `play --json`: "the customer hung up (mood 0)".
        public var explanation: String {
            switch self {
            case .hungUp: return "the customer hung up (mood 0)"
            case .turnCap: return "the customer gave up: the conversation reached the turn cap"
            case .abandoned: return "the trainee left the conversation"
            }
        }
    }

    /// Starts a conversation at the scenario's start step. `mentions` is the
    /// scenario's ``WordMatcher`` when the caller has one already (it plays
    /// the scenario many times); else it is compiled here.
    public init(scenario: Scenario, rules: EngineRules, seed: UInt64, mentions: WordMatcher? = nil) {
        self.scenario = scenario
        self.rules = rules
        self.seed = seed
        self.criteria = scenario.criteria.compactMap(CriterionID.init(rawValue:))
        self.generator = SeededGenerator(seed: seed)
        self.mentions = mentions ?? WordMatcher(mentionsIn: scenario)
        self.mood = scenario.customer.mood
        self.customerLine = ""
        self.currentStep = nil
        if let start = scenario.step(scenario.start) {
            enter(start)
        } else {
            outcome = .abandoned
        }
        if mood <= 0, outcome == nil {
            finish(.lost, reason: .hungUp)
        }
    }

    /// Whether the conversation has ended.
    public var isOver: Bool { outcome != nil }

    /// The coach's tip for the current step, if the trainer wrote one.
    public var hint: String? { currentStep?.coach }

    /// Takes the trainee's reply and the scorer's verdict on it: scores the
    /// step's expectations, moves the mood, and follows the first matching
    /// branch. Returns the turn recorded. Does nothing once over.
    @discardableResult
    public mutating func reply(_ text: String, verdict: TurnVerdict) -> Turn? {
        guard outcome == nil, let step = currentStep else { return nil }
        var met: [CriterionID] = [], missed: [CriterionID] = []
        var delta = 0
        var expected = step.expect.compactMap(CriterionID.init(rawValue:))
        let noBlame = CriterionID.noBlame
        // A blamed reply counts against no-blame whatever the step expects,
        // when the scenario scores no-blame at all.
        if !expected.contains(noBlame), criteria.contains(noBlame), !verdict.isMet(noBlame) {
            expected.append(noBlame)
        }
        for criterion in criteria where expected.contains(criterion) {
            if verdict.isMet(criterion) {
                met.append(criterion)
                delta += rules.moodGain[criterion] ?? 0
            } else {
                missed.append(criterion)
                delta -= rules.moodLoss[criterion] ?? 0
            }
        }
        if !criteria.contains(noBlame), !verdict.isMet(noBlame) {
            // Blame still hurts the customer's mood where it is not scored.
            delta -= rules.moodLoss[noBlame] ?? 0
        }
        mood = min(100, max(0, mood + delta))
        var evidence: [CriterionID: [String]] = [:]
        for criterion in met + missed {
            if let quoted = verdict.evidence[criterion], !quoted.isEmpty { evidence[criterion] = quoted }
        }
        let turn = Turn(step: step.id, customer: customerLine, reply: text, met: met, missed: missed, evidence: evidence, mood: mood)
        turns.append(turn)

        if mood == 0 {
            finish(.lost, reason: .hungUp)
            return turn
        }
        let target = step.next.first(where: { branch in
            branch.conditions.allSatisfy { holds($0, reply: text, verdict: verdict) }
        })?.target
        if case .end(let ending)? = target {
            finish(SessionOutcome(ending), reason: nil)
            return turn
        }
        if turns.count >= rules.turnCap {
            finish(.lost, reason: .turnCap)
            return turn
        }
        switch target {
        case .end?:
            break
        case .step(let id)?:
            if let nextStep = scenario.step(id) { enter(nextStep) } else { finish(.abandoned, reason: .abandoned) }
        case nil:
            // No branch matched: the customer presses the same point again.
            enter(step)
        }
        return turn
    }

    /// Ends the conversation because the trainee left.
    public mutating func abandon() {
        guard outcome == nil else { return }
        finish(.abandoned, reason: .abandoned)
    }

    /// The session score so far, 0-100: the weighted share of expectations
    /// met over all turns (0 before any reply).
    public var score: Int { SessionScore.score(turns: turns, rules: rules) }

    /// The pass mark in force: the scenario's, else the rubric's.
    public var passMark: Int { scenario.passMark ?? rules.passMark }

    /// Whether the session passed: it ended resolved and scored at least the pass mark.
    public var passed: Bool { outcome == .resolved && score >= passMark }

    private func holds(_ condition: Condition, reply: String, verdict: TurnVerdict) -> Bool {
        switch condition {
        case .met(let criterion): return verdict.isMet(named: criterion)
        case .missed(let criterion): return !verdict.isMet(named: criterion)
        case .mood(let comparison, let limit): return comparison.holds(mood, limit)
        case .mentions(let phrase): return mentions?.mentions(phrase, in: reply) ?? false
        case .any(let conditions): return conditions.contains { holds($0, reply: reply, verdict: verdict) }
        }
    }

    private mutating func enter(_ step: Step) {
        path.append(step.id)
        customerLine = pickLine(step)
        if let ending = step.end {
            currentStep = nil
            finish(SessionOutcome(ending), reason: nil)
        } else {
            currentStep = step
        }
    }

    private mutating func pickLine(_ step: Step) -> String {
        guard step.lines.count > 1 else { return step.lines.first ?? "" }
        let index = Int(generator.next() % UInt64(step.lines.count))
        return step.lines[index]
    }

    private mutating func finish(_ outcome: SessionOutcome, reason: EndReason?) {
        self.outcome = outcome
        self.endReason = reason
        self.currentStep = nil
    }
}
