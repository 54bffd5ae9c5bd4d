/// What the end card and the progress file say about a finished
/// conversation: the tally per criterion, the best and weakest reply with
/// why, and the rubric's tips for what was missed.
public struct SessionSummary: Sendable, Hashable {
    /// Per criterion of the scenario: times met and expected.
    public var criteria: [CriterionTally]
    /// The reply that met the largest share of what was expected.
    public var best: TurnHighlight?
    /// The reply that missed the most, when it is not the best one.
    public var weakest: TurnHighlight?
    /// The rubric's feedback for each criterion missed at least once.
    public var tips: [CriterionTip]
    /// The session score, 0-100, with every reply a no-blame expectation
    /// where the scenario scores no-blame (see `SessionScore`).
    public var score: Int
    /// Whether the session passed: it ended resolved and `score` reached the pass mark.
    public var passed: Bool

    /// Summarises `conversation`; `feedback` gives the rubric's tip per criterion.
    public init(_ conversation: Conversation, feedback: [CriterionID: String]) {
        let turns = conversation.turns
        criteria = SessionScore.tally(turns: turns, criteria: conversation.criteria)
            .map { CriterionTally(criterion: $0.criterion, met: $0.met, expected: $0.expected) }
        score = SessionScore.score(turns: turns, rules: conversation.rules, criteria: conversation.criteria)
        passed = conversation.outcome == .resolved && score >= conversation.passMark
        tips = criteria.filter { $0.met < $0.expected }.compactMap { tally in
            feedback[tally.criterion].map { CriterionTip(criterion: tally.criterion, tip: $0) }
        }
        let scored = turns.enumerated().filter { !$0.element.expected.isEmpty }
        func share(_ turn: Turn) -> Double { Double(turn.met.count) / Double(turn.expected.count) }
        if let top = scored.max(by: { a, b in
            (share(a.element), a.element.met.count, -a.offset) < (share(b.element), b.element.met.count, -b.offset)
        }), !top.element.met.isEmpty {
            best = TurnHighlight(turn: top.offset + 1, reply: top.element.reply, why: Self.why(top.element))
        }
        if let low = scored.min(by: { a, b in
            (share(a.element), -a.element.missed.count, a.offset) < (share(b.element), -b.element.missed.count, b.offset)
        }), !low.element.missed.isEmpty, low.offset + 1 != best?.turn {
            // One reply is never both: when the only scored reply is the
            // best, its "why" already says what it missed.
            weakest = TurnHighlight(turn: low.offset + 1, reply: low.element.reply, why: Self.why(low.element))
        }
    }

    /// "met apology and ownership ("I'm so sorry"); missed time-frame".
    static func why(_ turn: Turn) -> String {
        var parts: [String] = []
        if !turn.met.isEmpty {
            var text = "met " + Self.list(turn.met.map(\.rawValue))
            let quotes = turn.met.compactMap { turn.evidence[$0]?.first }.prefix(2)
            if !quotes.isEmpty { text += " (" + quotes.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + ")" }
            parts.append(text)
        }
        let missed = turn.missed.filter { $0 != CriterionID.noBlame }
        if !missed.isEmpty { parts.append("missed " + Self.list(missed.map(\.rawValue))) }
        if turn.missed.contains(CriterionID.noBlame) {
            var text = "blamed or ducked"
            if let quote = turn.evidence[CriterionID.noBlame]?.first { text += " (\u{201C}\(quote)\u{201D})" }
            parts.append(text)
        }
        return parts.joined(separator: "; ")
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
