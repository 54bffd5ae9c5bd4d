/// Builds a `Scenario` from a scenario file's node tree, collecting every
/// problem with its location: unknown keys, wrong types and ranges, missing
/// keys, unknown steps, criteria and outcomes, malformed conditions, and
/// steps that are unreachable or lead to no end.
public struct ScenarioLoader: Sendable {
    /// The criterion ids the rubric defines, in rubric order.
    public var knownCriteria: [String]

    static let topKeys = ["scenario", "title", "summary", "level", "tags", "customer", "criteria", "focus", "pass", "start", "steps", "examples", "clock", "ready"]
    static let customerKeys = ["name", "mood", "persona"]
    static let stepKeys = ["customer", "expect", "coach", "next", "end"]
    static let branchKeys = ["when", "goto", "end", "contact", "at"]
    /// The keys of a condition written as a mapping in `when`.
    static let anyKeys = ["any"]
    static let exampleKeys = ["name", "replies", "outcome", "path", "contacts"]

    /// Creates a loader that accepts the given criteria.
    public init(knownCriteria: [String]) {
        self.knownCriteria = knownCriteria
    }

    /// The scenario (nil when there are errors) and every diagnostic found.
    /// `path` is used to warn when the file name does not match the id.
    ///
    /// The steps, in order: the top-level mapping; the header (id, title,
    /// level, tags, customer, criteria, pass mark); the steps; where the
    /// conversation starts; the `goto` targets, once every step id is
    /// known; the examples; and, when all of that holds together, the graph
    /// checks (unreachable steps, dead ends).
    public func load(_ root: YAMLNode, path: String) -> (scenario: Scenario?, diagnostics: [Diagnostic]) {
        var check = NodeChecker()
        guard check.mapping(root, "a scenario file", allowed: Self.topKeys) != nil else {
            if root.isNull {
                return (nil, [Diagnostic(.error, at: root.location, "the scenario file is empty",
                                         hint: "start with 'scenario: an-id', 'title:', 'customer:' and 'steps:'")])
            }
            return (nil, check.diagnostics)
        }
        check.require(["scenario", "title", "customer", "steps"], in: root, "the scenario")

        let header = loadHeader(root, path: path, check: &check)
        let summary = root["summary"].flatMap { check.text($0, "'summary'", allowEmpty: true) }
        let customer = loadCustomer(root, check: &check)
        let criteria = header.criteria
        let focus = loadFocus(root, criteria: criteria, check: &check)
        let passMark = root["pass"].flatMap { check.integer($0, "'pass' (the pass mark)", in: 0...100) }

        let clock = loadClock(root, check: &check)
        let ready = loadReady(root, check: &check)
        let steps = loadSteps(root, criteria: criteria, hasReady: ready != nil, check: &check)
        let start = loadStart(root, steps: steps, check: &check)
        let targetsAreKnown = checkTargets(steps, check: &check)
        let examples = loadExamples(root, steps: steps, check: &check)

        // The graph checks need every step; with one missing they would
        // report false dead ends.
        if steps.isComplete, targetsAreKnown, steps.declaredIDs.contains(start) {
            ScenarioGraph(steps: steps.loaded, start: start).check(&check)
        }
        checkContactConditions(steps.loaded, check: &check)
        guard !check.hasErrors else { return (nil, check.diagnostics) }
        var scenario = Scenario(
            id: header.id, title: header.title, summary: summary, level: header.level, tags: header.tags, customer: customer,
            criteria: criteria, passMark: passMark, start: start, steps: steps.loaded, examples: examples, location: root.location,
            clock: clock, ready: ready)
        scenario.focus = focus
        return (scenario, check.diagnostics)
    }

    /// What `loadSteps` found: the steps that loaded without errors, every
    /// step id the file declares (loaded or not), and each `goto` target
    /// with where it is written, checked once all ids are known.
    private struct LoadedSteps {
        var loaded: [Step] = []
        var declared: [String] = []
        var gotos: [(target: String, location: SourceLocation, key: String)] = []
        /// Whether `steps` is a mapping at all.
        var isMapping = false

