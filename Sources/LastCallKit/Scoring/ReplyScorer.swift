/// Scores trainee replies against a ``Rubric``.
///
/// For each criterion it finds where the rubric's phrases match the reply,
/// drops the matches that an exception or a built-in rule overrules (a
/// pardon, a negation, a hand-off, a past date...), and quotes the words of
/// the matches that stand as evidence. Pure and thread-safe: one scorer can
/// score any number of replies, on any number of threads.
public struct ReplyScorer: Sendable {
    /// The rubric the scorer applies.
    public let rubric: Rubric
    let reader: ReplyReader
    let matcher: PhraseMatcher
    /// Every phrase of every criterion, exception and `overrules` list in one
    /// compiled bank, so one pass over a reply finds all their matches.
    private let bank: CompiledPhrases
    /// The criteria in scoring order, each with its detector and where its
    /// phrases sit in ``bank``.
    private let plans: [Plan]

    /// One criterion, ready to evaluate.
    private struct Plan: Sendable {
        let criterion: Criterion
        let detector: any CriterionDetector
        /// The bank's phrases for the criterion.
        let phrases: Range<Int32>
        /// Per exception: the bank's phrases for its words and its targets.
        let exceptions: [(phrases: Range<Int32>, targets: Range<Int32>)]
    }

    /// Creates a scorer for `rubric`.
    public init(rubric: Rubric) {
        self.rubric = rubric
        let lexicon = rubric.lexicon
        reader = ReplyReader(lexicon: lexicon)
        matcher = PhraseMatcher(lexicon: lexicon, fillers: Set(rubric.fillers.map { lexicon.id($0) }))
        let words = WordSets(lexicon: lexicon)
        let detectors: [CriterionID: any CriterionDetector] = [
            .apology: ApologyDetector(words: words),
            .ownership: OwnershipDetector(words: words),
            .timeFrame: TimeFrameDetector(words: words),
            .noBlame: BlameDetector(words: words),
            .nameAndNumber: NameDetector(words: words, matcher: matcher),
        ]
        var all: [PhrasePattern] = []
        func add(_ list: [PhrasePattern]) -> Range<Int32> {
            let start = Int32(all.count)
            all += list
            return start..<Int32(all.count)
        }
        var plans: [Plan] = []
        for id in CriterionID.allCases {
            guard let criterion = rubric[id], let detector = detectors[id] else { continue }
            let phrases = add(criterion.phrases)
            let exceptions = criterion.exceptions.map { (phrases: add($0.phrases), targets: add($0.targets)) }
            plans.append(Plan(criterion: criterion, detector: detector, phrases: phrases, exceptions: exceptions))
        }
        bank = CompiledPhrases(all)
        self.plans = plans
    }

    /// Scores one reply. Never fails: an empty or odd reply simply meets
    /// nothing (and does not blame). With `explain` false the results leave
    /// out ``CriterionResult/fired`` (what `--explain` shows), which is faster.
    public func score(_ reply: String, explain: Bool = true) -> ReplyScore {
        let text = reader.read(reply)
        let hits = matcher.allMatches(in: bank, text: text)
        var results: [CriterionResult] = []
        results.reserveCapacity(plans.count)
        for plan in plans {
            results.append(evaluate(plan, hits: hits, text: text, explain: explain))
        }
        return ReplyScore(reply: reply, results: results)
    }

    /// The hits of the bank's phrases in `range` (hits are sorted by phrase).
    private func hits(_ hits: [PhraseHit], in range: Range<Int32>) -> ArraySlice<PhraseHit> {
        guard !range.isEmpty else { return [] }
        var low = 0, high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if hits[mid].phrase < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < hits.count, hits[end].phrase < range.upperBound { end += 1 }
        return hits[low..<end]
    }

