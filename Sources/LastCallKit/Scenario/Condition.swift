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

    /// How a mood is compared.
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        /// Whether `value` compares so with `limit`.
        public func holds(_ value: Int, _ limit: Int) -> Bool {
            switch self {
            case .less: return value < limit
            case .lessOrEqual: return value <= limit
            case .greater: return value > limit
            case .greaterOrEqual: return value >= limit
            }
        }
    }

    /// The phrases of every `mentions` in this condition, `any` included.
    public var mentionedPhrases: [String] {
        switch self {
        case .mentions(let phrase): return [phrase]
        case .any(let conditions): return conditions.flatMap(\.mentionedPhrases)
        case .met, .missed, .mood: return []
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
        }
    }
}
