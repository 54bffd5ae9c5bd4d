import Testing
@testable import LastCallKit

@Suite struct PhraseWordCacheTests {
    /// `sources` read in order into one lexicon, through one shared cache
    /// (as a rubric is) or through a fresh cache for each phrase (the
    /// reference): the patterns, the warnings (phrase index, offset,
    /// message) and the words the lexicon ends with.
    static func read(_ sources: [String], shared: Bool) throws -> (patterns: [PhrasePattern], warnings: [String], words: [String]) {
        var lexicon = Lexicon()
        var cache = PhraseWordCache()
        var patterns: [PhrasePattern] = []
        var warnings: [String] = []
        for (index, source) in sources.enumerated() {
            if !shared { cache = PhraseWordCache() }
            var found: [PhrasePatternError] = []
            patterns.append(try PhrasePattern.parse(source, lexicon: &lexicon, words: &cache, warnings: &found))
            warnings += found.map { "\(index):\($0.offset): \($0.message)" }
        }
        return (patterns, warnings, lexicon.words)
    }

    @Test func phrasesReadThroughOneCacheReadAsEachAlone() throws {
        let sources = [
            "I (can|could) (refund|process|send|set up) it",
            "we (can|could) (refund|process|send|set up) them",
            "(I'll|we’ll|I will) (call|ring) you",
            "(I'll|we’ll|I will) (call|ring) you back",
            "Sooorry (sooorry|SORRY|Sorry) about that",
            "by 4pm (today|4pm|tomorrow)",
            "(a (b|c)|d [e|f]) and (a (b|c)|d [e|f])",
            "(call, ring|phone) me",   // a warning inside a group
            "or (call, ring|phone) me",
            "(Café|café|naïve) [x]",
            "(Café|café|naïve) [x]",
            "(callback|callbacks|acknowledgement|acknowledgements) (callback|callbacks) 12345678 123456789",
        ]
        let shared = try Self.read(sources, shared: true)
        let alone = try Self.read(sources, shared: false)
        #expect(shared.patterns == alone.patterns)
        #expect(shared.words == alone.words)
        #expect(shared.warnings == alone.warnings)
        #expect(shared.warnings == ["7:5: ',' is ignored: replies are matched without punctuation",
                                    "8:8: ',' is ignored: replies are matched without punctuation"])
    }

    @Test func aGroupWithAnErrorFailsEachTimeItIsWritten() throws {
        var lexicon = Lexicon()
        var cache = PhraseWordCache()
        var warnings: [PhrasePatternError] = []
        _ = try PhrasePattern.parse("(call|ring) you", lexicon: &lexicon, words: &cache, warnings: &warnings)
        for source in ["(call|ring] you", "x (call|ring] you"] {
            #expect(throws: PhrasePatternError.self) {
                _ = try PhrasePattern.parse(source, lexicon: &lexicon, words: &cache, warnings: &warnings)
            }
        }
    }

    /// The real rubric, read through its shared cache, against each of its
    /// phrases read again alone (every word already has its id, so equal
    /// readings give equal patterns).
    @Test func everyRubricPhraseReadsAsItWouldAlone() throws {
        let rubric = ScoringFixtures.rubric
        var lexicon = rubric.lexicon
        var count = 0
        for criterion in rubric.criteria {
            let phrases = criterion.phrases + criterion.exceptions.flatMap { $0.phrases + $0.targets }
            for phrase in phrases {
                var cache = PhraseWordCache()
                var warnings: [PhrasePatternError] = []
                let alone = try PhrasePattern.parse(phrase.source, lexicon: &lexicon, words: &cache, warnings: &warnings)
                #expect(alone == phrase, "\(phrase.source)")
                count += 1
            }
        }
        #expect(count > 100)
        #expect(lexicon.words == rubric.lexicon.words)
    }

    @Test(arguments: [
        ([Int32](), [Int32]()),
        ([5], [5]),
        ([3, 1, 3, 2, 1, 3], [1, 2, 3]),
        ([-1, 7, -1, 0], [-1, 0, 7]),
    ])
    func sortedUniqueIsTheSortedSet(ids: [Int32], expected: [Int32]) {
        #expect(ids.sortedUnique() == expected)
        #expect(ids.sortedUnique() == Set(ids).sorted())
    }

    @Test(arguments: [
        ("sorry", ["sorry"]),
        ("sooorry", ["soorry"]),
        ("i'll", ["i", "will"]),
        ("won't", ["will", "not"]),
        ("it's", ["it", "is"]),
        ("courier's", ["courier"]),
        ("'s", ["s"]),
        ("x'\u{301}s", ["x'\u{301}s"]),  // the apostrophe is part of a Character, not one
        ("café's", ["café"]),
        ("aaa", ["aa"]),
        ("111", ["111"]),
    ])
    func normalisingFindsApostrophesAndRuns(word: String, expected: [String]) {
        #expect(Lexicon().normalise(word) == expected)
    }
}