        /// Every declared step loaded, so the graph is whole.
        var isComplete: Bool { isMapping && loaded.count == declared.count }
        var declaredIDs: Set<String> { Set(declared) }
    }

    /// The scenario id: lowercase letters, digits and dashes, and (a
    /// warning) the same as the file name.
    func loadID(_ root: YAMLNode, path: String, check: inout NodeChecker) -> String {
        guard let node = root["scenario"], let value = check.text(node, "'scenario' (the id)") else { return "" }
        if !Self.isValidID(value) {
            check.error("scenario id '\(value)' may hold only lowercase letters, digits and dashes", at: node.location,
                        hint: "for example 'late-order-third-call'")
        } else {
            let base = Self.fileStem(path)
            if !base.isEmpty, base != value, path != "<stdin>" {
                check.warning("scenario id '\(value)' does not match the file name '\(base)'", at: node.location,
                              hint: "rename the file to '\(value).yaml' so trainers can find it by id")
            }
        }
        return value
    }

    private func loadCustomer(_ root: YAMLNode, check: inout NodeChecker) -> CustomerProfile {
        var customer = CustomerProfile(name: "")
        guard let node = root["customer"], check.mapping(node, "'customer'", allowed: Self.customerKeys) != nil else { return customer }
        check.require(["name"], in: node, "'customer'")
        customer.name = node["name"].flatMap { check.text($0, "the customer's 'name'") } ?? ""
        customer.mood = node["mood"].flatMap { check.integer($0, "the customer's 'mood'", in: 0...100) } ?? 50
        customer.persona = node["persona"].flatMap { check.text($0, "the customer's 'persona'", allowEmpty: true) }
        if customer.mood == 0, let moodNode = node["mood"] {
            check.warning("the customer starts at mood 0 and hangs up at once", at: moodNode.location)
        }
        return customer
    }

    /// The criteria this scenario scores, in rubric order (all of the
    /// rubric's when the file names none).
    func loadCriteria(_ root: YAMLNode, check: inout NodeChecker) -> [String] {
        guard let node = root["criteria"], let words = check.words(node, "'criteria'") else { return knownCriteria }
        var chosen: [String] = []
        for (word, location) in words {
            if !knownCriteria.contains(word) {
                check.error("unknown criterion '\(word)'", at: location, hint: criterionHint(word))
            } else if chosen.contains(word) {
                check.warning("criterion '\(word)' is listed twice", at: location)
            } else {
                chosen.append(word)
            }
        }
        return knownCriteria.filter(chosen.contains)
    }

    private func loadSteps(_ root: YAMLNode, criteria: [String], hasReady: Bool, check: inout NodeChecker) -> LoadedSteps {
        var steps = LoadedSteps()
        guard let node = root["steps"] else { return steps }
        guard let pairs = node.pairs else {
            check.error("'steps' should be a mapping of step ids to steps, not \(node.kindDescription)", at: node.location,
                        hint: "write each step as 'step-id:' with 'customer:' and 'next:' or 'end:' indented under it")
            return steps
        }
        if pairs.isEmpty {
            check.error("'steps' is empty", at: node.location, hint: "add at least one step with 'customer:' and 'next:' or 'end:'")
        }
        steps.isMapping = true
        steps.declared = pairs.compactMap { $0.key.scalar }
        for pair in pairs {
            if let step = loadStep(pair, criteria: criteria, hasReady: hasReady, gotos: &steps.gotos, check: &check) { steps.loaded.append(step) }
        }
        return steps
    }

    /// The first step, unless `start` names another. An unknown name is
    /// reported only when every step loaded (else it may name a broken one).
    private func loadStart(_ root: YAMLNode, steps: LoadedSteps, check: inout NodeChecker) -> String {
        let first = steps.loaded.first?.id ?? ""
        guard let node = root["start"], let value = check.text(node, "'start'") else { return first }
        let loadedIDs = steps.loaded.map(\.id)
        if loadedIDs.contains(value) || !steps.isComplete { return value }
        check.error("'start' names the unknown step '\(value)'", at: node.location, hint: stepHint(value, loadedIDs))
        return first
    }

