import Testing
@testable import LastCallKit

/// The engine across contacts: the simulated clock, promises and whether
/// they are kept, `said` and `contact` conditions, erosion and placeholders.
@Suite struct ConversationFollowThroughTests {
    static let here = SourceLocation(path: "t.yaml", line: 1, column: 1)
    static let tuesday = LocalDateTime(year: 2026, month: 3, day: 3, hour: 10, minute: 15)!
    static let rules = EngineRules(moodGain: [:], moodLoss: [:], passMark: 0, turnCap: 10)

    /// Opening: a promise starts a callback at the promise (+ `offset`);
    /// the callback resolves when the promise is kept and else goes on to a
    /// third contact an hour after ready.
    static func scenario(ready: ScenarioTime? = .at(LocalDateTime(year: 2026, month: 3, day: 4, hour: 14, minute: 0)!),
                         at: ContactTime = ContactTime(.promise), mood: Int = 50) -> Scenario {
        Scenario(
            id: "callback", title: "Callback", customer: CustomerProfile(name: "Ada", mood: mood),
            criteria: ["apology", "time-frame", "name-and-number"], start: "open",
            steps: [
                Step(id: "open", lines: ["Hello, it's {clock}."], next: [
                    Branch(conditions: [.promised], target: .contact("callback", at: at), location: here),
                    Branch(conditions: [.not(.promised), .said("apology")], target: .step("open"), location: here),
                    Branch(target: .end(.lost), location: here),
                ], location: here),
                Step(id: "callback", lines: ["My {contact} call. {agent|Whoever it was} said {promise}, {due}."], next: [
                    Branch(conditions: [.any([.promise(kept: true), .contact(.greaterOrEqual, 3)])], target: .end(.resolved), location: here),
                    Branch(conditions: [.promise(kept: false)], target: .contact("callback", at: ContactTime(.ready, offset: ClockDuration(1, .hours))), location: here),
                ], location: here),
            ],
            location: here, clock: tuesday, ready: ready)
    }

    static func verdict(due: LocalDateTime? = nil, words: String? = nil, name: String? = nil, apology: Bool = false) -> TurnVerdict {
        var met: [CriterionID: Bool] = [.apology: apology, .timeFrame: due != nil, .noBlame: true, .nameAndNumber: name != nil]
        met[.ownership] = false
        var evidence: [CriterionID: [String]] = [:]
        if let name { evidence[.nameAndNumber] = [name] }
        return TurnVerdict(met: met, evidence: evidence, due: due, promise: words)
    }

