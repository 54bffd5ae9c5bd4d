/// Why a detector's built-in rule overrules a match: a message around the
/// reply's words it quotes, put together only when an explanation asks for
/// it (scoring without `--explain` never builds the text).
///
/// The message parts are static text: a plain value, so returning one (a
/// time-frame match in the past, a pardon...) costs no reference counting.
struct Overruling: Sendable {
    /// The message before and after the quote.
    let before: StaticString
    let after: StaticString
    /// The quoted tokens, first and last; nil for a message without a quote.
    let quoted: ClosedRange<Int>?

    /// A message quoting tokens `start` through `end` between `before` and `after`.
    init(_ before: StaticString, quoting start: Int, _ end: Int, _ after: StaticString) {
        self.before = before
        self.after = after
        quoted = start...max(start, end)
    }

    /// A message without a quote.
    init(_ message: StaticString) {
        before = message
        after = ""
        quoted = nil
    }

    /// The message, with the quote taken from `text`.
    func reason(in text: ReplyText) -> String {
        guard let quoted else { return before.description }
        return before.description + text.quote(quoted.lowerBound, quoted.upperBound) + after.description
    }
}
