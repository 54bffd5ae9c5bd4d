/// Parses one `when` condition as a trainer writes it.
public enum ConditionParser {
    /// Why a condition could not be read.
    public struct Problem: Error, Sendable, Equatable {
        /// What is wrong.
        public var message: String
        /// How to write it instead.
        public var hint: String?
        /// Where in the condition's text the problem is (in Unicode
        /// scalars from its first character), when it is not at the start.
        public var offset: Int = 0
    }

    static let forms = "conditions are CRITERION, mood < N (or <=, >, >=), mentions WORD, mentions \"a phrase\", promised, promise kept, promise broken, said CRITERION, named, contact N (or contact >= N), any: [...] for either of several, and not before any of them"

    /// The words a condition can start with, for did-you-mean.
    static let keywords = ["mood", "mentions", "not", "promised", "promise", "said", "named", "contact"]

    /// The condition `text` means, or the problem with it.
    public static func parse(_ text: String, knownCriteria: [String]) -> Result<Condition, Problem> {
        let trimmed = text.trimmingWhitespace()
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else {
            return .failure(Problem(message: "empty condition", hint: forms))
        }
        switch first {
        case "not":
            let rest = String(trimmed.dropFirst("not".count))
            let restStart = leadingSpaces(text) + "not".count
            guard words.count >= 2 else {
                return .failure(Problem(message: "malformed condition '\(trimmed)'", hint: "write 'not CRITERION', e.g. 'not apology'"))
            }
            guard words[1] != "not" else {
                return .failure(Problem(message: "'not not' in condition '\(trimmed)'", hint: "drop both: 'not not X' is X"))
            }
            switch parse(rest, knownCriteria: knownCriteria) {
            case .success(.met(let criterion)): return .success(.missed(criterion))
            case .success(let condition): return .success(.not(condition))
            case .failure(var problem):
                problem.offset = problem.offset == 0 ? restStart + leadingSpaces(rest) : restStart + problem.offset
                return .failure(problem)
            }
        case "promised" where words.count == 1:
            return .success(.promised)
        case "named" where words.count == 1:
            return criterion(CriterionID.nameAndNumber.rawValue, knownCriteria).map { .said($0) }
        case "promise":
            switch words.dropFirst().joined(separator: " ") {
            case "kept": return .success(.promise(kept: true))
            case "broken": return .success(.promise(kept: false))
            default:
                return .failure(Problem(message: "malformed condition '\(trimmed)'", hint: "write promised, promise kept or promise broken"))
            }
        case "said":
            guard words.count == 2 else {
                return .failure(Problem(message: "malformed condition '\(trimmed)'", hint: "write 'said CRITERION', e.g. 'said name-and-number'"))
            }
            return criterion(words[1], knownCriteria).map { .said($0) }.mapError { problem in
                var problem = problem
                // at the criterion's name, after "said" and its spaces
                problem.offset = leadingSpaces(text) + trimmed.unicodeScalars.count - words[1].unicodeScalars.count
                return problem
            }
        case "contact":
            return contact(trimmed)
        case "mentions":
            let rest = String(trimmed.dropFirst("mentions".count)).trimmingWhitespace()
            var phrase = rest
            // where the phrase starts in `text`, for locating its errors
            var phraseStart = leadingSpaces(text) + trimmed.unicodeScalars.count - rest.unicodeScalars.count
            if rest.hasPrefix("\"") || rest.hasPrefix("'") {
                guard rest.count >= 2, rest.last == rest.first else {
                    return .failure(Problem(message: "unclosed quote in condition '\(trimmed)'", hint: "write mentions \"a phrase\""))
                }
                let inner = String(rest.dropFirst().dropLast())
                phrase = inner.trimmingWhitespace()
                phraseStart += 1 + leadingSpaces(inner)
            } else if rest.contains(" ") {
                return .failure(Problem(message: "'mentions' takes one word or a quoted phrase, not '\(rest)'",
                                        hint: "write mentions \"\(rest)\""))
            }
            guard !phrase.isEmpty else {
                return .failure(Problem(message: "'mentions' needs a word or a phrase", hint: "write mentions refund or mentions \"a phrase\""))
            }
            if let problem = WordMatcher.check(phrase) {
                return .failure(Problem(message: "\(problem.message) in the phrase of 'mentions'",
                                        hint: problem.hint ?? "phrases are written as in the rubric: (a|b), [optional], {slot}, ...",
                                        offset: phraseStart + problem.offset))
            }
            return .success(.mentions(phrase.lowercased()))
        default:
            if trimmed.hasPrefix("mood") {
                return mood(trimmed)
            }
            if trimmed.hasPrefix("contact") {
                return contact(trimmed)
            }
            guard words.count == 1 else {
                return .failure(Problem(message: "malformed condition '\(trimmed)'", hint: forms))
            }
            return criterion(first, knownCriteria).map { .met($0) }
        }
    }

    /// How many white-space scalars `text` starts with.
    private static func leadingSpaces(_ text: String) -> Int {
        text.unicodeScalars.prefix(while: { $0.properties.isWhitespace }).count
    }

    private static func criterion(_ word: String, _ known: [String]) -> Result<String, Problem> {
        if known.contains(word) { return .success(word) }
        let hint = Spelling.suggestion(for: word, among: known + keywords).map { "did you mean '\($0)'?" } ?? forms
        return .failure(Problem(message: "unknown criterion '\(word)' in condition", hint: hint))
    }

    /// `contact 2`, `contact >= 2` (also `<`, `<=`, `>`).
    private static func contact(_ text: String) -> Result<Condition, Problem> {
        var rest = Substring(text.dropFirst("contact".count)).drop(while: { $0 == " " })
        let operators: [Condition.Comparison] = [.lessOrEqual, .greaterOrEqual, .less, .greater, .equal]
        let comparison = operators.first(where: { rest.hasPrefix($0.rawValue) }) ?? .equal
        if rest.hasPrefix(comparison.rawValue) {
            rest = rest.dropFirst(comparison.rawValue.count).drop(while: { $0 == " " })
        }
        guard let number = Int(rest), number >= 1 else {
            return .failure(Problem(message: "contact condition '\(text)' needs a contact number from 1", hint: "write contact 2 or contact >= 2 (also <, <=, >)"))
        }
        return .success(.contact(comparison, number))
    }

    private static func mood(_ text: String) -> Result<Condition, Problem> {
        var rest = Substring(text.dropFirst(4)).drop(while: { $0 == " " })
        let operators: [Condition.Comparison] = [.lessOrEqual, .greaterOrEqual, .less, .greater]
        guard let comparison = operators.first(where: { rest.hasPrefix($0.rawValue) }) else {
            return .failure(Problem(message: "malformed mood condition '\(text)'", hint: "write mood < 30 (or <=, >, >=)"))
        }
        rest = rest.dropFirst(comparison.rawValue.count).drop(while: { $0 == " " })
        guard let value = Int(rest), (0...100).contains(value) else {
            return .failure(Problem(message: "mood condition '\(text)' needs a whole number from 0 to 100", hint: "write mood < 30"))
        }
        return .success(.mood(comparison, value))
    }
}
