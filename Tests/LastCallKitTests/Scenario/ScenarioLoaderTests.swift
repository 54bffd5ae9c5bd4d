import Testing
@testable import LastCallKit

@Suite struct ScenarioLoaderTests {
    static let criteria = ["apology", "ownership", "time-frame", "no-blame", "name-and-number"]

    func load(_ text: String, path: String = "scenarios/late.yaml") throws -> (Scenario?, [String]) {
        let node = try YAMLReader.read(text, path: path)
        let (scenario, diagnostics) = ScenarioLoader(knownCriteria: Self.criteria).load(node, path: path)
        let renderer = DiagnosticRenderer(sources: [path: text])
        return (scenario, diagnostics.map { renderer.render($0) })
    }

    static let good = """
    scenario: late
    title: Late order
    level: 3
    tags: [orders, repeat]
    customer:
      name: Dana
      mood: 30
    criteria: [apology, ownership, no-blame]
    steps:
      opening:
        customer:
          - Where is it?
          - Third call!
        expect: [apology, ownership]
        coach: Own it.
        next:
          - when: [apology, mood >= 20]
            goto: done
          - when: mentions "your manager"
            end: escalated
          - goto: opening
      done:
        customer: Thanks.
        end: resolved
    examples:
      - name: good
        replies: ["I'm sorry, I'll fix it."]
        outcome: resolved
        path: [opening, done]
    """

    @Test func loadsAWellFormedScenarioWithDefaults() throws {
        let (scenario, messages) = try load(Self.good)
        #expect(messages.isEmpty)
        let s = try #require(scenario)
        #expect(s.id == "late")
        #expect(s.level == 3)
        #expect(s.tags == ["orders", "repeat"])
        #expect(s.customer == CustomerProfile(name: "Dana", mood: 30))
        #expect(s.criteria == ["apology", "ownership", "no-blame"])
        #expect(s.start == "opening")
        #expect(s.passMark == nil)
        #expect(s.steps.map(\.id) == ["opening", "done"])
        #expect(s.steps[0].lines == ["Where is it?", "Third call!"])
        #expect(s.steps[0].next.map(\.conditions) == [[.met("apology"), .mood(.greaterOrEqual, 20)], [.mentions("your manager")], []])
        #expect(s.steps[0].next.map(\.target) == [.step("done"), .end(.escalated), .step("opening")])
        #expect(s.steps[1].end == .resolved)
        #expect(s.examples.first?.path == ["opening", "done"])
        #expect(s.examples.first?.location.line == 26)
    }

