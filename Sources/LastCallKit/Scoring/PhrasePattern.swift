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
    /// What a reply must hold for the phrase to match anywhere in it.
    let anchors: PhraseAnchors
    /// ``firstWords`` as a short array (faster to search than a set).
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
        self.firstWords = PhrasePattern.firstWords(of: elements)
        self.anchors = PhraseAnchors(elements)
        (self.program, self.setWords, self.dispatchTables) = PhraseOp.compile(elements)
        self.firstWordList = firstWords.map { Array($0).sorted() }
    }

    /// The words a match can start with, looking through optional elements;
    /// nil when a slot or gap can come first.
    private static func firstWords(of elements: [PhraseElement]) -> Set<Int32>? {
        var ids: Set<Int32> = []
        for element in elements {
            switch element {
            case .word(let id): ids.insert(id); return ids
            case .slot, .gap: return nil
            case .choice(let alternatives, let optional):
                var canBeEmpty = optional
                for alternative in alternatives {
                    if alternative.contains(where: { $0.isRequired }) {
                        guard let sub = firstWords(of: alternative) else { return nil }
                        ids.formUnion(sub)
                    } else {
                        guard let sub = firstWords(of: alternative) else { return nil }
                        ids.formUnion(sub)
                        canBeEmpty = true
                    }
                }
                if !canBeEmpty { return ids }
            }
        }
        return ids
    }
}
