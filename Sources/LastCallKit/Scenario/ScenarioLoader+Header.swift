extension ScenarioLoader {
    /// The header fields of the scenario at `root` (id, title, level, tags,
    /// criteria), each checked into `check`; defaults where one is missing
    /// or wrong. `path` is used to warn when the file name does not match
    /// the id.
    func loadHeader(_ root: YAMLNode, path: String, check: inout NodeChecker) -> ScenarioHeader {
        let id = loadID(root, path: path, check: &check)
        let title = root["title"].flatMap { check.text($0, "'title'") } ?? ""
        let level = root["level"].flatMap { check.integer($0, "'level'", in: 1...5) } ?? 1
        let tags = root["tags"].flatMap { check.words($0, "'tags'")?.map(\.0) } ?? []
        let criteria = loadCriteria(root, check: &check)
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
