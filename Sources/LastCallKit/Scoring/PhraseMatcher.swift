/// Finds where ``PhrasePattern``s match in a ``ReplyText``: whole words,
/// within one sentence, skipping filler words between the words of a phrase.
final class PhraseMatcher: Sendable {
    /// Where the slots match and what a name is.
    let rules: SlotRules

    /// The filler words: the one list, in ``SlotRules``.
    var fillers: IDSet { rules.fillers }

    /// A matcher over `lexicon` skipping the words `fillers` (ids of
    /// `lexicon`; ``Lexicon/unknown`` is never a filler).
    init(lexicon: Lexicon, fillers: Set<Int32>) {
        rules = SlotRules(lexicon: lexicon, fillers: IDSet(fillers.filter { $0 >= 0 }))
    }

    /// Every non-overlapping match of `pattern` in `text`, leftmost first,
    /// each as long as it can be.
    func matches(of pattern: PhrasePattern, in text: ReplyText) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        matches(of: 0, in: CompiledPhrases([pattern]), text: text) { found.append($0) }
        return found
    }

    /// Calls `body` with every non-overlapping match of phrase `index` of
    /// `phrases` in `text`, leftmost first, each as long as it can be.
    func matches(of index: Int, in phrases: CompiledPhrases, text: ReplyText, _ body: (PhraseMatch) -> Void) {
        guard !text.tokens.isEmpty else { return }
        let scratch = MatchScratch()
        scratch.begin(phrases: phrases.count, tokens: text.tokens.count)
        let bank = phrases.view
        text.withTokenView { view in
            let pass = prepare(view, bank: bank, scratch: scratch)
            // tried at every start, not from its entry points: every anchor checked
            guard pass.allAnchorsPresent(bank.entries[index], slots: phrases.anchorSlots[index]) else { return }
            let first = phrases.firstRanges[index].map { bank.words[Int($0.lowerBound)..<Int($0.upperBound)] }
            var start = 0
            while start < view.tokens.count {
                if let first, !first.contains(view.tokens[start].id) { start += 1; continue }
                let best = pass.longestMatch(entry: Int(bank.entries[index].entry), start: start, limit: view.sentenceEnd(of: start))
                if best > start {
                    body(PhraseMatch(start: start, end: best - 1))
                    start = best
                } else {
                    start += 1
                }
            }
        }
    }

    /// Every match of every phrase of `phrases` in `text`: for each phrase,
    /// its non-overlapping matches, leftmost first, each as long as it can
    /// be (as ``matches(of:in:text:_:)`` finds them one phrase at a time).
    /// Sorted by phrase, then start.
    func allMatches(in phrases: CompiledPhrases, text: ReplyText) -> [PhraseHit] {
        // copied while the scratch, which owns the hits, is alive
        let scratch = MatchScratch()
        return withExtendedLifetime(scratch) { Array(allMatches(in: phrases, text: text, scratch: scratch)) }
    }

    /// ``allMatches(in:text:)`` into `scratch`'s hits (emptied first), valid
    /// until `scratch` matches the next reply. One pass over the reply's
    /// words: each phrase is tried only at the words its program can consume
    /// first (a word, or a slot that accepts the word), when its second
    /// consumed word is known only where that word follows (fillers between
    /// allowed), and only when the reply holds its ``PhraseAnchors``: exactly
    /// the starts where the program can match.
    func allMatches(in phrases: CompiledPhrases, text: ReplyText, scratch: MatchScratch) -> UnsafeBufferPointer<PhraseHit> {
        let hits = scratch.hits
        hits.pointee.removeAll()
        guard phrases.count > 0, !text.tokens.isEmpty else { return hits.pointee.buffer }
        scratch.begin(phrases: phrases.count, tokens: text.tokens.count)
        let bank = phrases.view
        text.withTokenView { view in
            let pass = prepare(view, bank: bank, scratch: scratch)
            let startingSlots = phrases.startingSlots
            for start in 0..<view.tokens.count {
                pass.tryPhrases(at: start, startingSlots: startingSlots, hits: hits)
            }
        }
        hits.pointee.sortByPhrase()
        return hits.pointee.buffer
    }

    /// Works out `view`'s slots and filler runs into `scratch`: what every
    /// phrase then reads.
    private func prepare(_ view: TokenView, bank: CompiledPhrasesView, scratch: MatchScratch) -> MatchPass {
        let hasFillers = rules.fill(scratch.slots, text: view)
        scratch.fillRuns(text: view, hasFillers: hasFillers)
        scratch.fillIDs(text: view)
        return MatchPass(bank: bank, text: view, ids: scratch.ids, slots: scratch.slots, runs: scratch.runs, states: scratch.states.current,
                         stack: scratch.stack, fillers: rules.fillers,
                         presentSlots: SlotSet(matchingSomewhereIn: scratch.slots, count: view.tokens.count),
                         scratch: Unmanaged.passUnretained(scratch))
    }

    /// Whether token `pos` can be a person's name (``SlotRules/isName(_:isCommon:followsDeterminer:usesCapitals:)``).
    func isName(at pos: Int, in text: ReplyText) -> Bool {
        rules.isName(at: pos, in: text)
    }
}
