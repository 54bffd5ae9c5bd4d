/// A customer's line with placeholders for what was said before: `{agent}`
/// (the name the trainee gave), `{promise}` (the trainee's own words),
/// `{due}` (the due time said naturally), `{clock}` (the simulated time
/// now), `{contact}` ("second"); `{agent|the last agent}` gives the words
/// used when there is no value yet.
public enum CustomerLine {
    /// The placeholder names a line may use.
    public static let names = ["agent", "promise", "due", "clock", "contact"]

    /// What a placeholder with no value and no fallback reads as.
    static let defaults = ["agent": "the agent", "promise": "that you would get back to me", "due": "soon"]

    /// A problem with a placeholder, at an offset in Unicode scalars from
    /// the line's first character.
    public struct Problem: Sendable, Hashable {
        /// Where the problem starts.
        public var offset: Int
        /// What is wrong.
        public var message: String
        /// How to fix it.
        public var hint: String?
    }

    /// Every problem with the line's placeholders: an unknown name (with a
    /// did-you-mean) or a `{` never closed.
    public static func problems(in line: String) -> [Problem] {
        var problems: [Problem] = []
        forEachPlaceholder(in: line) { offset, body in
            guard let body else {
                problems.append(Problem(offset: offset, message: "'{' is never closed in the customer's line",
                                        hint: "placeholders are written {agent}, {promise}, {due}, {clock}, {contact}, with an optional fallback: {agent|the last agent}"))
                return
            }
            let name = String(body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0]).trimmingWhitespace()
            guard !names.contains(name) else { return }
            let hint = Spelling.suggestion(for: name, among: names).map { "did you mean '{\($0)}'?" }
                ?? "placeholders are " + names.map { "{\($0)}" }.joined(separator: ", ")
            problems.append(Problem(offset: offset, message: "unknown placeholder '{\(body)}' in the customer's line", hint: hint))
        }
        return problems
    }

    /// The line with each placeholder replaced by its value from `values`,
    /// else its fallback, else the built-in default ("the agent", "that you
    /// would get back to me", "soon"). A line with no `{` comes back as is.
    public static func render(_ line: String, values: [String: String]) -> String {
        guard line.utf8.contains(UInt8(ascii: "{")) else { return line }
        var out = ""
        var scalars = line.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            out.unicodeScalars.append(contentsOf: scalars[..<open])
            guard let close = scalars[open...].firstIndex(of: "}") else {
                out.unicodeScalars.append(contentsOf: scalars[open...])
                return out
            }
            let body = String(String.UnicodeScalarView(scalars[scalars.index(after: open)..<close]))
            let parts = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let name = parts[0].trimmingWhitespace()
            out += values[name] ?? (parts.count > 1 ? parts[1].trimmingWhitespace() : defaults[name] ?? "")
            scalars = scalars[scalars.index(after: close)...]
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }

    /// Calls `body` with each placeholder's offset and what stands between
    /// its braces (nil when the `{` is never closed).
    private static func forEachPlaceholder(in line: String, _ body: (Int, String?) -> Void) {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "{" else {
                index += 1
                continue
            }
            guard let close = scalars[index...].firstIndex(of: "}") else {
                body(index, nil)
                return
            }
            body(index, String(String.UnicodeScalarView(scalars[(index + 1)..<close])))
            index = close + 1
        }
    }

    /// "first", "second", ... "tenth", then "11th", "12th", "21st".
    public static func ordinal(_ number: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if (1...10).contains(number) { return words[number - 1] }
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
