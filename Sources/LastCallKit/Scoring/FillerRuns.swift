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
        // One pass a sentence, a run of fillers at a time (two passes, one
        // forward for the starts and one back for the ends, cost ~270
        // instructions a reply more)
        for sentence in text.sentences {
            let upper = sentence.range.upperBound
            var pos = sentence.range.lowerBound
            while pos < upper {
                if !slots[pos].isFiller {
                    // no filler just before it (that case is below): itself both ways
                    starts[pos] = Int32(pos)
                    ends[pos] = Int32(pos)
                    pos += 1
                    continue
                }
                let run = pos
                repeat { pos += 1 } while pos < upper && slots[pos].isFiller
                // the run's fillers end where it ends, and begin where it begins
                for k in run..<pos {
                    starts[k] = Int32(run)
                    ends[k] = Int32(pos)
                }
                if pos < upper {
                    // the word after the run: the run is just before it
                    starts[pos] = Int32(run)
                    ends[pos] = Int32(pos)
                    pos += 1
                }
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