    /// Reports every `goto` to a step the file does not declare; true when
    /// there is none.
    private func checkTargets(_ steps: LoadedSteps, check: inout NodeChecker) -> Bool {
        let known = steps.declaredIDs
        var allKnown = true
        for (target, location, key) in steps.gotos where !known.contains(target) {
            allKnown = false
            check.error("'\(key)' names the unknown step '\(target)'", at: location, hint: stepHint(target, steps.declared))
        }
        return allKnown
    }

    private func loadExamples(_ root: YAMLNode, steps: LoadedSteps, check: inout NodeChecker) -> [ScenarioExample] {
        guard let node = root["examples"] else { return [] }
        guard let items = node.items else {
            check.error("'examples' should be a list, not \(node.kindDescription)", at: node.location,
                        hint: "write each example as '- name: ...' with 'replies:' and 'outcome:'")
            return []
        }
        let known = steps.declaredIDs
        return items.enumerated().compactMap { index, item in
            loadExample(item, index: index, stepIDs: steps.declared, known: known, check: &check)
        }
    }

    private func loadStep(_ pair: YAMLPair, criteria: [String], hasReady: Bool,
                          gotos: inout [(target: String, location: SourceLocation, key: String)], check: inout NodeChecker) -> Step? {
        let id = pair.key.scalar ?? ""
        let node = pair.value
        let what = "step '\(id)'"
        if !Self.isValidStepID(id) {
            check.error("step id '\(id)' may hold only letters, digits, dashes and underscores", at: pair.key.location)
        }
        guard check.mapping(node, what, allowed: Self.stepKeys) != nil else { return nil }
        let before = check.diagnostics.count
        check.require(["customer"], in: node, what)
        let lines = node["customer"].flatMap { check.texts($0, "what the customer says in \(what)", allowSingle: true) } ?? []
        if let linesNode = node["customer"] { checkPlaceholders(linesNode, check: &check) }
        var expect: [String] = []
        if let expectNode = node["expect"], let words = check.words(expectNode, "'expect' in \(what)") {
            for (word, location) in words {
                if !knownCriteria.contains(word) {
                    check.error("unknown criterion '\(word)' in 'expect'", at: location, hint: criterionHint(word))
                } else if !criteria.contains(word) {
                    check.error("\(what) expects '\(word)', which this scenario does not score", at: location,
                                hint: "add '\(word)' to the scenario's 'criteria' or remove it here")
                } else if !expect.contains(word) {
                    expect.append(word)
                }
            }
        }
        let coach = node["coach"].flatMap { check.text($0, "'coach' in \(what)") }
        var branches: [Branch] = []
        var end: Outcome?
        let nextNode = node["next"], endNode = node["end"]
        if nextNode != nil, let endNode {
            check.error("\(what) has both 'next' and 'end'", at: endNode.location,
                        hint: "use 'end:' on a closing step, or put 'end: OUTCOME' inside a branch of 'next'")
        } else if let endNode {
            end = outcome(endNode, check: &check)
            if !expect.isEmpty, let expectNode = node["expect"] {
                check.warning("\(what) ends the conversation, so there is no reply to score against 'expect'", at: expectNode.location)
            }
        } else if let nextNode {
            branches = loadBranches(nextNode, what: what, hasReady: hasReady, check: &check)
            for branch in branches {
                switch branch.target {
                case .step(let target): gotos.append((target, branch.location, "goto"))
                case .contact(let target, _): gotos.append((target, branch.location, "contact"))
                case .end: break
                }
            }
        } else {
            check.error("\(what) has neither 'next' nor 'end'", at: pair.key.location,
                        hint: "add 'next:' with branches ('- goto: STEP'), or 'end: resolved|escalated|lost'")
        }
        guard check.diagnostics[before...].allSatisfy({ !$0.isError }) else { return nil }
        return Step(id: id, lines: lines, expect: expect, coach: coach, next: branches, end: end, location: pair.key.location)
    }

