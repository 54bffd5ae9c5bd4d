extension ScenarioLoader {
    /// `clock`: when the first contact starts (`Tuesday 10:15` or
    /// `2026-03-03 10:15`), else Monday 09:00 of the reference week.
    func loadClock(_ root: YAMLNode, check: inout NodeChecker) -> LocalDateTime {
        guard let node = root["clock"], let text = check.text(node, "'clock'") else { return Scenario.defaultClock }
        switch TimeTextError.catching({ try LocalDateTime.parseClock(text) }) {
        case .success(let moment): return moment
        case .failure(let error):
            check.error("bad 'clock' '\(text)': \(error.message)", at: location(of: node, offset: error.offset),
                        hint: error.hint ?? "write a weekday and time such as Tuesday 10:15, or a date and time such as 2026-03-03 10:15")
            return Scenario.defaultClock
        }
    }

    /// `ready`: when the answer is truly available, a time in the forms of
    /// `clock` or a duration from it (`3 hours`, `2 working days`).
    func loadReady(_ root: YAMLNode, check: inout NodeChecker) -> ScenarioTime? {
        guard let node = root["ready"], let text = check.text(node, "'ready'") else { return nil }
        do {
            return try ScenarioTime.parse(text)
        } catch {
            check.error("bad 'ready' '\(text)': \(error.message)", at: location(of: node, offset: error.offset),
                        hint: error.hint ?? "write a time such as Wednesday 14:00, or a duration such as 3 hours or 2 working days")
            // A ready written badly is still a ready: conditions on it are not reported again.
            return .after(ClockDuration(0, .minutes))
        }
    }

    /// A branch's `at:`; `ready` in it needs the scenario's `ready`.
    func contactTime(_ node: YAMLNode, hasReady: Bool, check: inout NodeChecker) -> ContactTime? {
        guard let text = check.text(node, "'at'") else { return nil }
        do {
            let time = try ContactTime.parse(text)
            if time.needsReady, !hasReady {
                check.error("'at: \(text.trimmingWhitespace())' needs the scenario's 'ready', the time the answer is truly available", at: node.location,
                            hint: "add a top-level 'ready:' (a time such as Wednesday 14:00, or a duration such as 2 working days)")
                return nil
            }
            return time
        } catch {
            check.error("bad 'at' '\(text)': \(error.message)", at: location(of: node, offset: error.offset), hint: error.hint)
            return nil
        }
    }

    /// Warns at each branch whose `contact N` condition needs a later
    /// contact in a scenario where no branch starts one: it can never hold.
    func checkContactConditions(_ steps: [Step], check: inout NodeChecker) {
        let startsContacts = steps.contains { step in step.next.contains { $0.target.isContact } }
        guard !startsContacts else { return }
        func laterContact(_ condition: Condition) -> Condition? {
            switch condition {
            case .contact(let comparison, let number) where !comparison.holds(1, number): return condition
            case .any(let choices): return choices.lazy.compactMap(laterContact).first
            default: return nil
            }
        }
        for step in steps {
            for branch in step.next {
                guard let condition = branch.conditions.lazy.compactMap(laterContact).first else { continue }
                check.warning("'\(condition)' can never hold: no branch of this scenario starts another contact", at: branch.location,
                              hint: "start one with 'contact: STEP' and 'at:', or drop the condition")
            }
        }
    }

    /// Reports every unknown or unclosed placeholder in the customer's
    /// line (or each variant of it), at the brace.
    func checkPlaceholders(_ node: YAMLNode, check: inout NodeChecker) {
        for item in node.items ?? [node] {
            guard let line = item.scalar else { continue }
            for problem in CustomerLine.problems(in: line) {
                check.error(problem.message, at: location(of: item, offset: problem.offset, in: line), hint: problem.hint)
            }
        }
    }

    /// The location of the character `offset` scalars into a scalar's
    /// text: exact for plain and quoted scalars on one line; the scalar's
    /// own location when the text before it spans lines or is a block.
    func location(of node: YAMLNode, offset: Int, in text: String? = nil) -> SourceLocation {
        var location = node.location
        if let text, text.unicodeScalars.prefix(offset).contains("\n") { return location }
        switch node.scalarStyle {
        case .plain?: location.column += offset
        case .singleQuoted?, .doubleQuoted?: location.column += offset + 1
        default: break
        }
        return location
    }
}
