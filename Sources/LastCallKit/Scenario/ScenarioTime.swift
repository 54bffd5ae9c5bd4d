/// A scenario's `ready`: when the answer or fix is truly available, written
/// as a moment (`Wednesday 14:00`, `2026-03-04 14:00`) or as a stretch of
/// time from the scenario's clock (`3 hours`, `2 working days`).
public enum ScenarioTime: Sendable, Hashable, CustomStringConvertible {
    /// A moment on the simulated clock.
    case at(LocalDateTime)
    /// This long after the scenario's clock.
    case after(ClockDuration)

    /// The moment meant, seen from the scenario's `clock`; working days and
    /// hours count under `hours`.
    public func resolve(from clock: LocalDateTime, hours: BusinessHours) -> LocalDateTime {
        switch self {
        case .at(let moment): return moment
        case .after(let duration): return duration.after(clock, hours: hours)
        }
    }

    /// As written back: `2026-03-04T14:00` or `2 working days`.
    public var description: String {
        switch self {
        case .at(let moment): return moment.iso
        case .after(let duration): return duration.description
        }
    }

    /// Reads a moment or a duration. A text that starts like a date or a
    /// weekday is read as a moment, anything else as a duration, and the
    /// error is the one of the form the text looks like.
    public static func parse(_ text: String) throws(TimeTextError) -> ScenarioTime {
        let clock = TimeTextError.catching { try LocalDateTime.parseClock(text) }
        if case .success(let moment) = clock { return .at(moment) }
        let trimmed = text.trimmingWhitespace().utf8
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        let looksLikeDate = trimmed.count >= 5 && trimmed.prefix(4).allSatisfy(isDigit) && trimmed.dropFirst(4).first == UInt8(ascii: "-")
        if looksLikeDate || !isDigit(trimmed.first ?? 0) { return try .at(clock.get()) }
        return try .after(TimeTextError.catching { try ClockDuration.parse(text) }.get())
    }
}
