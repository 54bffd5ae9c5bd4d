/// Runs a scenario's `examples` through the engine and reports each mismatch
/// (expected versus actual outcome, path and number of contacts) at the
/// example's line.
public enum ExampleRunner {
    /// The diagnostics for `scenario`'s examples; `judge` scores one reply
    /// (with no simulated clock, so no promise is tracked).
    public static func check(_ scenario: Scenario, rules: EngineRules, judge: (String) -> TurnVerdict) -> [Diagnostic] {
        check(scenario, rules: rules, judgeAt: { reply, _ in judge(reply) })
    }

    /// The diagnostics for `scenario`'s examples; `judgeAt` scores one
    /// reply against the conversation's simulated clock.
    public static func check(_ scenario: Scenario, rules: EngineRules, judgeAt judge: (String, LocalDateTime) -> TurnVerdict) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // compiled once for all the examples
        let mentions = scenario.examples.isEmpty ? nil : WordMatcher(mentionsIn: scenario)
        for example in scenario.examples {
            var conversation = Conversation(scenario: scenario, rules: rules, seed: 1, mentions: mentions)
            var used = 0
            for reply in example.replies {
                if conversation.isOver { break }
                conversation.reply(reply, verdict: judge(reply, conversation.clock))
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
            if let contacts = example.contacts, contacts != conversation.contacts.count {
                problems.append("expected \(contacts) contact\(contacts == 1 ? "" : "s"), got \(conversation.contacts.count)")
            }
            if used < example.replies.count {
                problems.append("the conversation ended after reply \(used) of \(example.replies.count)")
            }
            guard !problems.isEmpty else { continue }
            // Where the conversation spans contacts, each reply says which
            // one and when, so a promise's due time can be followed.
            let showsContacts = conversation.contacts.count > 1
            var steps = conversation.turns.enumerated().map { index, turn in
                let contact = showsContacts ? " (contact \(turn.contact ?? 1), \(turn.clock.map { "\($0.weekday.name) \($0.spokenTime)" } ?? ""))" : ""
                return "reply \(index + 1) at '\(turn.step)'\(contact): met [\(turn.met.map(\.rawValue).joined(separator: ", "))], missed [\(turn.missed.map(\.rawValue).joined(separator: ", "))], mood \(turn.mood)"
            }
            // The engine ends a call at mood 0 before it tries any branch:
            // say so, or the trace reads as if the branches were ignored.
            if let reason = conversation.endReason, reason != .abandoned {
                steps.append(reason.explanation)
            }
            let trace = steps.joined(separator: "; ")
            diagnostics.append(Diagnostic(.error, at: example.location,
                                          "example '\(example.name)' fails: " + problems.joined(separator: "; "),
                                          hint: trace.isEmpty ? nil : trace))
        }
        return diagnostics
    }
}
