/// One rubric phrase that matched a reply, and what (if anything) overruled
/// it: the material of `--explain`.
public struct PhraseFiring: Sendable, Hashable {
    /// The phrase as written in the rubric, or a description of a built-in
    /// rule ("a name on its own at the end").
    public var phrase: String
    /// The words of the reply it matched, exactly as typed.
    public var words: String
    /// Why it does not count ("a pardon, not an apology: 'sorry, what'"), or
    /// nil when it stands.
    public var overruledBy: String?

    /// Creates a firing.
    public init(phrase: String, words: String, overruledBy: String? = nil) {
        self.phrase = phrase
        self.words = words
        self.overruledBy = overruledBy
    }

    /// Whether nothing overruled it.
    public var stands: Bool { overruledBy == nil }
}
