/// Where the runs of filler words of a reply begin and end, per token, so
/// that skipping fillers (between a phrase's words, before or after an
/// exception) takes one step instead of one a filler: scoring stays linear
/// however many fillers a reply repeats ("so so so so ...", "now now ...").
/// Filled by ``PhraseMatcher`` with the tokens' ``TokenSlots``; valid until
/// the scratch it lives in reads the next reply.
struct FillerRuns {
    /// Per token `p`: the first token at or after `p` that is not a filler,
    /// or the end of `p`'s sentence (`p` itself when it is no filler).
    /// Filled only when the reply has a filler (``hasFillers``).
    let ends: UnsafeMutablePointer<Int32>
    /// Per token `p`: the first token of the run of fillers just before `p`
    /// in `p`'s sentence (`p` itself when none). Filled as ``ends`` is.
    let starts: UnsafeMutablePointer<Int32>
    /// Whether the reply has a filler at all (most short replies have none,
    /// and then nothing is filled).
    private(set) var hasFillers = false

    init(ends: UnsafeMutablePointer<Int32>, starts: UnsafeMutablePointer<Int32>) {
        self.ends = ends
        self.starts = starts
    }

    /// Works out the runs of `text`, whose tokens' slots (filler bits) are
    /// `slots`; `hasFillers` whether any token is a filler.
    mutating func fill(text: TokenView, slots: UnsafeMutablePointer<TokenSlots>, hasFillers: Bool) {
        self.hasFillers = hasFillers
        guard hasFillers else { return }
        for sentence in text.sentences {
            let range = sentence.range
            var first = range.lowerBound  // where the fillers just before `pos` begin
            for pos in range {
                if pos == range.lowerBound || !slots[pos - 1].isFiller { first = pos }
                starts[pos] = Int32(first)
            }
            var next = range.upperBound  // the first token after `pos` that is no filler
            for pos in range.reversed() {
                if !slots[pos].isFiller { next = pos }
                ends[pos] = Int32(next)
            }
        }
    }

    /// The first token at or after `p` that is not a filler (or the end of
    /// its sentence).
    @inline(__always) func end(from p: Int) -> Int { hasFillers ? Int(ends[p]) : p }

    /// The first token of the run of fillers just before `p` in its sentence.
    @inline(__always) func start(before p: Int) -> Int { hasFillers ? Int(starts[p]) : p }

    /// Whether tokens `from..<to` of one sentence are all fillers.
    @inline(__always) func allFillers(_ from: Int, _ to: Int) -> Bool {
        from >= to || (hasFillers && Int(ends[from]) >= to)
    }
}
