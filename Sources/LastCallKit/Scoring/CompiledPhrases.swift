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

    init(_ phrases: [PhrasePattern]) {
        var ops: [PhraseOp] = []
        var starts: [Int32] = []
        var anchorRanges: [Range<Int32>] = []
        var firstRanges: [Range<Int32>?] = []
        var words: [Int32] = []
        for phrase in phrases {
            let base = Int32(ops.count)
            starts.append(base)
            for var op in phrase.program {
                if op.kind == .split { op.a += base; op.b += base }
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
    }

    var count: Int { starts.count }
}
