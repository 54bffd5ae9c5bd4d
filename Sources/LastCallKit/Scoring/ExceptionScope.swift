/// Where an exception's words must stand, relative to a phrase that fired,
/// to overrule it. Written in the rubric as `where:`.
public enum ExceptionScope: String, Sendable, Hashable, CaseIterable {
    /// The exception's words include all of the phrase's words
    /// ("sorry you feel that way" around "sorry").
    case around
    /// The exception ends right before the phrase ("no need to" + "apologise").
    case justBefore = "just-before"
    /// The exception starts right after the phrase ("I will" + "pass this on").
    case justAfter = "just-after"
    /// Anywhere in the same clause (a clause ends at a comma, "but", "and"...).
    case sameClause = "same-clause"
    /// Anywhere in the same sentence.
    case sameSentence = "same-sentence"
    /// Anywhere later in the reply.
    case later
    /// Anywhere in the reply.
    case anywhere
}
