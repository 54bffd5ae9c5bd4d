extension String {
    /// The string without leading and trailing spaces, tabs and line breaks
    /// (LF, CR). The one trim every stage uses: YAML values, phrase slots,
    /// typed replies and rubric tips are all trimmed alike. Other Unicode
    /// spaces are kept, since they are content the author wrote.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isTrimmable(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Self.isTrimmable(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    private static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
