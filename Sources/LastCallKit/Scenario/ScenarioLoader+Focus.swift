extension ScenarioLoader {
    /// The scenario's `focus`: the criteria it is built to train, each a
    /// rubric criterion the scenario scores (in `criteria`), in rubric order.
    /// Optional; an unknown criterion gets a did-you-mean, one the scenario
    /// does not score says how to fix it, and a repeat is a warning.
    func loadFocus(_ root: YAMLNode, criteria: [String], check: inout NodeChecker) -> [String] {
        guard let node = root["focus"], let words = check.words(node, "'focus'") else { return [] }
        var chosen: [String] = []
        for (word, location) in words {
            if !knownCriteria.contains(word) {
                check.error("unknown criterion '\(word)' in 'focus'", at: location, hint: criterionHint(word))
            } else if !criteria.contains(word) {
                check.error("'focus' names '\(word)', which this scenario does not score", at: location,
                            hint: "add '\(word)' to the scenario's 'criteria' or remove it from 'focus'")
            } else if chosen.contains(word) {
                check.warning("criterion '\(word)' is listed twice in 'focus'", at: location)
            } else {
                chosen.append(word)
            }
        }
        return knownCriteria.filter(chosen.contains)
    }
}
