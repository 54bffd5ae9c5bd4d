/// What a `/flag` line asks for, read against the rubric's criteria:
/// `/flag` alone disputes the whole verdict on the last reply, `/flag
/// CRITERION [why]` one criterion, and `/flag why...` the whole verdict with
/// a reason. A first word that looks like a misspelt criterion is not taken
/// as a reason: the trainee is asked what they meant.
public enum FlagRequest: Sendable, Hashable {
    /// Dispute `criterion` (nil: the whole verdict), with an optional note.
    case dispute(criterion: CriterionID?, note: String?)
    /// The first word is close to a criterion but is not one.
    case unknownCriterion(String, suggestion: String)

    /// Other names a trainee may use for a criterion.
    static let aliases = ["blame": "no-blame", "name": "name-and-number", "time": "time-frame", "timeframe": "time-frame", "number": "name-and-number"]

    /// Whether `line` is a `/flag` command (`/flag` then nothing or a space).
    public static func isFlag(_ line: String) -> Bool {
        let text = line.trimmingWhitespace().lowercased()
        return text == "/flag" || text.hasPrefix("/flag ") || text.hasPrefix("/flag\t")
    }

    /// Reads a `/flag` line against `criteria` (the rubric's), or nil when
    /// the line is no `/flag` command.
    public static func parse(_ line: String, criteria ids: [CriterionID]) -> FlagRequest? {
        guard isFlag(line) else { return nil }
        let rest = String(line.trimmingWhitespace().dropFirst("/flag".count)).trimmingWhitespace()
        guard !rest.isEmpty else { return .dispute(criterion: nil, note: nil) }
        let firstEnd = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
        let first = String(rest[..<firstEnd]).lowercased().trimmingCharacters(in: ":,")
        let after = String(rest[firstEnd...]).trimmingWhitespace()
        let note = after.isEmpty ? nil : after
        let criteria = ids.map(\.rawValue)
        if let id = CriterionID(rawValue: aliases[first] ?? first), ids.contains(id) { return .dispute(criterion: id, note: note) }
        let prefixed = ids.filter { first.count >= 3 && $0.rawValue.hasPrefix(first) }
        if prefixed.count == 1 { return .dispute(criterion: prefixed[0], note: note) }
        if first.count >= 4, let suggestion = Spelling.suggestion(for: first, among: criteria + Array(aliases.keys)) {
            return .unknownCriterion(first, suggestion: aliases[suggestion] ?? suggestion)
        }
        return .dispute(criterion: nil, note: rest)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
