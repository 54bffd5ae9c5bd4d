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
    /// What a reply must hold for the phrase to match anywhere in it.
    let anchors: PhraseAnchors
    /// The word ids a match can start with (sorted, each once), or nil when
    /// it can start anywhere (a slot or optional first element).
    let firstWordList: [Int32]?
    /// The compiled program the matcher runs.
    let program: [PhraseOp]
    /// The word lists the program's set ops point into.
    let setWords: [Int32]
    /// The tables the program's dispatch ops point into (``ChoiceDispatch``).
    let dispatchTables: [Int32]

    init(source: String, elements: [PhraseElement]) {
        self.source = source
        self.elements = elements
        self.anchors = PhraseAnchors(elements)
        (self.program, self.setWords, self.dispatchTables) = PhraseOp.compile(elements)
        var first: [Int32] = []
        self.firstWordList = PhrasePattern.appendFirstWords(of: elements, to: &first) ? first.sortedUnique() : nil
    }

    /// Appends the words a match can start with to `ids`, looking through
    /// optional elements; false when a slot or gap can come first. (An array
    /// sorted once at the end: a set per element and alternative was a fifth
    /// of compiling the rubric.)
    private static func appendFirstWords(of elements: [PhraseElement], to ids: inout [Int32]) -> Bool {
        for element in elements {
            switch element {
            case .word(let id): ids.append(id); return true
            case .slot, .gap: return false
            case .choice(let alternatives, let optional):
                var canBeEmpty = optional
                for alternative in alternatives {
                    guard appendFirstWords(of: alternative, to: &ids) else { return false }
                    if !alternative.contains(where: { $0.isRequired }) { canBeEmpty = true }
                }
                if !canBeEmpty { return true }
            }
        }
        return true
    }
}
