extension ScenarioLoader {
    /// The header fields of the scenario at `root` (id, title, level, tags,
    /// criteria), each checked into `check`; defaults where one is missing
    /// or wrong. `path` is used to warn when the file name does not match
    /// the id.
    func loadHeader(_ root: YAMLNode, path: String, check: inout NodeChecker) -> ScenarioHeader {
        var id = ""
        if let node = root["scenario"], let value = check.text(node, "'scenario' (the id)") {
            id = value
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
        }
        let title = root["title"].flatMap { check.text($0, "'title'") } ?? ""
        let level = root["level"].flatMap { check.integer($0, "'level'", in: 1...5) } ?? 1
        var tags: [String] = []
        if let node = root["tags"] {
            tags = check.words(node, "'tags'")?.map(\.0) ?? []
        }
        var criteria = knownCriteria
        if let node = root["criteria"], let words = check.words(node, "'criteria'") {
            var chosen: [String] = []
            for (word, location) in words {
                if knownCriteria.contains(word) {
                    if chosen.contains(word) {
                        check.warning("criterion '\(word)' is listed twice", at: location)
                    } else {
                        chosen.append(word)
                    }
                } else {
                    check.error("unknown criterion '\(word)'", at: location, hint: criterionHint(word))
                }
            }
            criteria = knownCriteria.filter(chosen.contains)
        }
        return ScenarioHeader(id: id, title: title, level: level, tags: tags, criteria: criteria)
    }

    /// The header of the scenario file whose bytes are `bytes`, read from
    /// the top-level entries that hold it and nothing else (the steps and
    /// examples, most of a file, are never parsed); nil when the header
    /// has an error or the file is laid out in a way this quick reading
    /// cannot be sure of (see ``ScenarioHeaderSlicer``), so the caller loads
    /// the whole file instead.
    public func loadHeader(bytes: [UInt8], path: String) -> ScenarioHeader? {
        guard let slice = ScenarioHeaderSlicer.slice(bytes),
              let root = try? YAMLReader.read(bytes: slice, path: path) else { return nil }
        var check = NodeChecker()
        let header = loadHeader(root, path: path, check: &check)
        return check.hasErrors ? nil : header
    }
}
