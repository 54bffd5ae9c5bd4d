import Testing
@testable import LastCallKit

@Suite struct ScenarioGraphRendererTests {
    static let here = SourceLocation(path: "t.yaml", line: 1, column: 1)

    /// `open` has a fallback; `promise` has none, so an unmatched reply keeps
    /// the customer there; `done` is an ending.
    static let scenario = Scenario(
        id: "late", title: "Late", customer: CustomerProfile(name: "Dana", mood: 50), criteria: ["apology"], start: "open",
        steps: [
            Step(id: "open", lines: ["Where is it?"], expect: ["apology"],
                 next: [Branch(conditions: [.met("apology")], target: .step("promise"), location: here),
                        Branch(target: .end(.lost), location: here)], location: here),
            Step(id: "promise", lines: ["When?"], next: [Branch(conditions: [.mood(.greater, 40)], target: .step("done"), location: here)],
                 location: here),
            Step(id: "done", lines: ["Thanks."], end: .resolved, location: here),
        ],
        location: here)

    @Test func mermaidMarksTheFallbackAndTheRepeatLoop() {
        let text = ScenarioGraphRenderer.render(Self.scenario, format: .mermaid)
        #expect(text.contains("    s_open -- \"apology\" --> s_promise\n"))
        #expect(text.contains("    s_open -. \"otherwise (no when)\" .-> end_lost\n"))
        #expect(text.contains("    s_promise -. \"no branch matches: the customer presses the same point again\" .-> s_promise\n"))
        // a step with a fallback, and an ending, never repeat
        #expect(!text.contains("s_open -. \"no branch matches"))
        #expect(!text.contains("s_done -. "))
    }

    @Test func dotMarksTheFallbackAndTheRepeatLoop() {
        let text = ScenarioGraphRenderer.render(Self.scenario, format: .dot)
        #expect(text.contains("  \"open\" -> \"promise\" [label=\"apology\"];\n"))
        #expect(text.contains("  \"open\" -> \"end:lost\" [label=\"otherwise (no when)\", style=dashed];\n"))
        #expect(text.contains("  \"promise\" -> \"promise\" [label=\"no branch matches: the customer presses the same point again\", style=dotted];\n"))
        #expect(!text.contains("\"open\" -> \"open\""))
        #expect(!text.contains("\"done\" -> \"done\""))
    }
}

@Suite struct ScenarioGraphRendererContactTests {
    static let here = SourceLocation(path: "t.yaml", line: 1, column: 1)
    static let scenario = Scenario(
        id: "callback", title: "Callback", customer: CustomerProfile(name: "Ada"), criteria: ["time-frame"], start: "open",
        steps: [
            Step(id: "open", lines: ["When?"], next: [
                Branch(conditions: [.promised], target: .contact("callback", at: ContactTime(.promise, offset: ClockDuration(1, .hours))), location: here),
                Branch(target: .contact("callback", at: ContactTime(.ready)), location: here),
            ], location: here),
            Step(id: "callback", lines: ["Well?"], end: .resolved, location: here),
        ],
        location: here, ready: .after(ClockDuration(3, .hours)))

    @Test func mermaidDrawsAContactChangeAsAThickEdgeLabelledWithAt() {
        let text = ScenarioGraphRenderer.render(Self.scenario, format: .mermaid)
        #expect(text.contains("    s_open == \"promised; next contact at promise + 1 hour\" ==> s_callback\n"))
        #expect(text.contains("    s_open == \"otherwise (no when); next contact at ready\" ==> s_callback\n"))
    }

    @Test func dotDrawsAContactChangeAsABoldEdgeLabelledWithAt() {
        let text = ScenarioGraphRenderer.render(Self.scenario, format: .dot)
        #expect(text.contains("  \"open\" -> \"callback\" [label=\"promised; next contact at promise + 1 hour\", style=bold, penwidth=2, color=\"blue\"];\n"))
    }
}
