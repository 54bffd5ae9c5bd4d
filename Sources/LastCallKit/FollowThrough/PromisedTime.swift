/// The promise a reply makes for a conversation to follow through: the due
/// time of one of its time expressions and that expression's words. A
/// reply's ``CriterionResult/due`` is its earliest time; the promise is the
/// earliest time that is not an act done at once ("now", "right away"),
/// when the reply names one: "I'll ring the courier now and call you back
/// by 7pm tonight" promises the callback by 7pm.
public struct PromisedTime: Sendable, Hashable {
    /// The latest moment the words allow.
    public var due: LocalDateTime
    /// The words the due time comes from ("by 7pm tonight").
    public var words: String
    /// Whether the promise is an act done at once ("I'll add the credit
    /// right now"): the reply names no later time.
    public var isImmediate: Bool

    /// Creates a promised time.
    public init(due: LocalDateTime, words: String, isImmediate: Bool = false) {
        self.due = due
        self.words = words
        self.isImmediate = isImmediate
    }
}
