/// Runs a scenario's `examples` through the engine and reports each mismatch
/// (expected versus actual outcome and path) at the example's line.
public enum ExampleRunner {
    /// The diagnostics for `scenario`'s examples; `judge` scores one reply.
    public static func check(_ scenario: Scenario, rules: EngineRules, judge: (String) -> TurnVerdict) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for example in scenario.examples {
            var conversation = Conversation(scenario: scenario, rules: rules, seed: 1)
            var used = 0
            for reply in example.replies {
                if conversation.isOver { break }
                conversation.reply(reply, verdict: judge(reply))
                used += 1
            }
            if !conversation.isOver { conversation.abandon() }
            let outcome = conversation.outcome?.rawValue ?? "abandoned"
            var problems: [String] = []
            if outcome != example.outcome.rawValue {
                problems.append("expected outcome '\(example.outcome.rawValue)', got '\(outcome)'")
            }
            if let path = example.path, path != conversation.path {
                problems.append("expected path \(path.joined(separator: " > ")), got \(conversation.path.joined(separator: " > "))")
            }
            if used < example.replies.count {
                problems.append("the conversation ended after reply \(used) of \(example.replies.count)")
            }
            guard !problems.isEmpty else { continue }
            let trace = conversation.turns.enumerated().map { index, turn in
                "reply \(index + 1) at '\(turn.step)': met [\(turn.met.map(\.rawValue).joined(separator: ", "))], missed [\(turn.missed.map(\.rawValue).joined(separator: ", "))], mood \(turn.mood)"
            }.joined(separator: "; ")
            diagnostics.append(Diagnostic(.error, at: example.location,
                                          "example '\(example.name)' fails: " + problems.joined(separator: "; "),
                                          hint: trace.isEmpty ? nil : trace))
        }
        return diagnostics
    }
}
