/// A rubric phrase, compiled for matching against replies.
///
/// The notation, written for trainers:
///
/// - words match whole words, ignoring case, punctuation and how a
///   contraction is written: `I will` also matches "I'll", "Ill", "i'll";
/// - `(call|ring|phone)` matches any one of the alternatives (each may be
///   several words: `(get back|come back)`);
/// - `[really]` is optional, and may hold alternatives: `[so|really|very]`;
/// - `{time}`, `{day}`, `{date}`, `{number}`, `{name}` match a word of that
///   kind (see ``PhraseSlot``);
/// - `...` matches a gap of up to four words.
///
/// Filler words named in the rubric (such as "just", "really") may appear
/// between the words of a phrase without being written in it.
public struct PhrasePattern: Sendable, Hashable {
    /// The longest gap `...` matches, in words.
    public static let maximumGap = 4

    /// The phrase as the trainer wrote it.
    public let source: String
    /// The compiled elements.
    let elements: [PhraseElement]
    /// The word ids a match can start with, or nil when it can start anywhere
    /// (a slot or optional first element).
    let firstWords: Set<Int32>?

    init(source: String, elements: [PhraseElement]) {
        self.source = source
        self.elements = elements
        self.firstWords = PhrasePattern.firstWords(of: elements)
    }

    private static func firstWords(of elements: [PhraseElement]) -> Set<Int32>? {
        guard let first = elements.first else { return nil }
        switch first {
        case .word(let id): return [id]
        case .choice(let alternatives, let optional):
            if optional { return nil }
            var ids: Set<Int32> = []
            for alternative in alternatives {
                guard let sub = firstWords(of: alternative) else { return nil }
                ids.formUnion(sub)
            }
            return ids
        case .slot, .gap: return nil
        }
    }
}
