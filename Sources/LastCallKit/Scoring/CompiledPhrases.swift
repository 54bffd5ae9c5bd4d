/// A list of phrases flattened into contiguous arrays, so the scorer can
/// try hundreds of phrases per reply without copying or retaining anything.
final class CompiledPhrases: Sendable {
    /// The phrases' sources, for explanations.
    let sources: [String]
    /// All programs, one after another; jumps are absolute.
    let ops: [PhraseOp]
    /// Where each phrase's program starts in `ops`.
    let starts: [Int32]
    /// Each phrase's anchor words as a range of `words` (empty: no anchor).
    let anchorRanges: [Range<Int32>]
    /// Each phrase's possible first words as a range of `words`, or nil.
    let firstRanges: [Range<Int32>?]
    let words: [Int32]
    /// The sorted word lists of all programs' set ops.
    let setWords: [Int32]
    /// The phrases that can start with word id `w` are
    /// `firstPhrases[firstOffsets[w]..<firstOffsets[w + 1]]`: an index by
    /// first word, so a reply's words pick the few phrases worth trying.
    let firstOffsets: [Int32]
    let firstPhrases: [Int32]
    /// The phrases that can start with any word (a slot or gap first).
    let anyFirst: [Int32]

    init(_ phrases: [PhrasePattern]) {
        var ops: [PhraseOp] = []
        var starts: [Int32] = []
        var anchorRanges: [Range<Int32>] = []
        var firstRanges: [Range<Int32>?] = []
        var words: [Int32] = []
        var setWords: [Int32] = []
        for phrase in phrases {
            let base = Int32(ops.count)
            starts.append(base)
            let setBase = Int32(setWords.count)
            setWords += phrase.setWords
            for var op in phrase.program {
                if op.kind == .split { op.a += base; op.b += base }
                if op.kind == .set || op.kind == .optionalSet { op.a += setBase; op.b += setBase }
                if op.kind == .jump { op.a += base }
                ops.append(op)
            }
            let anchorStart = Int32(words.count)
            words += phrase.anchorWords ?? []
            anchorRanges.append(anchorStart..<Int32(words.count))
            if let first = phrase.firstWordList {
                let firstStart = Int32(words.count)
                words += first
                firstRanges.append(firstStart..<Int32(words.count))
            } else {
                firstRanges.append(nil)
            }
        }
        self.sources = phrases.map(\.source)
        self.ops = ops
        self.starts = starts
        self.anchorRanges = anchorRanges
        self.firstRanges = firstRanges
        self.words = words
        self.setWords = setWords
        let wordCount = Int((words.max() ?? -1) + 1)
        var counts = [Int32](repeating: 0, count: wordCount + 1)
        var anyFirst: [Int32] = []
        for range in firstRanges {
            guard let range else { continue }
            for k in range where words[Int(k)] >= 0 { counts[Int(words[Int(k)]) + 1] += 1 }
        }
        for w in 0..<wordCount { counts[w + 1] += counts[w] }
        var fill = counts
        var firstPhrases = [Int32](repeating: 0, count: Int(counts[wordCount]))
        for (index, range) in firstRanges.enumerated() {
            guard let range else { anyFirst.append(Int32(index)); continue }
            for k in range where words[Int(k)] >= 0 {
                let w = Int(words[Int(k)])
                firstPhrases[Int(fill[w])] = Int32(index)
                fill[w] += 1
            }
        }
        self.firstOffsets = counts
        self.firstPhrases = firstPhrases
        self.anyFirst = anyFirst
    }

    var count: Int { starts.count }
}
