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
    private let detectors: [CriterionID: any CriterionDetector]
    /// Per criterion: its phrases, and each exception's phrases, compiled.
    private let compiled: [CriterionID: (phrases: CompiledPhrases, exceptions: [CompiledPhrases])]

    /// Creates a scorer for `rubric`.
    public init(rubric: Rubric) {
        self.rubric = rubric
        let lexicon = rubric.lexicon
        reader = ReplyReader(lexicon: lexicon)
        matcher = PhraseMatcher(lexicon: lexicon, fillers: Set(rubric.fillers.map { lexicon.id($0) }))
        let words = WordSets(lexicon: lexicon)
        detectors = [
            .apology: ApologyDetector(words: words),
            .ownership: OwnershipDetector(words: words),
            .timeFrame: TimeFrameDetector(words: words),
            .noBlame: BlameDetector(words: words),
            .nameAndNumber: NameDetector(words: words, matcher: matcher),
        ]
        var compiled: [CriterionID: (phrases: CompiledPhrases, exceptions: [CompiledPhrases])] = [:]
        for criterion in rubric.criteria {
            compiled[criterion.id] = (CompiledPhrases(criterion.phrases), criterion.exceptions.map { CompiledPhrases($0.phrases) })
        }
        self.compiled = compiled
    }

    /// Scores one reply. Never fails: an empty or odd reply simply meets
    /// nothing (and does not blame).
    public func score(_ reply: String) -> ReplyScore {
        let text = reader.read(reply)
        var results: [CriterionResult] = []
        for id in CriterionID.allCases {
            guard let criterion = rubric[id], let detector = detectors[id], let phrases = compiled[id] else { continue }
            results.append(evaluate(criterion, phrases: phrases, detector: detector, text: text))
        }
        return ReplyScore(reply: reply, results: results)
    }

    private func evaluate(_ criterion: Criterion, phrases: (phrases: CompiledPhrases, exceptions: [CompiledPhrases]),
                          detector: any CriterionDetector, text: ReplyText) -> CriterionResult {
        var candidates: [(PhraseMatch, String)] = []
        let list = phrases.phrases
        for index in 0..<list.count {
            matcher.matches(of: index, in: list, text: text) { candidates.append(($0, list.sources[index])) }
        }
        candidates += detector.extraMatches(in: text)
        guard !candidates.isEmpty else {
            return CriterionResult(id: criterion.id, met: criterion.id == .noBlame, evidence: [], when: nil, fired: [])
        }
        candidates.sort { ($0.0.start, -$0.0.end) < ($1.0.start, -$1.0.end) }

        // the exceptions' matches, found once
        var exceptionMatches: [[PhraseMatch]] = []
        for exception in phrases.exceptions {
            var all: [PhraseMatch] = []
            for index in 0..<exception.count { matcher.matches(of: index, in: exception, text: text) { all.append($0) } }
            exceptionMatches.append(all)
        }

        var fired: [PhraseFiring] = []
        var standing: [PhraseMatch] = []
        for (match, source) in candidates {
            var reason: String?
            for (index, exception) in criterion.exceptions.enumerated() {
                if let hit = exceptionMatches[index].first(where: { applies($0, exception.scope, to: match, in: text) }) {
                    reason = "\(exception.reason): '\(text.quote(hit.start, hit.end))'"
                    break
                }
            }
            if reason == nil { reason = detector.overrule(match, in: text) }
            fired.append(PhraseFiring(phrase: source, words: text.quote(match.start, match.end), overruledBy: reason))
            if reason == nil { standing.append(match) }
        }

        // evidence: the standing matches, overlapping ones merged
        var spans: [PhraseMatch] = []
        for match in standing.sorted(by: { $0.start < $1.start }) {
            if let last = spans.last, last.end >= match.start {
                spans[spans.count - 1].end = max(last.end, match.end)
            } else {
                spans.append(match)
            }
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
