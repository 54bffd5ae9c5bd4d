/// Typed reads from a YAML node tree that collect a located diagnostic for
/// every problem instead of stopping at the first. Loaders of the scenario
/// and rubric formats build on it.
public struct NodeChecker: Sendable {
    /// The problems found so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty checker.
    public init() {}

    /// Whether any error was recorded.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// Records an error.
    public mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, message, hint: hint))
    }

    /// Records a warning.
    public mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: location, message, hint: hint))
    }

    /// Records diagnostics found elsewhere.
    public mutating func append(contentsOf more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// The pairs of `node` if it is a mapping; otherwise records an error
    /// saying what `what` should be and returns nil. Unknown keys are
    /// reported with a did-you-mean among `allowed`.
    public mutating func mapping(_ node: YAMLNode, _ what: String, allowed: [String]) -> [YAMLPair]? {
        guard let pairs = node.pairs else {
            error("\(what) should be a mapping of keys to values, not \(node.kindDescription)", at: node.location)
            return nil
        }
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            if !allowed.contains(key) {
                let hint = Spelling.suggestion(for: key, among: allowed).map { "did you mean '\($0)'?" }
                    ?? "the keys allowed here are: \(allowed.joined(separator: ", "))"
                error("unknown key '\(key)' in \(what)", at: pair.key.location, hint: hint)
            }
        }
        return pairs
    }

    /// Records an error for each key of `required` missing from `node`.
    public mutating func require(_ required: [String], in node: YAMLNode, _ what: String) {
        for key in required where node[key] == nil {
            error("\(what) is missing the required key '\(key)'", at: node.location)
        }
    }

    /// The text of a scalar value; nil (with an error) for anything else. An
    /// absent value is an error unless `allowEmpty`.
    public mutating func text(_ node: YAMLNode, _ what: String, allowEmpty: Bool = false) -> String? {
        if let text = node.scalar {
            if !allowEmpty, text.trimmingWhitespace().isEmpty {
                error("\(what) is empty", at: node.location)
                return nil
            }
            return text
        }
        error("\(what) should be text, not \(node.kindDescription)", at: node.location)
        return nil
    }

    /// A whole number within `range`, written without quotes.
    public mutating func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = node.scalar else {
            error("\(what) should be a whole number from \(range.lowerBound) to \(range.upperBound), not \(node.kindDescription)", at: node.location)
            return nil
        }
        guard let value = Int(text.trimmingWhitespace()) else {
            error("\(what) should be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", at: node.location)
            return nil
        }
        if node.scalarStyle != .plain {
            error("\(what) should be a number, not quoted text", at: node.location, hint: "write \(value) without quotes")
            return nil
        }
        guard range.contains(value) else {
            error("\(what) is \(value), outside \(range.lowerBound) to \(range.upperBound)", at: node.location)
            return nil
        }
        return value
    }

    /// A number (whole or decimal) within `range`, written without quotes.
    public mutating func number(_ node: YAMLNode, _ what: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = node.scalar, node.scalarStyle == .plain, let value = Double(text.trimmingWhitespace()), value.isFinite else {
            error("\(what) should be a number from \(JSONWriter.formatDouble(range.lowerBound)) to \(JSONWriter.formatDouble(range.upperBound))", at: node.location)
            return nil
        }
        guard range.contains(value) else {
            error("\(what) is \(JSONWriter.formatDouble(value)), outside \(JSONWriter.formatDouble(range.lowerBound)) to \(JSONWriter.formatDouble(range.upperBound))", at: node.location)
            return nil
        }
        return value
    }

    /// One word or a list of words: `expect: apology` or `expect: [apology, ownership]`.
    public mutating func words(_ node: YAMLNode, _ what: String) -> [(String, SourceLocation)]? {
        if node.scalar != nil {
            guard let word = text(node, what) else { return nil }
            return [(word.trimmingWhitespace(), node.location)]
        }
        guard let items = node.items else {
            error("\(what) should be a word or a list of words, not \(node.kindDescription)", at: node.location)
            return nil
        }
        var words: [(String, SourceLocation)] = []
        for item in items {
            if let word = text(item, "each entry of \(what)") { words.append((word.trimmingWhitespace(), item.location)) }
        }
        return words
    }

    /// A list of texts; a single text is accepted as a list of one when
    /// `allowSingle`.
    public mutating func texts(_ node: YAMLNode, _ what: String, allowSingle: Bool) -> [String]? {
        if allowSingle, node.scalar != nil {
            return text(node, what).map { [$0] }
        }
        guard let items = node.items else {
            error("\(what) should be \(allowSingle ? "text or " : "")a list, not \(node.kindDescription)", at: node.location)
            return nil
        }
        if items.isEmpty {
            error("\(what) is an empty list", at: node.location)
            return nil
        }
        var result: [String] = []
        for item in items {
            if let value = text(item, "each entry of \(what)") { result.append(value) }
        }
        return result.count == items.count ? result : nil
    }
}