    @Test func reportsEveryProblemWithLocationAndHint() throws {
        let text = """
        scenario: Late_Order
        titel: Late
        level: 9
        customer:
          mood: "40"
        steps:
          opening:
            customer: Hi
            expect: apolgy
            next:
              - when: mood = 3
                goto: closing
          closing:
            customer: Bye
            next: []
            end: resolved
        """
        let (scenario, messages) = try load(text)
        #expect(scenario == nil)
        #expect(messages == [
            """
            scenarios/late.yaml:2:1: error: unknown key 'titel' in a scenario file
                titel: Late
                ^
              hint: did you mean 'title'?
            """,
            "scenarios/late.yaml:1:1: error: the scenario is missing the required key 'title'\n    scenario: Late_Order\n    ^",
            """
            scenarios/late.yaml:1:11: error: scenario id 'Late_Order' may hold only lowercase letters, digits and dashes
                scenario: Late_Order
                          ^
              hint: for example 'late-order-third-call'
            """,
            "scenarios/late.yaml:3:8: error: 'level' is 9, outside 1 to 5\n    level: 9\n           ^",
            "scenarios/late.yaml:5:3: error: 'customer' is missing the required key 'name'\n      mood: \"40\"\n      ^",
            """
            scenarios/late.yaml:5:9: error: the customer's 'mood' should be a number, not quoted text
                  mood: "40"
                        ^
              hint: write 40 without quotes
            """,
            """
            scenarios/late.yaml:9:13: error: unknown criterion 'apolgy' in 'expect'
                    expect: apolgy
                            ^
              hint: did you mean 'apology'?
            """,
            """
            scenarios/late.yaml:11:15: error: malformed mood condition 'mood = 3'
                      - when: mood = 3
                              ^
              hint: write mood < 30 (or <=, >, >=)
            """,
            """
            scenarios/late.yaml:16:10: error: step 'closing' has both 'next' and 'end'
                    end: resolved
                         ^
              hint: use 'end:' on a closing step, or put 'end: OUTCOME' inside a branch of 'next'
            """,
        ])
    }

    @Test func findsUnreachableStepsAndDeadEnds() throws {
        let text = """
        scenario: late
        title: Late
        customer: {name: Dana}
        steps:
          a:
            customer: Hi
            next:
              - when: apology
                goto: b
              - goto: a
          b:
            customer: Still here
            next: [{goto: a}]
          lonely:
            customer: Nobody comes here
            end: lost
        """
        let (scenario, messages) = try load(text)
        #expect(scenario == nil)
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("scenarios/late.yaml:5:3: error: no ending can be reached from step 'a'"))
        #expect(messages[1].hasPrefix("scenarios/late.yaml:11:3: error: no ending can be reached from step 'b'"))
        #expect(messages[2].hasPrefix("scenarios/late.yaml:14:3: warning: step 'lonely' is never reached from the start step 'a'"))
    }

    @Test func warnsWhenTheFileNameDoesNotMatchTheID() throws {
        let (scenario, messages) = try load(Self.good, path: "scenarios/other.yaml")
        #expect(scenario != nil)
        #expect(messages.first?.hasPrefix("scenarios/other.yaml:1:11: warning: scenario id 'late' does not match the file name 'other'") == true)
    }

    @Test(arguments: [
        ("", "the scenario file is empty"),
        ("- a\n- b\n", "a scenario file should be a mapping of keys to values, not a list"),
        ("scenario: x\ntitle: t\ncustomer: {name: n}\nsteps: {}\n", "'steps' is empty"),
        ("scenario: x\ntitle: t\ncustomer: {name: n}\nsteps:\n  a:\n    customer: hi\n", "step 'a' has neither 'next' nor 'end'"),
        ("scenario: x\ntitle: t\ncustomer: {name: n}\nstart: b\nsteps:\n  a:\n    customer: hi\n    end: lost\n", "'start' names the unknown step 'b'"),
        ("scenario: x\ntitle: t\ncustomer: {name: n}\ncriteria: [apology]\nsteps:\n  a:\n    customer: hi\n    expect: ownership\n    next: [{end: lost}]\n",
         "step 'a' expects 'ownership', which this scenario does not score"),
        ("scenario: x\ntitle: t\ncustomer: {name: n}\nsteps:\n  a:\n    customer: hi\n    end: lost\nexamples:\n  - replies: [hi]\n    outcome: won\n",
         "unknown outcome 'won'"),
    ])
    func explainsStructuralMistakes(text: String, message: String) throws {
        let (scenario, messages) = try load(text, path: "x.yaml")
        #expect(scenario == nil)
        #expect(messages.contains { $0.contains("error: " + message) }, "\(messages)")
    }

    static func withWhen(_ when: String) -> String {
        """
        scenario: late
        title: Late
        customer: {name: Dana}
        steps:
          opening:
            customer: Where is it?
            next:
              - when: \(when)
                end: escalated
              - end: lost
        """
    }

    @Test func anyIsEitherOfSeveralConditions() throws {
        let (scenario, messages) = try load(Self.withWhen("[ownership, {any: [mentions transfer, \"mentions 'put you through'\", not apology]}]"))
        #expect(messages == [])
        #expect(scenario?.steps[0].next.first?.conditions
            == [.met("ownership"), .any([.mentions("transfer"), .mentions("put you through"), .missed("apology")])])
        let (whole, _) = try load(Self.withWhen("{any: [apology, ownership]}"))
        #expect(whole?.steps[0].next.first?.conditions == [.any([.met("apology"), .met("ownership")])])
    }

    @Test func mistakesInAnyAndInMentionsPhrasesAreLocated() throws {
        let (_, anyKey) = try load(Self.withWhen("{ayn: [apology]}"))
        #expect(anyKey.first == """
            scenarios/late.yaml:8:16: error: unknown key 'ayn' in a condition in 'when'
                      - when: {ayn: [apology]}
                               ^
              hint: did you mean 'any'?
            """)
        let (_, empty) = try load(Self.withWhen("{any: []}"))
        #expect(empty.first?.hasPrefix("scenarios/late.yaml:8:21: error: 'any' is an empty list") == true, "\(empty)")
        let (_, inside) = try load(Self.withWhen("{any: [apolgy]}"))
        #expect(inside.first?.hasPrefix("scenarios/late.yaml:8:22: error: unknown criterion 'apolgy' in condition") == true, "\(inside)")
        let (_, phrase) = try load(Self.withWhen("mentions \"(transfer|put you through\""))
        #expect(phrase.first == """
            scenarios/late.yaml:8:25: error: '(' is never closed in the phrase of 'mentions'
                      - when: mentions "(transfer|put you through"
                                        ^
              hint: add ')' after the last alternative
            """)
        let (_, quoted) = try load(Self.withWhen("'mentions \"(refund|money back\"'"))
        #expect(quoted.first?.hasPrefix("scenarios/late.yaml:8:26: error: '(' is never closed") == true, "\(quoted)")
    }

    @Test func startMayNameAnyStepAndGotoAnyDeclaredStep() throws {
        let text = "scenario: x\ntitle: t\ncustomer: {name: n}\nstart: b\nsteps:\n  a:\n    customer: bye\n    end: lost\n  b:\n    customer: hi\n    next: a\n"
        let (scenario, messages) = try load(text, path: "x.yaml")
        #expect(messages == [])
        #expect(scenario?.start == "b")
        #expect(scenario?.steps.map(\.id) == ["a", "b"])
    }

    @Test func aBrokenStepIsNotReportedAgainAsAnUnknownStartOrTarget() throws {
        // Step 'b' has an error; 'start: b' and 'goto: b' name it and must
        // not add "unknown step" errors, nor the graph checks false dead ends.
        let text = """
        scenario: x
        title: t
        customer: {name: n}
        start: b
        steps:
          a:
            customer: hi
            next: [{goto: b}]
          b:
            customer: hi
            next: a
            end: lost
        """
        let (scenario, messages) = try load(text, path: "x.yaml")
        #expect(scenario == nil)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("x.yaml:12:10: error: step 'b' has both 'next' and 'end'") == true, "\(messages)")
    }

    @Test func criteriaKeepRubricOrderAndWarnOnARepeat() throws {
        let text = "scenario: x\ntitle: t\ncustomer: {name: n}\ncriteria: [no-blame, apology, apology]\nsteps:\n  a:\n    customer: hi\n    end: lost\n"
        let (scenario, messages) = try load(text, path: "x.yaml")
        #expect(scenario?.criteria == ["apology", "no-blame"])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("x.yaml:4:31: warning: criterion 'apology' is listed twice") == true, "\(messages)")
    }
}
