/// The terminal as commands see it: a seam so tests run commands in-process
/// with a fake console and never touch the real terminal.
public protocol Console: AnyObject {
    /// Writes `text` to standard output as is (no newline added).
    func write(_ text: String)
    /// Writes `text` to standard error as is (no newline added).
    func writeError(_ text: String)
    /// Reads one line from standard input without its line break, or nil at
    /// end of input. For answers to prompts; longer input goes through
    /// `readInput(maximumCount:)`.
    func readLine() -> String?
    /// Reads up to `maximumCount` bytes of standard input as they arrive
    /// (what a pipe holds, or a line a person typed), waiting until there
    /// is at least one; empty at end of input. Shares one buffer with
    /// `readLine()`, so the two may be mixed.
    func readInput(maximumCount: Int) -> [UInt8]
    /// Reads one answer of a single key: on a terminal the key pressed, at
    /// once, without Enter; elsewhere (a pipe, a test) one line, of which
    /// the caller takes the first letter. Nil at end of input.
    func readKey() -> String?
    /// Whether standard input and output are both a terminal (a person is
    /// there to answer prompts).
    var isInteractive: Bool { get }
    /// The width of the output terminal in columns.
    var width: Int { get }
    /// Whether standard output may carry colour escapes.
    var usesColor: Bool { get }
    /// The width error messages are wrapped to when standard error is a
    /// terminal (a 40-column terminal broke them mid-word); nil when it is
    /// a file or a pipe, where each stays one line for logs and scripts.
    var errorWidth: Int? { get }
}

extension Console {
    /// A console with no keypress mode of its own answers a key prompt
    /// with a line.
    public func readKey() -> String? { readLine() }

    /// A console that says nothing of its standard error writes error
    /// messages unwrapped.
    public var errorWidth: Int? { nil }

    /// Writes UTF-8 bytes to standard output. The real terminal writes them
    /// as they are; other consoles get them as text.
    public func write(bytes: [UInt8]) {
        if let terminal = self as? Terminal {
            terminal.writeBytes(bytes)
        } else {
            write(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Writes `text` and a newline to standard output.
    public func line(_ text: String = "") { write(text + "\n") }
    /// Writes `text` and a newline to standard error.
    public func errorLine(_ text: String) { writeError(text + "\n") }
}
