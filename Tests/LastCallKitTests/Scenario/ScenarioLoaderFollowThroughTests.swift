import Testing
@testable import LastCallKit

/// The multi-contact keys of a scenario: `clock`, `ready`, `contact` with
/// `at`, the follow-through conditions, placeholders and `contacts` in examples.
@Suite struct ScenarioLoaderFollowThroughTests {
    static let criteria = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]

    func load(_ text: String) throws -> (Scenario?, [String]) {
        let path = "scenarios/callback.yaml"
        let node = try YAMLReader.read(text, path: path)
        let (scenario, diagnostics) = ScenarioLoader(knownCriteria: Self.criteria).load(node, path: path)
        let renderer = DiagnosticRenderer(sources: [path: text])
        return (scenario, diagnostics.map { renderer.render($0) })
    }

    static let good = """
    scenario: callback
    title: The callback
    clock: Tuesday 10:15
    ready: 2 working days
    customer:
      name: Ada
    steps:
      opening:
        customer: Is it fixed?
        next:
          - when: [promised, not named]
            contact: callback
            at: promise + 1 hour
          - when: {any: [promise kept, contact >= 2]}
            contact: callback
            at: ready
          - goto: opening
      callback:
        customer: "It's {clock}. {agent|The last agent} said {promise}."
        next:
          - when: said apology
            end: resolved
          - end: lost
    examples:
      - replies: ["I'll call you by 4pm."]
        outcome: lost
        contacts: 2
    """

    @Test func loadsClockReadyContactsAndConditions() throws {
        let (scenario, messages) = try load(Self.good)
        #expect(messages.isEmpty)
        let s = try #require(scenario)
        #expect(s.clock.iso == "2026-03-03T10:15")
        #expect(s.ready == .after(ClockDuration(2, .workingDays)))
        #expect(s.hasContacts)
        let branches = s.step("opening")!.next
        #expect(branches[0].target == .contact("callback", at: ContactTime(.promise, offset: ClockDuration(1, .hours))))
        #expect(branches[0].conditions == [.promised, .not(.said("name-and-number"))])
        #expect(branches[1].conditions == [.any([.promise(kept: true), .contact(.greaterOrEqual, 2)])])
        #expect(s.examples[0].contacts == 2)
    }

    @Test func anOldScenarioGetsTheDefaultClockAndNoReady() throws {
        let (scenario, _) = try load("""
        scenario: callback
        title: T
        customer: {name: Ada}
        steps:
          a: {customer: Hi, end: resolved}
        """)
        #expect(scenario?.clock.iso == "2026-03-02T09:00")
        #expect(scenario?.ready == nil)
        #expect(scenario?.hasContacts == false)
    }

    @Test func reportsEveryFollowThroughMistakeWithItsLocation() throws {
        let (scenario, messages) = try load("""
        scenario: callback
        title: T
        clock: Tusday 10:15
        customer: {name: Ada}
        steps:
          a:
            customer: "Hello {agnt}, {due"
            next:
              - when: promise kept
                contact: b
                at: ready
              - when: [named, contact 0]
                contact: b
              - when: promised
                goto: b
                at: promise
              - contact: c
                at: promis + 1 hour
              - when: said apolgy
                end: lost
          b: {customer: Hi, end: resolved}
        examples:
          - {replies: [hi], outcome: resolved, contacts: 0}
        """)
        #expect(scenario == nil)
        #expect(messages == [
            """
            scenarios/callback.yaml:3:8: error: bad 'clock' 'Tusday 10:15': 'Tusday' is neither a date nor a weekday
                clock: Tusday 10:15
                       ^
              hint: did you mean 'Tuesday'?
            """,
            """
            scenarios/callback.yaml:7:22: error: unknown placeholder '{agnt}' in the customer's line
                    customer: "Hello {agnt}, {due"
                                     ^
              hint: did you mean '{agent}'?
            """,
            """
            scenarios/callback.yaml:7:30: error: '{' is never closed in the customer's line
                    customer: "Hello {agnt}, {due"
                                             ^
              hint: placeholders are written {agent}, {promise}, {due}, {clock}, {contact}, with an optional fallback: {agent|the last agent}
            """,
            """
            scenarios/callback.yaml:9:15: error: 'promise kept' needs the scenario's 'ready', the time the answer is truly available
                      - when: promise kept
                              ^
              hint: add a top-level 'ready:' (a time such as Wednesday 14:00, or a duration such as 2 working days)
            """,
            """
            scenarios/callback.yaml:11:13: error: 'at: ready' needs the scenario's 'ready', the time the answer is truly available
                        at: ready
                            ^
              hint: add a top-level 'ready:' (a time such as Wednesday 14:00, or a duration such as 2 working days)
            """,
            """
            scenarios/callback.yaml:12:23: error: contact condition 'contact 0' needs a contact number from 1
                      - when: [named, contact 0]
                                      ^
              hint: write contact 2 or contact >= 2 (also <, <=, >)
            """,
            """
            scenarios/callback.yaml:13:18: error: a branch with 'contact' needs 'at', the simulated time the next contact starts
                        contact: b
                                 ^
              hint: write at: promise, at: ready, at: promise + 1 hour, or a time such as at: Wednesday 14:00
            """,
            """
            scenarios/callback.yaml:16:13: error: 'at' belongs to a branch with 'contact'
                        at: promise
                            ^
              hint: write 'contact: STEP' with 'at:' to start another contact, or drop 'at'
            """,
            """
            scenarios/callback.yaml:18:13: error: bad 'at' 'promis + 1 hour': 'promis' is neither 'promise', 'ready' nor a time
                        at: promis + 1 hour
                            ^
              hint: did you mean 'promise'?
            """,
            """
            scenarios/callback.yaml:19:9: warning: this branch can never be taken: the branch at line 17 has no 'when' and always matches
                      - when: said apolgy
                        ^
              hint: move the branch without 'when' to the end of 'next'
            """,
            """
            scenarios/callback.yaml:19:20: error: unknown criterion 'apolgy' in condition
                      - when: said apolgy
                                   ^
              hint: did you mean 'apology'?
            """,
            """
            scenarios/callback.yaml:23:50: error: 'contacts' in example 1 is 0, outside 1 to 100
                  - {replies: [hi], outcome: resolved, contacts: 0}
                                                                 ^
            """,
        ])
    }

    @Test func aContactToAnUnknownStepIsNamedAsSuch() throws {
        let (_, messages) = try load("""
        scenario: callback
        title: T
        customer: {name: Ada}
        steps:
          a:
            customer: Hi
            next:
              - contact: calback
                at: Wednesday 14:00
          callback: {customer: Hi, end: resolved}
        """)
        #expect(messages.first?.hasPrefix("scenarios/callback.yaml:8:18: error: 'contact' names the unknown step 'calback'") == true)
        #expect(messages.first?.hasSuffix("hint: did you mean 'callback'?") == true)
    }

    @Test func aLaterContactConditionWithNoContactBranchIsWarnedAbout() throws {
        let text = """
        scenario: callback
        title: T
        customer: {name: Ada}
        steps:
          a:
            customer: Hi
            next:
              - when: {any: [contact >= 2, promised]}
                end: resolved
              - when: contact 1
                end: lost
        """
        let (scenario, messages) = try load(text)
        #expect(scenario != nil)
        #expect(messages == [
            """
            scenarios/callback.yaml:9:14: warning: 'contact >= 2' can never hold: no branch of this scenario starts another contact
                        end: resolved
                             ^
              hint: start one with 'contact: STEP' and 'at:', or drop the condition
            """,
        ])
        let (_, withContacts) = try load(text.replacingOccurrences(of: "        end: lost", with: "        contact: a\n        at: promise"))
        #expect(withContacts.isEmpty)
    }
}
