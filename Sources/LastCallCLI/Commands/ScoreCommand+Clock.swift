import LastCallKit

extension ScoreCommand {
    /// The `--clock` option read as a simulated time, or nil without it.
    static func clockOption(_ parsed: ParsedArguments) throws -> LocalDateTime? {
        guard let text = parsed.value("--clock") else { return nil }
        do {
            return try LocalDateTime.parseClock(text)
        } catch let error as TimeTextError {
            let caret = String(repeating: " ", count: error.offset) + "^"
            throw UsageError("--clock '\(TerminalText.inert(text))': \(error.message) (at character \(error.offset + 1))\n    \(TerminalText.inert(text))\n    \(caret)",
                             hint: error.hint ?? "write 2026-03-03T10:15, 2026-03-03 10:15 or Tuesday 10:15")
        }
    }

    /// The human line under time-frame: the due time said naturally and in ISO form.
    static func dueLine(_ due: LocalDateTime?, clock: LocalDateTime, style: Style) -> String {
        guard let due else { return style.dim("          due: none (no concrete time promised)") }
        return "          due: \(due.spoken(relativeTo: clock)) (\(due.iso))"
    }
}
