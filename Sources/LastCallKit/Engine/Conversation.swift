/// The conversation engine: a state machine that plays a scenario's customer.
/// The caller shows `customerLine`, gets the trainee's reply, has it scored,
/// and passes both to `reply(_:verdict:)`. It does no I/O.
///
/// It keeps a simulated clock: the scenario's `clock` at the first
/// contact, standing still within a contact (the caller scores each reply
/// against ``clock``, so a time-frame's due time is known), and moved on
/// when a branch starts another contact (`contact: STEP` with `at:`). Every
/// reply that names a due time is kept as a ``Promise`` (but an act done at
/// once does not replace an open promise); the customer's
/// mood erodes as each contact starts (``EngineRules/erosion``).
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

    /// The simulated time now: when the current contact started.
    public private(set) var clock: LocalDateTime
    /// The contacts so far, the current one last.
    public private(set) var contacts: [Contact] = []
    /// The promises the trainee made, in order.
    public private(set) var promises: [Promise] = []
    /// When the answer is truly available (the scenario's `ready` on the
    /// clock), or nil when the scenario does not say.
    public let ready: LocalDateTime?
    /// The name the trainee gave, the last time they gave one.
    public private(set) var agentName: String?
    /// The criteria met in any reply so far (`said CRITERION`).
    public private(set) var said: Set<CriterionID> = []

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
        self.clock = scenario.clock
        self.ready = scenario.ready?.resolve(from: scenario.clock, hours: rules.businessHours)
        self.mood = max(0, scenario.customer.mood - rules.erosion(atContact: 1))
        self.customerLine = ""
        self.currentStep = nil
        contacts = [Contact(number: 1, started: scenario.clock)]
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

    /// The number of the contact going on (1 for the first).
    public var contactNumber: Int { contacts.count }

    /// The due time of the trainee's latest promise, if any.
    public var latestDue: LocalDateTime? { promises.last?.due }

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
        let turn = Turn(step: step.id, customer: customerLine, reply: text, met: met, missed: missed, evidence: evidence, mood: mood,
                        contact: contactNumber, clock: clock)
        turns.append(turn)
        remember(verdict)

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
        case .contact(let id, let at)?:
            guard let nextStep = scenario.step(id) else {
                finish(.abandoned, reason: .abandoned)
                break
            }
            startContact(at: at)
            enter(nextStep)
            if mood == 0, outcome == nil { finish(.lost, reason: .hungUp) }
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
    public var score: Int { SessionScore.score(turns: turns, rules: rules, criteria: criteria) }

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
        case .promised: return !promises.isEmpty
        case .promise(let kept):
            guard let due = latestDue, let ready else { return false }
            return Promise.isKept(due: due, ready: ready) == kept
        case .said(let criterion): return CriterionID(rawValue: criterion).map(said.contains) ?? false
        case .contact(let comparison, let number): return comparison.holds(contactNumber, number)
        case .not(let condition): return !holds(condition, reply: reply, verdict: verdict)
        }
    }

    /// Keeps what this reply said for later turns and contacts: the
    /// criteria it met, the promise it made, the name it gave. An act done
    /// at once ("I'll add free data right now") while an earlier promise is
    /// still open (not yet due on the clock) is no new promise: the open
    /// one stays the promise followed through.
    private mutating func remember(_ verdict: TurnVerdict) {
        for (criterion, isMet) in verdict.met where isMet { said.insert(criterion) }
        if let due = verdict.due, !(verdict.isImmediate && promises.last.map { $0.due >= clock } == true) {
            let words = verdict.promise ?? verdict.evidence[.timeFrame]?.first ?? ""
            promises.append(Promise(turn: turns.count, contact: contactNumber, words: words, due: due,
                                    kept: ready.map { Promise.isKept(due: due, ready: $0) }))
        }
        if verdict.isMet(.nameAndNumber), let name = AgentName.from(verdict.evidence[.nameAndNumber] ?? []) {
            agentName = name
        }
    }

    /// Ends the current contact and starts the next at `at` on the clock
    /// (never earlier than now: the clock does not run back), with the
    /// erosion of the customer's mood that the rubric sets for it.
    private mutating func startContact(at time: ContactTime) {
        let moment = time.resolve(promise: latestDue, ready: ready, now: clock, hours: rules.businessHours)
        clock = max(clock, moment)
        contacts.append(Contact(number: contacts.count + 1, started: clock))
        mood = min(100, max(0, mood - rules.erosion(atContact: contactNumber)))
    }

    /// What the customer's placeholders stand for now (see ``CustomerLine``).
    public var placeholderValues: [String: String] {
        var values = ["clock": "\(clock.weekday.name) \(clock.spokenTime)", "contact": CustomerLine.ordinal(contactNumber)]
        if let agentName { values["agent"] = agentName }
        if let promise = promises.last {
            values["promise"] = promise.words
            values["due"] = promise.due.spoken(relativeTo: clock)
        }
        return values
    }

    private mutating func enter(_ step: Step) {
        path.append(step.id)
        contacts[contacts.count - 1].steps.append(step.id)
        customerLine = CustomerLine.render(pickLine(step), values: placeholderValues)
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
