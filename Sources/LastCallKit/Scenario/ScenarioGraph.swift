/// The steps of a scenario as a graph, for the reachability checks: steps no
/// path reaches (a warning) and steps from which no end can be reached (an
/// error: the conversation could only go round until the turn cap).
struct ScenarioGraph {
    var steps: [Step]
    var start: String

    func check(_ check: inout NodeChecker) {
        var index: [String: Int] = [:]
        for (i, step) in steps.enumerated() { index[step.id] = i }
        guard let startIndex = index[start] else { return }

        var successors = [[Int]](repeating: [], count: steps.count)
        var predecessors = [[Int]](repeating: [], count: steps.count)
        var canEnd = [Bool](repeating: false, count: steps.count)
        for (i, step) in steps.enumerated() {
            if step.end != nil { canEnd[i] = true }
            for branch in step.next {
                switch branch.target {
                case .end: canEnd[i] = true
                case .step(let id), .contact(let id, _):
                    if let j = index[id] {
                        successors[i].append(j)
                        predecessors[j].append(i)
                    }
                }
            }
            // With no branch that always matches, an unmatched reply keeps
            // the customer on this step, which is still a way forward.
        }

        var reached = [Bool](repeating: false, count: steps.count)
        var stack = [startIndex]
        reached[startIndex] = true
        while let i = stack.popLast() {
            for j in successors[i] where !reached[j] {
                reached[j] = true
                stack.append(j)
            }
        }
        var ends = canEnd
        stack = ends.indices.filter { ends[$0] }
        while let i = stack.popLast() {
            for j in predecessors[i] where !ends[j] {
                ends[j] = true
                stack.append(j)
            }
        }
        for (i, step) in steps.enumerated() {
            if !reached[i] {
                check.warning("step '\(step.id)' is never reached from the start step '\(start)'", at: step.location,
                              hint: "add a 'goto: \(step.id)' branch somewhere, or remove the step")
            } else if !ends[i] {
                check.error("no ending can be reached from step '\(step.id)'", at: step.location,
                            hint: "give it, or a step it leads to, a branch with 'end: resolved|escalated|lost'")
            }
        }
    }
}