    @Test func aKeptPromiseStartsTheCallbackAtTheDueTime() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 1)
        #expect(conversation.clock == Self.tuesday)
        #expect(conversation.customerLine == "Hello, it's Tuesday 10:15am.")
        let thursday = LocalDateTime(year: 2026, month: 3, day: 5, hour: 12, minute: 0)!
        let turn = conversation.reply("This is Priya; I'll call you by Thursday noon.",
                                      verdict: Self.verdict(due: thursday, words: "by Thursday noon", name: "This is Priya"))
        #expect(turn?.contact == 1)
        #expect(turn?.clock == Self.tuesday)
        #expect(conversation.contactNumber == 2)
        #expect(conversation.clock == thursday)
        #expect(conversation.agentName == "Priya")
        #expect(conversation.customerLine == "My second call. Priya said by Thursday noon, noon today.")
        #expect(conversation.promises == [Promise(turn: 1, contact: 1, words: "by Thursday noon", due: thursday, kept: true)])
        conversation.reply("It's done.", verdict: Self.verdict())
        #expect(conversation.outcome == .resolved)
        #expect(conversation.contacts.map(\.number) == [1, 2])
        #expect(conversation.contacts.map(\.steps) == [["open"], ["callback"]])
        #expect(conversation.contacts.map(\.started) == [Self.tuesday, thursday])
        #expect(conversation.path == ["open", "callback"])
    }

    @Test func aBrokenPromiseGoesOnToAThirdContactAfterReadyWithErosion() {
        var rules = Self.rules
        rules.erosion = [5, 10, 25]
        var conversation = Conversation(scenario: Self.scenario(), rules: rules, seed: 1)
        #expect(conversation.mood == 45)
        let fourPM = LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!
        conversation.reply("I'll call you by 4pm today.", verdict: Self.verdict(due: fourPM, words: "by 4pm today"))
        #expect(conversation.promises.first?.kept == false)
        #expect(conversation.clock == fourPM)
        #expect(conversation.mood == 35)
        #expect(conversation.customerLine == "My second call. Whoever it was said by 4pm today, 4pm today.")
        conversation.reply("Still working on it.", verdict: Self.verdict())
        #expect(conversation.contactNumber == 3)
        #expect(conversation.clock.iso == "2026-03-04T15:00")
        #expect(conversation.mood == 10)
        #expect(conversation.customerLine == "My third call. Whoever it was said by 4pm today, yesterday at 4pm.")
        conversation.reply("Here it is.", verdict: Self.verdict())
        #expect(conversation.outcome == .resolved)
        #expect(conversation.path == ["open", "callback", "callback"])
        #expect(conversation.turns.map(\.contact) == [1, 2, 3])
        #expect(conversation.turns.map { $0.clock?.iso } == ["2026-03-03T10:15", "2026-03-03T16:00", "2026-03-04T15:00"])
    }

    @Test func theLastValueOfErosionRepeatsAndMoodZeroHangsUp() {
        var rules = Self.rules
        rules.erosion = [0, 30]
        #expect(rules.erosion(atContact: 1) == 0)
        #expect(rules.erosion(atContact: 2) == 30)
        #expect(rules.erosion(atContact: 7) == 30)
        var conversation = Conversation(scenario: Self.scenario(mood: 25), rules: rules, seed: 1)
        conversation.reply("By 4pm.", verdict: Self.verdict(due: LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!, words: "By 4pm"))
        #expect(conversation.mood == 0)
        #expect(conversation.outcome == .lost)
        #expect(conversation.endReason == .hungUp)
        #expect(conversation.contacts.count == 2)
    }

    @Test func saidHoldsForACriterionMetInAnEarlierTurn() {
        var conversation = Conversation(scenario: Self.scenario(), rules: Self.rules, seed: 1)
        conversation.reply("I'm so sorry.", verdict: Self.verdict(apology: true))
        #expect(conversation.currentStep?.id == "open")
        #expect(conversation.said.contains(.apology))
        // not promised, and apology was said earlier: the step repeats again
        conversation.reply("Hmm.", verdict: Self.verdict())
        #expect(conversation.currentStep?.id == "open")
        #expect(conversation.contactNumber == 1)
    }

    @Test func withoutReadyPromisesAreNeitherKeptNorBroken() {
        var conversation = Conversation(scenario: Self.scenario(ready: nil), rules: Self.rules, seed: 1)
        conversation.reply("By 4pm.", verdict: Self.verdict(due: LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!, words: "By 4pm"))
        #expect(conversation.promises.first?.kept == nil)
        #expect(conversation.ready == nil)
    }

    @Test func theClockNeverRunsBackwards() {
        let earlier = ContactTime(.moment(LocalDateTime(year: 2026, month: 3, day: 2, hour: 9, minute: 0)!))
        var conversation = Conversation(scenario: Self.scenario(at: earlier), rules: Self.rules, seed: 1)
        conversation.reply("By 4pm.", verdict: Self.verdict(due: LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!, words: "By 4pm"))
        #expect(conversation.clock == Self.tuesday)
        #expect(conversation.contactNumber == 2)
    }

    @Test func readyAsADurationCountsFromTheClockInWorkingDays() {
        let conversation = Conversation(scenario: Self.scenario(ready: .after(ClockDuration(2, .workingDays))), rules: Self.rules, seed: 1)
        #expect(conversation.ready?.iso == "2026-03-05T17:00")
    }

    @Test func theRealScorerGivesTheEngineTheDueTimeAtTheSimulatedClock() {
        var conversation = Conversation(scenario: Self.scenario(), rules: EngineRules(rubric: ScoringFixtures.rubric), seed: 1)
        let reply = "I'm so sorry. My name is Priya, and I'll call you back by 4pm today."
        conversation.reply(reply, verdict: TurnVerdict(ScoringFixtures.scorer.score(reply, clock: conversation.clock)))
        #expect(conversation.promises.map(\.due.iso) == ["2026-03-03T16:00"])
        #expect(conversation.promises.first?.words == "by 4pm today")
        #expect(conversation.agentName == "Priya")
        #expect(conversation.clock.iso == "2026-03-03T16:00")
    }

    @Test func thePromisesWordsAreTheOnesItsDueTimeComesFrom() {
        var conversation = Conversation(scenario: Self.scenario(), rules: EngineRules(rubric: ScoringFixtures.rubric), seed: 1)
        let reply = "I'll have an answer this afternoon. I'll ring you back by 4pm today"
        conversation.reply(reply, verdict: TurnVerdict(ScoringFixtures.scorer.score(reply, clock: conversation.clock)))
        #expect(conversation.promises.map(\.due.iso) == ["2026-03-03T16:00"])
        #expect(conversation.promises.first?.words == "by 4pm today")
        #expect(conversation.placeholderValues["promise"] == "by 4pm today")
    }

    /// Two replies in the first contact before the callback starts at the
    /// promise: "open" goes on to "confirm", which starts it once promised.
    static func twoReplyScenario() -> Scenario {
        var scenario = scenario()
        scenario.start = "first"
        scenario.steps.insert(Step(id: "first", lines: ["What will you do?"], next: [
            Branch(target: .step("confirm"), location: here),
        ], location: here), at: 0)
        scenario.steps.insert(Step(id: "confirm", lines: ["Anything else?"], next: [
            Branch(conditions: [.promised], target: .contact("callback", at: ContactTime(.promise)), location: here),
            Branch(target: .end(.lost), location: here),
        ], location: here), at: 1)
        return scenario
    }

    @Test func anActDoneAtOnceInALaterReplyDoesNotReplaceTheOpenPromise() {
        var conversation = Conversation(scenario: Self.twoReplyScenario(), rules: EngineRules(rubric: ScoringFixtures.rubric), seed: 1)
        for reply in ["I'll call you back by 4pm today.", "I'll add some free data to your account right now."] {
            conversation.reply(reply, verdict: TurnVerdict(ScoringFixtures.scorer.score(reply, clock: conversation.clock)))
        }
        #expect(conversation.promises.map(\.words) == ["by 4pm today"])
        #expect(conversation.contactNumber == 2)
        #expect(conversation.clock.iso == "2026-03-03T16:00")
    }

    @Test func anActDoneAtOnceBesideALaterTimeIsNotThePromise() {
        var conversation = Conversation(scenario: Self.scenario(), rules: EngineRules(rubric: ScoringFixtures.rubric), seed: 1)
        let reply = "I'll ring the courier now and call you back by 7pm tonight."
        conversation.reply(reply, verdict: TurnVerdict(ScoringFixtures.scorer.score(reply, clock: conversation.clock)))
        #expect(conversation.promises.map(\.words) == ["by 7pm tonight"])
        #expect(conversation.clock.iso == "2026-03-03T19:00")
    }

    @Test func anActDoneAtOnceAfterThePromiseLapsedIsANewPromise() {
        let scenario = Self.scenario(at: ContactTime(.promise, offset: ClockDuration(1, .hours)))
        var conversation = Conversation(scenario: scenario, rules: EngineRules(rubric: ScoringFixtures.rubric), seed: 1)
        for reply in ["I'll call you back by 4pm today.", "I'm so sorry, I'll fix it right now."] {
            conversation.reply(reply, verdict: TurnVerdict(ScoringFixtures.scorer.score(reply, clock: conversation.clock)))
        }
        #expect(conversation.promises.map(\.words) == ["by 4pm today", "right now"])
        #expect(conversation.promises.map(\.due.iso) == ["2026-03-03T16:00", "2026-03-03T17:00"])
        #expect(conversation.promises.map(\.contact) == [1, 2])
    }

    @Test(arguments: ["Take care, Lorna.", "Thanks, Lorna", "Hi Lorna, I'll ring you back by 4pm today."])
    func theCustomersNameIsNotTakenForTheAgents(reply: String) {
        var conversation = Conversation(scenario: Self.scenario(), rules: EngineRules(rubric: ScoringFixtures.rubric), seed: 1)
        conversation.reply(reply, verdict: TurnVerdict(ScoringFixtures.scorer.score(reply, clock: conversation.clock)))
        #expect(conversation.agentName == nil)
        #expect(conversation.placeholderValues["agent"] == nil)
    }

    @Test(arguments: [
        (["my name is Priya"], "Priya"),
        (["This is Sam from billing"], "Sam"),
        (["I'm Jo Bloggs, ext 221"], "Jo Bloggs"),
        (["Cheers, Kate"], "Kate"),
        (["Ravi here"], "Ravi"),
        (["call me on 0161 496 0732"], nil),
    ] as [([String], String?)])
    func picksTheAgentsNameOutOfTheEvidence(evidence: [String], name: String?) {
        #expect(AgentName.from(evidence) == name)
    }
}

