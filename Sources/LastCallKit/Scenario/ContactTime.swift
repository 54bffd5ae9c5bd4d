/// When a new contact starts, as a branch's `at:` writes it: `promise` (the
/// trainee's latest due time), `ready` (the scenario's), either of them plus
/// or minus a duration (`promise + 1 hour`, `ready - 30 minutes`), or a
/// moment (`Wednesday 14:00`).
public struct ContactTime: Sendable, Hashable, CustomStringConvertible {
    /// What the time is measured from.
    public enum Base: Sendable, Hashable {
        /// The due time of the trainee's latest promise.
        case promise
        /// The scenario's `ready`.
        case ready
        /// A fixed moment.
        case moment(LocalDateTime)
    }

    /// What the time is measured from.
    public var base: Base
    /// How far after (or, with ``isBefore``, before) the base; nil for the base itself.
    public var offset: ClockDuration?
    /// Whether ``offset`` counts back from the base (`promise - 1 hour`).
    public var isBefore: Bool

    /// Creates a contact time.
    public init(_ base: Base, offset: ClockDuration? = nil, isBefore: Bool = false) {
        self.base = base
        self.offset = offset
        self.isBefore = isBefore
    }

    /// Whether the time leans on the scenario's `ready`.
    public var needsReady: Bool { base == .ready }

    /// The moment meant, given the trainee's latest due time (`promise`)
    /// and the scenario's `ready`; a base that is missing (no promise was
    /// made) stands for `now`. Working units count under `hours`.
    public func resolve(promise: LocalDateTime?, ready: LocalDateTime?, now: LocalDateTime, hours: BusinessHours) -> LocalDateTime {
        let start: LocalDateTime
        switch base {
        case .promise: start = promise ?? now
        case .ready: start = ready ?? now
        case .moment(let moment): start = moment
        }
        guard let offset else { return start }
        return isBefore ? offset.before(start, hours: hours) : offset.after(start, hours: hours)
    }

    /// As a trainer writes it: `promise + 1 hour`, `ready`, `2026-03-04T14:00`.
    public var description: String {
        let head: String
        switch base {
        case .promise: head = "promise"
        case .ready: head = "ready"
        case .moment(let moment): head = moment.iso
        }
        guard let offset else { return head }
        return head + (isBefore ? " - " : " + ") + offset.description
    }

    /// Reads an `at:` text; an error's offset is in Unicode scalars from
    /// the text's first character.
    public static func parse(_ text: String) throws(TimeTextError) -> ContactTime {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let wordStart = index
        while index < scalars.count, scalars[index].properties.isAlphabetic { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased()
        let base: Base
        switch word {
        case "promise": base = .promise
        case "ready": base = .ready
        default:
            switch TimeTextError.catching({ try LocalDateTime.parseClock(text) }) {
            case .success(let moment): return ContactTime(.moment(moment))
            case .failure(let error):
                if !word.isEmpty, let close = Spelling.suggestion(for: word, among: ["promise", "ready"]) {
                    throw TimeTextError(offset: wordStart, message: "'\(word)' is neither 'promise', 'ready' nor a time", hint: "did you mean '\(close)'?")
                }
                throw TimeTextError(offset: error.offset, message: error.message,
                                    hint: (error.hint.map { $0 + "; " } ?? "") + "or write promise, ready, promise + 1 hour, ready - 30 minutes")
            }
        }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count else { return ContactTime(base) }
        let sign = scalars[index]
        guard sign == "+" || sign == "-" else {
            throw TimeTextError(offset: index, message: "expected '+' or '-' and a duration after '\(word)'", hint: "as in \(word) + 1 hour")
        }
        index += 1
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        switch TimeTextError.catching({ try ClockDuration.parse(rest) }) {
        case .success(let duration): return ContactTime(base, offset: duration, isBefore: sign == "-")
        case .failure(let error): throw TimeTextError(offset: index + error.offset, message: error.message, hint: error.hint)
        }
    }
}
