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
        return (loader.check.hasErrors ? nil : rubric, loader.diagnostics)
    }
}

/// Walks the node tree of a rubric file, collecting diagnostics through the
/// same `NodeChecker` the scenario loader uses, so both formats word their
/// problems alike.
struct RubricLoader {
    var check = NodeChecker()
    var lexicon = Lexicon()
    /// The phrases' words already read (see ``PhraseWordCache``).
    var words = PhraseWordCache(expectedWords: 4096)

    var diagnostics: [Diagnostic] { check.diagnostics }

    /// The value of `key` in `parent`; a missing required key is an error at
    /// the parent.
    mutating func value(_ key: String, in parent: YAMLNode, _ what: String, required: Bool = true) -> YAMLNode? {
        if let node = parent[key] { return node }
        if required { check.error("\(what) is missing the required key '\(key)'", at: parent.location, hint: "add '\(key): ...'") }
        return nil
    }

    mutating func text(_ key: String, in parent: YAMLNode, _ what: String) -> String? {
        value(key, in: parent, what).flatMap { check.text($0, "'\(key)'") }
    }

    mutating func integer(_ key: String, in parent: YAMLNode, _ what: String, range: ClosedRange<Int>, default fallback: Int? = nil) -> Int? {
        guard let node = value(key, in: parent, what, required: fallback == nil) else { return fallback }
        return check.integer(node, "'\(key)'", in: range)
    }