@Suite struct ExampleRunnerContactsTests {
    @Test func anExampleStatesHowManyContactsItExpectsAndTheTraceSaysWhen() {
        var scenario = ConversationFollowThroughTests.scenario()
        let due = LocalDateTime(year: 2026, month: 3, day: 3, hour: 16, minute: 0)!
        scenario.examples = [
            ScenarioExample(name: "breaks it", replies: ["By 4pm.", "Not yet.", "Done."], outcome: .resolved, contacts: 3, location: ConversationFollowThroughTests.here),
            ScenarioExample(name: "wrong count", replies: ["By 4pm.", "Not yet.", "Done."], outcome: .resolved, contacts: 2, location: ConversationFollowThroughTests.here),
        ]
        var clocks: [String] = []
        let diagnostics = ExampleRunner.check(scenario, rules: ConversationFollowThroughTests.rules) { reply, clock in
            clocks.append(clock.iso)
            return reply == "By 4pm." ? ConversationFollowThroughTests.verdict(due: due, words: "By 4pm") : ConversationFollowThroughTests.verdict()
        }
        #expect(clocks == ["2026-03-03T10:15", "2026-03-03T16:00", "2026-03-04T15:00"] + ["2026-03-03T10:15", "2026-03-03T16:00", "2026-03-04T15:00"])
        #expect(diagnostics.map(\.message) == ["example 'wrong count' fails: expected 2 contacts, got 3"])
        #expect(diagnostics.first?.hint == "reply 1 at 'open' (contact 1, Tuesday 10:15am): met [], missed [], mood 50; "
                + "reply 2 at 'callback' (contact 2, Tuesday 4pm): met [], missed [], mood 40; "
                + "reply 3 at 'callback' (contact 3, Wednesday 3pm): met [], missed [], mood 15")
    }
}
