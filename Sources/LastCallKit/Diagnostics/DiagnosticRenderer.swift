/// Renders diagnostics the way compilers do:
///
///     scenarios/late.yaml:12:5: error: unknown key 'custmer'
///         custmer: Dana
///         ^
///       hint: did you mean 'customer'?
///
/// The source line is looked up through a closure so the renderer does no I/O.
public struct DiagnosticRenderer: Sendable {
    /// Returns the text of `line` (1-based) in `path`, or nil when unknown.
    public var sourceLine: @Sendable (_ path: String, _ line: Int) -> String?

    /// Creates a renderer that looks source lines up with `sourceLine`.
    public init(sourceLine: @escaping @Sendable (_ path: String, _ line: Int) -> String? = { _, _ in nil }) {
        self.sourceLine = sourceLine
    }

    /// Creates a renderer over files already in memory, keyed by path.
    public init(sources: [String: String]) {
        let split = sources.mapValues { SourceText($0) }
        self.sourceLine = { path, line in split[path]?.line(line) }
    }

    /// The full rendering: header line, source line, caret and hint.
    public func render(_ diagnostic: Diagnostic) -> String {
        // Messages quote the user's text (keys, ids): keep it inert too.
        var out = TerminalText.inert(diagnostic.description)
        if let text = sourceLine(diagnostic.location.path, diagnostic.location.line) {
            let shown = TerminalText.inert(String(text.prefix(400)))
            out += "\n    " + shown
            let caretColumn = max(1, min(diagnostic.location.column, shown.unicodeScalars.count + 1))
            // Keep tabs so the caret lines up under tab-indented text.
            let pad = shown.unicodeScalars.prefix(caretColumn - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\n    " + pad + "^"
        }
        if let hint = diagnostic.hint {
            out += "\n  hint: " + TerminalText.inert(hint)
        }
        return out
    }
}
