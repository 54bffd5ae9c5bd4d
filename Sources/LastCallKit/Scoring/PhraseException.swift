/// A rubric rule that overrules a phrase: when any of `phrases` stands
/// where `scope` says, the phrase does not count, for `reason`.
public struct PhraseException: Sendable, Hashable {
    /// Why it overrules, shown by `--explain` ("a pardon, not an apology").
    public var reason: String
    /// Where the words must stand.
    public var scope: ExceptionScope
    /// The words that overrule.
    public var phrases: [PhrasePattern]
    /// When not empty, the exception overrules only a phrase whose matched
    /// words also match one of these (written `overrules:`): "a way forward"
    /// clears a duck ("nothing I can do"), never blame ("the courier lost it").
    public var targets: [PhrasePattern]

    /// Creates an exception.
    public init(reason: String, scope: ExceptionScope, phrases: [PhrasePattern], targets: [PhrasePattern] = []) {
        self.reason = reason
        self.scope = scope
        self.phrases = phrases
        self.targets = targets
    }
}