    private func loadBranches(_ node: YAMLNode, what: String, hasReady: Bool, check: inout NodeChecker) -> [Branch] {
        // A single branch may be written as a mapping or as a bare step id.
        let items: [YAMLNode]
        if let list = node.items {
            items = list
        } else if node.pairs != nil {
            items = [node]
        } else if let target = node.scalar {
            return [Branch(target: .step(target.trimmingWhitespace()), location: node.location)]
        } else {
            check.error("'next' in \(what) should be a list of branches, not \(node.kindDescription)", at: node.location)
            return []
        }
        if items.isEmpty {
            check.error("'next' in \(what) is an empty list", at: node.location, hint: "add a branch such as '- goto: STEP'")
        }
        var branches: [Branch] = []
        var sawFallback: SourceLocation?
        for item in items {
            guard check.mapping(item, "a branch of \(what)", allowed: Self.branchKeys) != nil else { continue }
            if let fallback = sawFallback {
                check.warning("this branch can never be taken: the branch at line \(fallback.line) has no 'when' and always matches",
                              at: item.location, hint: "move the branch without 'when' to the end of 'next'")
            }
            var conditions: [Condition] = []
            if let whenNode = item["when"] {
                conditions = loadConditions(whenNode, hasReady: hasReady, check: &check)
            } else if sawFallback == nil {
                sawFallback = item.location
            }
            let gotoNode = item["goto"], endNode = item["end"], contactNode = item["contact"], atNode = item["at"]
            let leads = [("goto", gotoNode), ("end", endNode), ("contact", contactNode)].filter { $0.1 != nil }.map(\.0)
            if leads.count > 1 {
                check.error("a branch has both '\(leads[0])' and '\(leads[1])'", at: item.location, hint: "a branch leads to one step, one ending or one new contact")
            } else if let gotoNode {
                if let target = check.text(gotoNode, "'goto'") {
                    branches.append(Branch(conditions: conditions, target: .step(target.trimmingWhitespace()), location: gotoNode.location))
                }
            } else if let endNode {
                if let outcome = outcome(endNode, check: &check) {
                    branches.append(Branch(conditions: conditions, target: .end(outcome), location: endNode.location))
                }
            } else if let contactNode {
                let target = check.text(contactNode, "'contact'")
                var at: ContactTime?
                if let atNode {
                    at = contactTime(atNode, hasReady: hasReady, check: &check)
                } else {
                    check.error("a branch with 'contact' needs 'at', the simulated time the next contact starts", at: contactNode.location,
                                hint: "write at: promise, at: ready, at: promise + 1 hour, or a time such as at: Wednesday 14:00")
                }
                if let target, let at {
                    branches.append(Branch(conditions: conditions, target: .contact(target.trimmingWhitespace(), at: at), location: contactNode.location))
                }
            } else {
                check.error("a branch of \(what) needs 'goto: STEP', 'end: OUTCOME' or 'contact: STEP' with 'at:'", at: item.location)
            }
            if let atNode, contactNode == nil {
                check.error("'at' belongs to a branch with 'contact'", at: atNode.location,
                            hint: "write 'contact: STEP' with 'at:' to start another contact, or drop 'at'")
            }
        }
        return branches
    }