    private func evaluate(_ plan: Plan, hits all: [PhraseHit], text: ReplyText, explain: Bool) -> CriterionResult {
        let criterion = plan.criterion
        var candidates: [(PhraseMatch, String)] = []
        for hit in hits(all, in: plan.phrases) {
            candidates.append((hit.match, explain ? bank.sources[Int(hit.phrase)] : ""))
        }
        candidates += plan.detector.extraMatches(in: text)
        guard !candidates.isEmpty else {
            return CriterionResult(id: criterion.id, met: criterion.id == .noBlame, evidence: [], when: nil, fired: [])
        }
        candidates.sort { ($0.0.start, -$0.0.end) < ($1.0.start, -$1.0.end) }

        var fired: [PhraseFiring] = []
        var standing: [PhraseMatch] = []
        for (match, source) in candidates {
            var reason: String?
            var overruled = false
            for (index, exception) in criterion.exceptions.enumerated() {
                let ranges = plan.exceptions[index]
                let targets = hits(all, in: ranges.targets)
                if !ranges.targets.isEmpty, !targets.contains(where: { $0.match.overlaps(match) }) { continue }
                if let hit = hits(all, in: ranges.phrases).first(where: { applies($0.match, exception.scope, to: match, in: text) }) {
                    overruled = true
                    if explain { reason = "\(exception.reason): '\(text.quote(Int(hit.start), Int(hit.end)))'" }
                    break
                }
            }
            if !overruled, let ruling = plan.detector.overrule(match, in: text) {
                overruled = true
                reason = ruling
            }
            if explain {
                fired.append(PhraseFiring(phrase: source, words: text.quote(match.start, match.end), overruledBy: reason))
            }
            if !overruled { standing.append(match) }
        }

        // evidence: the standing matches, widened to the words that decide
        // them, overlapping ones merged
        var spans: [PhraseMatch] = []
        for match in standing.map({ plan.detector.evidence(for: $0, in: text) }).sorted(by: { $0.start < $1.start }) {
            if let last = spans.last, last.end >= match.start {
                spans[spans.count - 1].end = max(last.end, match.end)
            } else {
                spans.append(match)
            }
        }
        if spans.count > 1 {
            let ranked = spans.enumerated().sorted { (plan.detector.rank(of: $0.element, in: text), $0.offset)
                < (plan.detector.rank(of: $1.element, in: text), $1.offset) }
            spans = ranked.map(\.element)
        }
        let evidence = spans.map { text.quote($0.start, $0.end) }
        let met = criterion.id == .noBlame ? spans.isEmpty : !spans.isEmpty
        let when = criterion.id == .timeFrame ? evidence.first : nil
        return CriterionResult(id: criterion.id, met: met, evidence: evidence, when: when, fired: fired)
    }

    /// Whether an exception matched at `hit` overrules the phrase at `match`.
    private func applies(_ hit: PhraseMatch, _ scope: ExceptionScope, to match: PhraseMatch, in text: ReplyText) -> Bool {
        switch scope {
        case .around:
            return hit.overlaps(match)
        case .justBefore:
            guard hit.end < match.start, text.tokens[hit.end].sentence == text.tokens[match.start].sentence else { return false }
            return (hit.end + 1..<match.start).allSatisfy { matcher.fillers.contains(text.tokens[$0].id) }
        case .justAfter:
            guard hit.start > match.end, text.tokens[hit.start].sentence == text.tokens[match.end].sentence else { return false }
            return (match.end + 1..<hit.start).allSatisfy { matcher.fillers.contains(text.tokens[$0].id) }
        case .sameClause:
            let clause = text.clause(of: match.start).lowerBound..<text.clause(of: match.end).upperBound
            return hit.start < clause.upperBound && hit.end >= clause.lowerBound
        case .sameSentence:
            let sentence = text.sentence(of: match.start).range
            return hit.start < sentence.upperBound && hit.end >= sentence.lowerBound
        case .later:
            return hit.start > match.end
        case .anywhere:
            return true
        }
    }
}
