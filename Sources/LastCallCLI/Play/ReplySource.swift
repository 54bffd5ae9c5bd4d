/// Where the trainee's replies come from: the terminal, or a script.
enum ReplySource {
    /// Typed at the terminal.
    case console
    /// Lines of a file, in order.
    case scripted([String])

    var isConsole: Bool {
        if case .console = self { return true }
        return false
    }

    /// The lines of `bytes` (LF or CRLF), without a trailing empty line.
    static func lines(of bytes: [UInt8]) -> [String] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is one Character in Swift, so split on both forms.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