    private func loadConditions(_ node: YAMLNode, hasReady: Bool, check: inout NodeChecker) -> [Condition] {
        let items = node.items ?? [node]
        var conditions: [Condition] = []
        for item in items {
            if item.pairs != nil {
                // `{any: [a, b]}`: either of these
                guard check.mapping(item, "a condition in 'when'", allowed: Self.anyKeys) != nil else { continue }
                guard let list = item["any"] else {
                    check.error("a condition written as a mapping needs 'any'", at: item.location,
                                hint: "write any: [CONDITION, CONDITION] for either of several conditions")
                    continue
                }
                let choices = loadConditions(list, hasReady: hasReady, check: &check)
                if (list.items ?? [list]).isEmpty {
                    check.error("'any' is an empty list", at: list.location, hint: "list the conditions of which one must hold")
                } else if choices.count == (list.items ?? [list]).count {
                    conditions.append(.any(choices))
                }
                continue
            }
            guard let text = check.text(item, "a condition in 'when'") else { continue }
            switch ConditionParser.parse(text, knownCriteria: knownCriteria) {
            case .success(let condition):
                if condition.needsReady, !hasReady {
                    check.error("'\(condition)' needs the scenario's 'ready', the time the answer is truly available", at: item.location,
                                hint: "add a top-level 'ready:' (a time such as Wednesday 14:00, or a duration such as 2 working days)")
                } else {
                    conditions.append(condition)
                }
            case .failure(let problem):
                var at = item.location
                if problem.offset > 0 {
                    // quoted scalars start one column before their text
                    at.column += problem.offset + (item.scalarStyle == .plain ? 0 : 1)
                }
                check.error(problem.message, at: at, hint: problem.hint)
            }
        }
        return conditions
    }

    private func outcome(_ node: YAMLNode, check: inout NodeChecker) -> Outcome? {
        guard let text = check.text(node, "'end' (the outcome)") else { return nil }
        let word = text.trimmingWhitespace()
        if let outcome = Outcome(rawValue: word) { return outcome }
        let names = Outcome.allCases.map(\.rawValue)
        let hint = Spelling.suggestion(for: word, among: names).map { "did you mean '\($0)'?" }
            ?? "outcomes are \(names.joined(separator: ", "))"
        check.error("unknown outcome '\(word)'", at: node.location, hint: hint)
        return nil
    }

    private func loadExample(_ node: YAMLNode, index: Int, stepIDs: [String], known: Set<String>,
                             check: inout NodeChecker) -> ScenarioExample? {
        let what = "example \(index + 1)"
        guard check.mapping(node, what, allowed: Self.exampleKeys) != nil else { return nil }
        let before = check.diagnostics.count
        check.require(["replies", "outcome"], in: node, what)
        let name = node["name"].flatMap { check.text($0, "the name of \(what)") } ?? what
        var replies: [String] = []
        if let repliesNode = node["replies"] {
            if let items = repliesNode.items {
                for item in items {
                    if let reply = check.text(item, "a reply in \(what)", allowEmpty: true) { replies.append(reply) }
                }
            } else {
                check.error("'replies' in \(what) should be a list of replies, not \(repliesNode.kindDescription)", at: repliesNode.location)
            }
        }
        let outcome = node["outcome"].flatMap { self.outcome($0, check: &check) }
        let contacts = node["contacts"].flatMap { check.integer($0, "'contacts' in \(what)", in: 1...100) }
        var path: [String]?
        if let pathNode = node["path"], let words = check.words(pathNode, "'path' in \(what)") {
            for (word, location) in words where !known.contains(word) {
                check.error("'path' names the unknown step '\(word)'", at: location, hint: stepHint(word, stepIDs))
            }
            path = words.map(\.0)
        }
        guard check.diagnostics[before...].allSatisfy({ !$0.isError }), let outcome else { return nil }
        return ScenarioExample(name: name, replies: replies, outcome: outcome, path: path, contacts: contacts, location: node.location)
    }

    func criterionHint(_ word: String) -> String {
        Spelling.suggestion(for: word, among: knownCriteria).map { "did you mean '\($0)'?" }
            ?? "the rubric's criteria are \(knownCriteria.joined(separator: ", "))"
    }

    private func stepHint(_ word: String, _ stepIDs: [String]) -> String {
        Spelling.suggestion(for: word, among: stepIDs).map { "did you mean '\($0)'?" }
            ?? "the steps are \(stepIDs.joined(separator: ", "))"
    }

    /// Whether `id` is a valid scenario id (lowercase letters, digits, dashes).
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 100 && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    static func isValidStepID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F
        }
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
