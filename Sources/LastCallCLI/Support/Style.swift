/// ANSI styling that switches itself off when colour is not wanted (not a
/// terminal, `NO_COLOR`, `TERM=dumb`), so the same code prints plain text to
/// files and pipes.
public struct Style: Sendable {
    /// Whether escapes are written.
    public var isEnabled: Bool

    /// Creates a style.
    public init(isEnabled: Bool) { self.isEnabled = isEnabled }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Bold.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dimmed.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Green, for what went well.
    public func good(_ text: String) -> String { wrap(text, "32") }
    /// Red, for what was missed.
    public func bad(_ text: String) -> String { wrap(text, "31") }
    /// Yellow, for warnings and middling values.
    public func warn(_ text: String) -> String { wrap(text, "33") }
    /// Cyan, for the customer's voice.
    public func customer(_ text: String) -> String { wrap(text, "36") }
}
