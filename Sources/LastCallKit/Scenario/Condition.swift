/// One test in a branch's `when`, checked after the trainee's reply.
public enum Condition: Sendable, Hashable, CustomStringConvertible {
    /// `CRITERION`: the reply met the criterion.
    case met(String)
    /// `not CRITERION`: the reply missed it (`not no-blame`: it blamed or ducked).
    case missed(String)
    /// `mood < N` and friends, on the mood after this reply.
    case mood(Comparison, Int)
    /// `mentions WORD` or `mentions "a phrase"`: the phrase, in the rubric's
    /// notation, occurs in the reply (see ``WordMatcher``).
    case mentions(String)
    /// `any: [...]`: at least one of the conditions holds.
    case any([Condition])
    /// `promised`: the trainee has committed to a due time in this session.
    case promised
    /// `promise kept` (true) or `promise broken` (false): the latest due
    /// time is at or after (kept) or before (broken) the scenario's `ready`.
    case promise(kept: Bool)
    /// `said CRITERION` (and `named`, for `said name-and-number`): the
    /// trainee met it in this or any earlier turn of the session.
    case said(String)
    /// `contact N` (``Comparison/equal``) or `contact >= N` and friends, on
    /// the number of the contact now going on (the first is 1).
    case contact(Comparison, Int)
    /// `not CONDITION` for any condition but a criterion (which is
    /// ``missed(_:)``): it does not hold.
    indirect case not(Condition)

    /// How a mood is compared.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        /// Only for `contact N`, written without an operator.
        case equal = "="

        /// Whether `value` compares so with `limit`.
        public func holds(_ value: Int, _ limit: Int) -> Bool {
            switch self {
            case .less: return value < limit
            case .lessOrEqual: return value <= limit
            case .greater: return value > limit
            case .greaterOrEqual: return value >= limit
            case .equal: return value == limit
            }
        }
    }

    /// The phrases of every `mentions` in this condition, `any` included.
    public var mentionedPhrases: [String] {
        switch self {
        case .mentions(let phrase): return [phrase]
        case .any(let conditions): return conditions.flatMap(\.mentionedPhrases)
        case .not(let condition): return condition.mentionedPhrases
        case .met, .missed, .mood, .promised, .promise, .said, .contact: return []
        }
    }

    /// Whether the condition, or one inside it, is `promise kept` or
    /// `promise broken`, which need the scenario's `ready`.
    public var needsReady: Bool {
        switch self {
        case .promise: return true
        case .any(let conditions): return conditions.contains(where: \.needsReady)
        case .not(let condition): return condition.needsReady
        case .met, .missed, .mood, .mentions, .promised, .said, .contact: return false
        }
    }

    /// The condition as a trainer writes it (`any` as "(a or b)").
    public var description: String {
        switch self {
        case .met(let id): return id
        case .missed(let id): return "not \(id)"
        case .mood(let comparison, let value): return "mood \(comparison.rawValue) \(value)"
        case .mentions(let phrase):
            return phrase.contains(" ") ? "mentions \"\(phrase)\"" : "mentions \(phrase)"
        case .any(let conditions):
            return "(" + conditions.map(\.description).joined(separator: " or ") + ")"
        case .promised: return "promised"
        case .promise(let kept): return kept ? "promise kept" : "promise broken"
        case .said(let id): return id == CriterionID.nameAndNumber.rawValue ? "named" : "said \(id)"
        case .contact(.equal, let number): return "contact \(number)"
        case .contact(let comparison, let number): return "contact \(comparison.rawValue) \(number)"
        case .not(let condition): return "not \(condition)"
        }
    }
}
