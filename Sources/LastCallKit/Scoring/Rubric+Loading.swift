extension Rubric {
    /// The keys a rubric file may have at the top level.
    static let topKeys = ["pass", "retraining", "fillers", "criteria"] + followThroughKeys
    static let criterionKeys = ["id", "title", "asks", "why", "weight", "feedback", "mood", "phrases", "unless"]
    static let exceptionKeys = ["reason", "where", "phrases", "overrules"]

    /// Builds a rubric from a parsed `rubric.yaml`, collecting every problem
    /// (unknown or missing keys, wrong types, values out of range, bad
    /// phrases) as located diagnostics. The rubric is nil when any is an error.
    public static func load(from root: YAMLNode) -> (Rubric?, [Diagnostic]) {
        var loader = RubricLoader()
        let rubric = loader.load(root)
        let hasError = loader.diagnostics.contains { $0.isError }
        return (hasError ? nil : rubric, loader.diagnostics)
    }
}

/// Walks the node tree of a rubric file, collecting diagnostics.
struct RubricLoader {
    var diagnostics: [Diagnostic] = []
    var lexicon = Lexicon()

    mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: node.location, message, hint: hint))
    }

    mutating func checkKeys(_ node: YAMLNode, allowed: [String], context: String) {
        for pair in node.pairs ?? [] {
            guard let key = pair.key.scalar, !allowed.contains(key) else { continue }
            let guess = DidYouMean.closest(to: key, in: allowed)
            error(pair.key, "unknown key '\(key)' in \(context)",
                  hint: guess.map { "did you mean '\($0)'?" } ?? "allowed keys: " + allowed.joined(separator: ", "))
        }
    }

    mutating func mapping(_ node: YAMLNode?, _ what: String, in parent: YAMLNode) -> YAMLNode? {
        guard let node else { error(parent, "missing '\(what)'"); return nil }
        guard node.pairs != nil else { error(node, "'\(what)' should be a mapping, not \(node.kindDescription)"); return nil }
        return node
    }

    mutating func text(_ parent: YAMLNode, _ key: String, required: Bool = true) -> String? {
        guard let node = parent[key] else {
            if required { error(parent, "missing '\(key)'", hint: "add '\(key): ...'") }
            return nil
        }
        guard let value = node.scalar, !value.trimmingSpaces.isEmpty else {
            error(node, "'\(key)' should be text, not \(node.isNull ? "empty" : node.kindDescription)")
            return nil
        }
        return value
    }

    mutating func integer(_ parent: YAMLNode, _ key: String, range: ClosedRange<Int>, default value: Int? = nil) -> Int? {
        guard let node = parent[key] else {
            if let value { return value }
            error(parent, "missing '\(key)'", hint: "add '\(key): N' with N from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        guard let text = node.scalar, let number = Int(text.trimmingSpaces), node.scalarStyle == .plain else {
            error(node, "'\(key)' should be a whole number from \(range.lowerBound) to \(range.upperBound), not \(node.scalar.map { "'\($0)'" } ?? node.kindDescription)")
            return nil
        }
        guard range.contains(number) else {
            error(node, "'\(key)' is \(number), outside \(range.lowerBound)...\(range.upperBound)")
            return nil
        }
        return number
    }

    mutating func phrases(_ node: YAMLNode?, in parent: YAMLNode, key: String) -> [PhrasePattern] {
        guard let node else { error(parent, "missing '\(key)'", hint: "add a list of phrases under '\(key):'"); return [] }
        guard let items = node.items else {
            error(node, "'\(key)' should be a list of phrases, not \(node.kindDescription)", hint: "write each phrase on its own line after '- '")
            return []
        }
        var patterns: [PhrasePattern] = []
        for item in items {
            guard let source = item.scalar else { error(item, "a phrase should be text, not \(item.kindDescription)"); continue }
            var warnings: [PhrasePatternError] = []
            do {
                patterns.append(try PhrasePattern.parse(source, lexicon: &lexicon, warnings: &warnings))
            } catch {
                diagnostics.append(Diagnostic(.error, at: location(of: item, offset: error.offset),
                                              "bad phrase '\(source)': \(error.message)", hint: error.hint))
            }
            for warning in warnings {
                diagnostics.append(Diagnostic(.warning, at: location(of: item, offset: warning.offset), warning.message))
            }
        }
        return patterns
    }

    /// The location of the character `offset` scalars into a phrase scalar
    /// (exact for plain and quoted one-line scalars).
    func location(of node: YAMLNode, offset: Int) -> SourceLocation {
        var location = node.location
        switch node.scalarStyle {
        case .plain?: location.column += offset
        case .singleQuoted?, .doubleQuoted?: location.column += offset + 1
        default: break
        }
        return location
    }

    mutating func load(_ root: YAMLNode) -> Rubric? {
        guard root.pairs != nil else {
            error(root, "a rubric should be a mapping with 'criteria', 'pass' and 'retraining', not \(root.kindDescription)")
            return nil
        }
        checkKeys(root, allowed: Rubric.topKeys, context: "the rubric")
        let pass = integer(root, "pass", range: 0...100, default: 70)
        var retraining: RetrainingRule?
        if let node = mapping(root["retraining"], "retraining", in: root) {
            checkKeys(node, allowed: ["threshold", "sessions"], context: "'retraining'")
            let threshold = integer(node, "threshold", range: 0...100, default: 70)
            let sessions = integer(node, "sessions", range: 1...1000, default: 5)
            if let threshold, let sessions { retraining = RetrainingRule(threshold: threshold, sessions: sessions) }
        }
        var fillers: [String] = []
        var fillerIDs: Set<Int32> = []
        if let node = root["fillers"] {
            if let items = node.items {
                for item in items {
                    guard let word = item.scalar, !word.contains(" ") else { error(item, "a filler should be one word"); continue }
                    for part in lexicon.normalise(word.lowercased()) { fillers.append(part); fillerIDs.insert(lexicon.intern(part)) }
                }
            } else {
                error(node, "'fillers' should be a list of words, not \(node.kindDescription)")
            }
        }
        var criteria: [Criterion] = []
        if let node = root["criteria"] {
            if let items = node.items {
                for item in items {
                    if let criterion = loadCriterion(item) {
                        if criteria.contains(where: { $0.id == criterion.id }) {
                            error(item["id"] ?? item, "criterion '\(criterion.id.rawValue)' is defined twice")
                        } else {
                            criteria.append(criterion)
                        }
                    }
                }
                let missing = CriterionID.allCases.filter { id in criteria.first { $0.id == id } == nil }
                if !missing.isEmpty, !diagnostics.contains(where: { $0.isError }) {
                    error(node, "the rubric has no criterion " + missing.map { "'\($0.rawValue)'" }.joined(separator: ", "),
                          hint: "the scorer needs all five: " + CriterionID.allCases.map(\.rawValue).joined(separator: ", "))
                }
            } else {
                error(node, "'criteria' should be a list, not \(node.kindDescription)")
            }
        } else {
            error(root, "missing 'criteria'", hint: "list the five criteria under 'criteria:'")
        }
        let followThrough = loadFollowThrough(root)
        guard let pass, let retraining else { return nil }
        _ = fillerIDs
        var rubric = Rubric(criteria: criteria, passMark: pass, retraining: retraining, fillers: fillers, lexicon: lexicon)
        (rubric.businessHours, rubric.erosion) = followThrough
        return rubric
    }

    mutating func loadCriterion(_ node: YAMLNode) -> Criterion? {
        guard node.pairs != nil else { error(node, "a criterion should be a mapping, not \(node.kindDescription)"); return nil }
        checkKeys(node, allowed: Rubric.criterionKeys, context: "a criterion")
        var id: CriterionID?
        if let idText = text(node, "id") {
            id = CriterionID(rawValue: idText)
            if id == nil, let idNode = node["id"] {
                let known = CriterionID.allCases.map(\.rawValue)
                error(idNode, "unknown criterion '\(idText)'",
                      hint: DidYouMean.closest(to: idText, in: known).map { "did you mean '\($0)'?" } ?? "criteria are " + known.joined(separator: ", "))
            }
        }
        let title = text(node, "title")
        let asks = text(node, "asks")
        let why = text(node, "why")
        let weight = integer(node, "weight", range: 0...100)
        let feedback = text(node, "feedback")
        var mood: MoodChange?
        if let moodNode = mapping(node["mood"], "mood", in: node) {
            checkKeys(moodNode, allowed: ["met", "missed"], context: "'mood'")
            let met = integer(moodNode, "met", range: 0...100)
            let missed = integer(moodNode, "missed", range: -100...0)
            if let met, let missed { mood = MoodChange(met: met, missed: missed) }
        }
        let phraseList = phrases(node["phrases"], in: node, key: "phrases")
        var exceptions: [PhraseException] = []
        if let unless = node["unless"] {
            if let items = unless.items {
                for item in items {
                    guard item.pairs != nil else { error(item, "an exception should be a mapping with 'reason', 'where' and 'phrases'"); continue }
                    checkKeys(item, allowed: Rubric.exceptionKeys, context: "an exception")
                    let reason = text(item, "reason")
                    var scope: ExceptionScope?
                    if let whereText = text(item, "where"), let whereNode = item["where"] {
                        scope = ExceptionScope(rawValue: whereText)
                        if scope == nil {
                            let known = ExceptionScope.allCases.map(\.rawValue)
                            error(whereNode, "unknown place '\(whereText)'",
                                  hint: (DidYouMean.closest(to: whereText, in: known).map { "did you mean '\($0)'? " } ?? "") + "places are " + known.joined(separator: ", "))
                        }
                    }
                    let words = phrases(item["phrases"], in: item, key: "phrases")
                    let targets = item["overrules"].map { phrases($0, in: item, key: "overrules") } ?? []
                    if let reason, let scope {
                        exceptions.append(PhraseException(reason: reason, scope: scope, phrases: words, targets: targets))
                    }
                }
            } else {
                error(unless, "'unless' should be a list of exceptions, not \(unless.kindDescription)")
            }
        }
        guard let id, let title, let asks, let why, let weight, let feedback, let mood else { return nil }
        return Criterion(id: id, title: title, asks: asks, why: why, weight: weight, feedback: feedback, mood: mood,
                         phrases: phraseList, exceptions: exceptions)
    }
}

extension Rubric {
    /// Reads and builds a rubric from the text of a rubric file (`path` is
    /// used in locations only; nothing is read from disk).
    public static func load(yaml text: String, path: String) -> (Rubric?, [Diagnostic]) {
        do {
            return load(from: try YAMLReader.read(text, path: path))
        } catch {
            return (nil, [error.diagnostic])
        }
    }
}