    mutating func phrases(_ key: String, in parent: YAMLNode, _ what: String) -> [PhrasePattern] {
        guard let node = value(key, in: parent, what) else { return [] }
        guard let items = node.items else {
            check.error("'\(key)' should be a list of phrases, not \(node.kindDescription)", at: node.location,
                        hint: "write each phrase on its own line after '- '")
            return []
        }
        var patterns: [PhrasePattern] = []
        for item in items {
            guard let source = check.text(item, "a phrase") else { continue }
            var warnings: [PhrasePatternError] = []
            do {
                patterns.append(try PhrasePattern.parse(source, lexicon: &lexicon, words: &words, warnings: &warnings))
            } catch {
                check.error("bad phrase '\(source)': \(error.message)", at: location(of: item, offset: error.offset), hint: error.hint)
            }
            for warning in warnings {
                check.warning(warning.message, at: location(of: item, offset: warning.offset))
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
        guard check.mapping(root, "the rubric", allowed: Rubric.topKeys) != nil else { return nil }
        let pass = integer("pass", in: root, "the rubric", range: 0...100, default: 70)
        let retraining = loadRetraining(root)
        let fillers = loadFillers(root)
        var criteria: [Criterion] = []
        if let node = value("criteria", in: root, "the rubric") {
            criteria = loadCriteria(node)
        }
        let followThrough = loadFollowThrough(root)
        guard let pass, let retraining else { return nil }
        var rubric = Rubric(criteria: criteria, passMark: pass, retraining: retraining, fillers: fillers, lexicon: lexicon)
        (rubric.businessHours, rubric.erosion) = followThrough
        return rubric
    }

    mutating func loadRetraining(_ root: YAMLNode) -> RetrainingRule? {
        guard let node = value("retraining", in: root, "the rubric"),
              check.mapping(node, "'retraining'", allowed: ["threshold", "sessions", "promises-kept"]) != nil else { return nil }
        let threshold = integer("threshold", in: node, "'retraining'", range: 0...100, default: 70)
        let sessions = integer("sessions", in: node, "'retraining'", range: 1...1000, default: 5)
        let promisesKept = integer("promises-kept", in: node, "'retraining'", range: 0...100, default: 70)
        guard let threshold, let sessions, let promisesKept else { return nil }
        return RetrainingRule(threshold: threshold, sessions: sessions, promisesKept: promisesKept)
    }

    /// The filler words, each normalised the way replies are and interned so
    /// the matcher knows them.
    mutating func loadFillers(_ root: YAMLNode) -> [String] {
        guard let node = root["fillers"], let words = check.words(node, "'fillers'") else { return [] }
        var fillers: [String] = []
        for (word, location) in words {
            guard !word.contains(" ") else {
                check.error("a filler should be one word, not '\(word)'", at: location)
                continue
            }
            for part in lexicon.normalise(word.lowercased()) {
                fillers.append(part)
                lexicon.intern(part)
            }
        }
        return fillers
    }

    mutating func loadCriteria(_ node: YAMLNode) -> [Criterion] {
        guard let items = node.items else {
            check.error("'criteria' should be a list, not \(node.kindDescription)", at: node.location)
            return []
        }
        var criteria: [Criterion] = []
        for item in items {
            guard let criterion = loadCriterion(item) else { continue }
            if criteria.contains(where: { $0.id == criterion.id }) {
                check.error("criterion '\(criterion.id.rawValue)' is defined twice", at: (item["id"] ?? item).location)
            } else {
                criteria.append(criterion)
            }
        }
        let missing = CriterionID.allCases.filter { id in !criteria.contains { $0.id == id } }
        if !missing.isEmpty, !check.hasErrors {
            check.error("the rubric has no criterion " + missing.map { "'\($0.rawValue)'" }.joined(separator: ", "), at: node.location,
                        hint: "the scorer needs all five: " + CriterionID.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return criteria
    }

    mutating func loadCriterion(_ node: YAMLNode) -> Criterion? {
        let what = "a criterion"
        guard check.mapping(node, what, allowed: Rubric.criterionKeys) != nil else { return nil }
        var id: CriterionID?
        if let idText = text("id", in: node, what), let idNode = node["id"] {
            id = CriterionID(rawValue: idText)
            if id == nil {
                let known = CriterionID.allCases.map(\.rawValue)
                check.error("unknown criterion '\(idText)'", at: idNode.location,
                            hint: Spelling.suggestion(for: idText, among: known).map { "did you mean '\($0)'?" } ?? "criteria are " + known.joined(separator: ", "))
            }
        }
        let title = text("title", in: node, what)
        let asks = text("asks", in: node, what)
        let why = text("why", in: node, what)
        let weight = integer("weight", in: node, what, range: 0...100)
        let feedback = text("feedback", in: node, what)
        let mood = loadMood(node)
        let phraseList = phrases("phrases", in: node, what)
        var exceptions: [PhraseException] = []
        if let unless = node["unless"] {
            if let items = unless.items {
                exceptions = items.compactMap { loadException($0) }
            } else {
                check.error("'unless' should be a list of exceptions, not \(unless.kindDescription)", at: unless.location)
            }
        }
        guard let id, let title, let asks, let why, let weight, let feedback, let mood else { return nil }
        return Criterion(id: id, title: title, asks: asks, why: why, weight: weight, feedback: feedback, mood: mood,
                         phrases: phraseList, exceptions: exceptions)
    }

    mutating func loadMood(_ criterion: YAMLNode) -> MoodChange? {
        guard let node = value("mood", in: criterion, "a criterion"),
              check.mapping(node, "'mood'", allowed: ["met", "missed"]) != nil else { return nil }
        let met = integer("met", in: node, "'mood'", range: 0...100)
        let missed = integer("missed", in: node, "'mood'", range: -100...0)
        guard let met, let missed else { return nil }
        return MoodChange(met: met, missed: missed)
    }

    mutating func loadException(_ node: YAMLNode) -> PhraseException? {
        let what = "an exception"
        guard check.mapping(node, what, allowed: Rubric.exceptionKeys) != nil else { return nil }
        let reason = text("reason", in: node, what)
        var scope: ExceptionScope?
        if let whereText = text("where", in: node, what), let whereNode = node["where"] {
            scope = ExceptionScope(rawValue: whereText)
            if scope == nil {
                let known = ExceptionScope.allCases.map(\.rawValue)
                check.error("unknown place '\(whereText)'", at: whereNode.location,
                            hint: (Spelling.suggestion(for: whereText, among: known).map { "did you mean '\($0)'? " } ?? "") + "places are " + known.joined(separator: ", "))
            }
        }
        let words = phrases("phrases", in: node, what)
        let targets = node["overrules"] != nil ? phrases("overrules", in: node, what) : []
        guard let reason, let scope else { return nil }
        return PhraseException(reason: reason, scope: scope, phrases: words, targets: targets)
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
