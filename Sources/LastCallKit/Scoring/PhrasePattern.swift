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
    /// Words of which a reply must hold at least one for the phrase to match
    /// (from its most selective required element), or nil when no such
    /// element exists (the phrase is all slots).
    let anchorWords: [Int32]?
    /// ``firstWords`` as a short array (faster to search than a set).
    let firstWordList: [Int32]?
    /// The compiled program the matcher runs.
    let program: [PhraseOp]
    /// The word lists the program's set ops point into.
    let setWords: [Int32]

    init(source: String, elements: [PhraseElement]) {
        self.source = source
        self.elements = elements
        self.firstWords = PhrasePattern.firstWords(of: elements)
        self.anchorWords = PhrasePattern.anchors(of: elements).map { Array($0).sorted() }
        (self.program, self.setWords) = PhraseOp.compile(elements)
        self.firstWordList = firstWords.map { Array($0).sorted() }
    }

    /// The smallest set of words one of which any match must contain.
    private static func anchors(of elements: [PhraseElement]) -> Set<Int32>? {
        var best: Set<Int32>?
        for element in elements {
            guard let set = anchors(of: element) else { continue }
            if best == nil || set.count < best!.count { best = set }
        }
        return best
    }

    private static func anchors(of element: PhraseElement) -> Set<Int32>? {
        switch element {
        case .word(let id): return [id]
        case .slot, .gap: return nil
        case .choice(let alternatives, let optional):
            if optional { return nil }
            var union: Set<Int32> = []
            for alternative in alternatives {
                guard let set = anchors(of: alternative) else { return nil }
                union.formUnion(set)
            }
            return union
        }
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
