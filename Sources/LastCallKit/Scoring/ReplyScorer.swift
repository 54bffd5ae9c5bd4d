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
    fileprivate let bank: CompiledPhrases
    /// The criteria in scoring order, each with its detector and where its
    /// phrases sit in ``bank``.
    fileprivate let plans: [Plan]
    /// Resolves time-frame evidence to a due time when a session has a clock.
    let dueTimes: DueTimeResolver

    /// One criterion, ready to evaluate.
    fileprivate final class Plan: Sendable {
        let criterion: Criterion
        let detector: any CriterionDetector
        /// The bank's phrases for the criterion.
        let phrases: Range<Int32>
        /// Per exception: the bank's phrases for its words and its targets.
        let exceptions: [(phrases: Range<Int32>, targets: Range<Int32>)]
        /// All the bank's phrases for the criterion and its exceptions, one
        /// run: `phrases`, then each exception's phrases and targets, in order.
        let span: Range<Int32>
        /// The criterion's id and its exceptions' scopes, read without
        /// copying (and retaining) the whole criterion.
        let id: CriterionID
        let scopes: [ExceptionScope]
        /// The start of the criterion's entry in a `--jsonl` line, met and missed.
        let jsonMet: [UInt8]
        let jsonMissed: [UInt8]
        /// Whether the criterion is time-frame (which has `when` and `due`).
        let isTimeFrame: Bool

        init(criterion: Criterion, detector: any CriterionDetector, phrases: Range<Int32>, exceptions: [(phrases: Range<Int32>, targets: Range<Int32>)]) {
            self.criterion = criterion
            id = criterion.id
            scopes = criterion.exceptions.map(\.scope)
            var key: [UInt8] = []
            JSONWriter.writeString(criterion.id.rawValue, into: &key)
            jsonMet = key + Array(#":{"met":true,"evidence":["#.utf8)
            jsonMissed = key + Array(#":{"met":false,"evidence":["#.utf8)
            isTimeFrame = criterion.id == .timeFrame
            self.detector = detector
            self.phrases = phrases
            self.exceptions = exceptions
            var bounds = [phrases.lowerBound, phrases.upperBound]
            for exception in exceptions {
                bounds += [exception.phrases.lowerBound, exception.phrases.upperBound, exception.targets.lowerBound, exception.targets.upperBound]
            }
            precondition(zip(bounds, bounds.dropFirst()).allSatisfy { $0 <= $1 }, "a plan's phrases are one ordered run")
            span = phrases.lowerBound..<bounds[bounds.count - 1]
        }
    }

    /// What scoring reads, behind one reference (a session copies one
    /// pointer, not the scorer's many arrays).
    fileprivate let engine: Engine

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
        engine = Engine(reader: reader, matcher: matcher, bank: bank, plans: plans)
        dueTimes = DueTimeResolver(lexicon: lexicon)
    }

    /// Scores one reply. Never fails: an empty or odd reply simply meets
    /// nothing (and does not blame). With `explain` false the results leave
    /// out ``CriterionResult/fired`` (what `--explain` shows), which is faster.
    public func score(_ reply: String, explain: Bool = true) -> ReplyScore {
        var session = Session(scorer: self)
        return session.score(reply, explain: explain)
    }

    /// A scorer with reusable scratch storage: scoring many replies through
    /// one session (as `lastcall score --jsonl` does) allocates almost
    /// nothing per reply. Gives exactly what ``ReplyScorer/score(_:explain:)``
    /// gives. Not shared between threads: make one per thread.
    public struct Session {
        /// The scorer the session applies.
        public let scorer: ReplyScorer
        fileprivate let engine: Engine
        var text = ReplyText(bytes: [])
        var normalised = ReplyReader.NormalisedWords()
        /// The matcher's working memory.
        let scratch = MatchScratch()
        /// Where ``appendJSON(forReply:explain:to:)`` builds a line.
        let line = JSONLineBuffer()
        /// The detector's own matches for the plan being evaluated.
        var extras: [DetectedMatch] = []
        /// The lists a plan's evaluation reuses, behind one reference (taken
        /// once a reply: five lists taken one by one cost four more retains
        /// and releases, measured 34,312 -> 34,101 instructions a reply).
        fileprivate let lists = EvaluateLists()
        /// Per plan: whether met, and its evidence (token spans, best first)
        /// as a range of `spans`.
        var outcomes: [(met: Bool, evidence: Range<Int>)]
        var spans: [PhraseMatch] = []
        /// Per plan (with `explain`): what fired.
        var fired: [[PhraseFiring]]
        /// What the plan being evaluated read of its last match's clause.
        var clauseMemo = ClauseMemo()
        /// The simulated clock: when set, time-frame's result gets its due
        /// time (``CriterionResult/due``) and the JSON a `due` field.
        public var clock: LocalDateTime?

        /// Creates a session for `scorer`.
        public init(scorer: ReplyScorer) {
            self.scorer = scorer
            engine = scorer.engine
            outcomes = Array(repeating: (met: false, evidence: 0..<0), count: scorer.plans.count)
            fired = Array(repeating: [], count: scorer.plans.count)
        }

        /// Scores `reply` (see ``ReplyScorer/score(_:explain:)``).
        public mutating func score(_ reply: String, explain: Bool = true) -> ReplyScore {
            text.bytes.removeAll(keepingCapacity: true)
            text.bytes.append(contentsOf: reply.utf8)
            evaluate(explain: explain)
            var results: [CriterionResult] = []
            results.reserveCapacity(scorer.plans.count)
            for (index, plan) in engine.plans.enumerated() {
                let outcome = outcomes[index]
                let evidence = spans[outcome.evidence].map { text.quote($0.start, $0.end) }
                let id = plan.criterion.id
                let due = id == .timeFrame ? dueTime(outcome) : nil
                // the words of a promise are those its due time comes from
                let when = due.map { text.quote($0.words.start, $0.words.end) } ?? evidence.first
                results.append(CriterionResult(id: id, met: outcome.met, evidence: evidence, when: id == .timeFrame ? when : nil,
                                               fired: explain ? fired[index] : [], due: due?.due,
                                               promise: due == nil ? nil : promisedTime(outcome)))
            }
            return ReplyScore(reply: reply, results: results, clock: clock)
        }

        /// Scores the reply whose UTF-8 is `line` (invalid UTF-8 replaced
        /// with U+FFFD, as `String(decoding:as:)` does) and appends its JSON
        /// line, exactly the text of `ReplyScore.jsonValue(explain:)`,
        /// to `out`, without the newline.
        public mutating func appendJSON(forReply reply: UnsafeBufferPointer<UInt8>, explain: Bool, to out: inout [UInt8]) {
            // the line is built in the session's buffer, then copied out once;
            // the reply's bytes and tokens and the criteria's fixed text are
            // read through pointers taken once a line (each criterion's own
            // array retained and released cost about 40 instructions)
            var line = self.line
            line.removeAll()
            line.append(utf8: #"{"reply":"#)
            // the reply is checked as it is escaped, in one pass
            text.bytes.removeAll(keepingCapacity: true)
            if JSONWriter.appendValidString(bytes: reply, to: &line) {
                text.bytes.append(contentsOf: reply)
            } else {
                text.bytes.append(contentsOf: String(decoding: reply, as: UTF8.self).utf8)
                line.removeAll()
                line.append(utf8: #"{"reply":"#)
                text.bytes.withUnsafeBufferPointer { JSONWriter.appendString(bytes: $0, to: &line) }
            }
            evaluate(explain: explain)
            let engine = self.engine
            // which of the fixed entries of a criterion that quotes nothing
            let variant = (explain ? 2 : 0) + (clock != nil ? 1 : 0)
            text.bytes.withUnsafeBufferPointer { bytes in
                text.tokens.withUnsafeBufferPointer { tokens in
                    line.append(utf8: #","criteria":{"#)
                    engine.json.withUnsafeBufferPointer { json in
                        for index in engine.jsonPlans.indices {
                            let plan = engine.jsonPlans[index]
                            let outcome = outcomes[index]
                            // most criteria of most replies quote nothing and
                            // (with `explain`) nothing fired: their whole entry
                            // is fixed text, one copy (writing it piece by
                            // piece cost about 60 instructions a criterion)
                            if outcome.evidence.isEmpty, !explain || fired[index].isEmpty {
                                line.append(bytes: UnsafeBufferPointer(rebasing: json[engine.jsonEmpty[4 &* index &+ variant]]))
                                continue
                            }
                            if index > 0 { line.append(UInt8(ascii: ",")) }
                            line.append(bytes: UnsafeBufferPointer(rebasing: json[outcome.met ? plan.met : plan.missed]))
                            for k in outcome.evidence {
                                if k > outcome.evidence.lowerBound { line.append(UInt8(ascii: ",")) }
                                Session.writeQuote(spans[k], bytes: bytes, tokens: tokens, to: &line)
                            }
                            line.append(UInt8(ascii: "]"))
                            if plan.isTimeFrame {
                                line.append(utf8: #","when":"#)
                                let due = dueTime(outcome)
                                if let due {
                                    Session.writeQuote(due.words, bytes: bytes, tokens: tokens, to: &line)
                                } else if !outcome.evidence.isEmpty {
                                    Session.writeQuote(spans[outcome.evidence.lowerBound], bytes: bytes, tokens: tokens, to: &line)
                                } else {
                                    line.append(utf8: "null")
                                }
                                if clock != nil { DueTimeResolver.appendDueJSON(due?.due, to: &line) }
                            }
                            if explain { PhraseFiring.appendJSON(fired[index], to: &line) }
                            line.append(UInt8(ascii: "}"))
                        }
                    }
                }
            }
            line.append(utf8: "}}")
            out.append(contentsOf: line.bytes)
        }

        /// Writes `text.quote(span.start, span.end)` as a JSON string, for a
        /// reply whose bytes (valid UTF-8) and tokens are `bytes` and `tokens`.
        @inline(__always)
        private static func writeQuote<Sink: JSONByteSink>(_ span: PhraseMatch, bytes: UnsafeBufferPointer<UInt8>,
                                                           tokens: UnsafeBufferPointer<ReplyToken>, to out: inout Sink) {
            guard span.start <= span.end, span.start >= 0, span.end < tokens.count else {
                out.append(utf8: #""""#)
                return
            }
            let start = Int(tokens[span.start].start)
            let end = max(start, Int(tokens[span.end].end))
            // a token's bytes lie inside the reply's (the reader made them so)
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            // the reply's bytes are valid UTF-8 (checked, or decoded, in
            // appendJSON), so the slice is too unless it starts or ends
            // inside a character: two byte tests, not a walk over the quote
            let isContinuation = { (k: Int) in k < bytes.count && bytes[k] & 0xC0 == 0x80 }
            if start == end || (!isContinuation(start) && !isContinuation(end)) {
                JSONWriter.appendString(bytes: slice, to: &out)
            } else {
                JSONWriter.appendString(String(decoding: slice, as: UTF8.self), to: &out)
            }
        }

        /// Reads `text.bytes` and evaluates every criterion into `outcomes`,
        /// `spans` and (with `explain`) `fired`. Exception phrases are matched
        /// only for criteria that have a candidate match.
        private mutating func evaluate(explain: Bool) {
            let engine = self.engine
            engine.reader.read(into: &text, cache: &normalised)
            let hits = engine.matcher.allMatches(in: engine.bank, text: text, scratch: scratch)
            if !spans.isEmpty { spans.removeAll(keepingCapacity: true) }
            let runs = scratch.runs
            // the hits are read through one pointer for the whole reply (the
            // scratch's, valid until the next reply's matching)
            // the engine, each plan and the session's lists are handed to
            // the plans' evaluation as borrowed references: taken from the
            // session there, each was retained and released once a plan or
            // once a plan with a candidate (about 20 pairs, some 220
            // instructions a reply)
            let lists = self.lists
            do {
                engine.exceptionOf.withUnsafeBufferPointer { exceptionOf in
                    var cursor = 0
                    for index in engine.planRefs.indices {
                        engine.planRefs[index]._withUnsafeGuaranteedRef { plan in
                            evaluate(index, plan: plan, engine: engine, lists: lists, hits: hits, exceptionOf: exceptionOf, cursor: &cursor,
                                     explain: explain, runs: runs)
                        }
                    }
                }
            }
        }

        /// Evaluates plan `index` into `outcomes[index]`, `spans` and `fired`.
        /// `hits` is sorted by phrase, and the plans' phrases follow one
        /// another in the bank in plan order (``Plan/span``), so one cursor,
        /// carried from plan to plan, walks the hits once a reply (a binary
        /// search per plan cost about 140 instructions). `plan` is
        /// `engine.plans[index]`, `lists` the session's lists and
        /// `exceptionOf` ``Engine/exceptionOf``.
        private mutating func evaluate(_ index: Int, plan: Plan, engine: Engine, lists: EvaluateLists, hits: UnsafeBufferPointer<PhraseHit>,
                                       exceptionOf: UnsafeBufferPointer<Int32>, cursor: inout Int, explain: Bool, runs: FillerRuns) {
            if explain { fired[index].removeAll(keepingCapacity: true) }
            // a local cursor, stored back once: a loop on the captured inout
            // one cost 13 instructions a hit, this one about 5
            var at = cursor
            defer { cursor = at }
            func advance(to bound: Int32) -> Int {
                var k = at
                while k < hits.count, hits[k].phrase < bound { k += 1 }
                at = k
                return k
            }
            let own = advance(to: plan.phrases.lowerBound)..<advance(to: plan.phrases.upperBound)
            // most criteria of most replies have no candidate: that path
            // clears nothing it did not fill
            if !extras.isEmpty { extras.removeAll(keepingCapacity: true) }
            plan.detector.extraMatches(in: text, into: &extras)
            guard !own.isEmpty || !extras.isEmpty else {
                outcomes[index] = (met: Session.isMet(plan.id, evidenceCount: 0), evidence: spans.count..<spans.count)
                return
            }
            let candidates = lists.candidates, exceptionHits = lists.exceptionHits, standing = lists.standing
            candidates.removeAll()
            for k in own { candidates.append((hits[k].match, hits[k].phrase)) }
            for (k, extra) in extras.enumerated() { candidates.append((extra.match, Int32(-1 - k))) }
            candidates.sort { ($0.0.start, -$0.0.end) < ($1.0.start, -$1.0.end) }
            // the exceptions' hits: one walk over the hits of the plan's
            // span, not four cursor moves per exception (most exceptions
            // have no hit; the moves cost about 900 instructions a reply,
            // and testing every exception for every candidate about 300
            // more). The hits are sorted by phrase and an exception's
            // phrases, then its targets, are one run of the bank each, so
            // each exception's hits of either kind are one run of `hits`.
            exceptionHits.removeAll()
            var k = own.upperBound
            let spanEnd = advance(to: plan.span.upperBound)
            while k < spanEnd {
                let role = exceptionOf[Int(hits[k].phrase)]
                var end = k + 1
                while end < spanEnd, exceptionOf[Int(hits[end].phrase)] == role { end += 1 }
                let exception = Int(role >> 1)
                if role & 1 == 0 {
                    exceptionHits.append((exception: exception, phrases: k..<end, targets: end..<end))
                } else if exceptionHits.count > 0, exceptionHits[exceptionHits.count - 1].exception == exception {
                    exceptionHits[exceptionHits.count - 1].targets = k..<end
                }
                // (targets hit while the exception's phrases are not: it cannot apply)
                k = end
            }

            standing.removeAll()
            clauseMemo.forget()
            for (match, source) in candidates.elements {
                var reason: String?
                var overruled = false
                for ranges in exceptionHits.elements {
                    let e = ranges.exception
                    if !plan.exceptions[e].targets.isEmpty, !engine.anyHit(hits, ranges.targets, scope: .around, to: match, in: text, runs: runs) { continue }
                    if let hit = engine.firstHit(hits, ranges.phrases, scope: plan.scopes[e], to: match, in: text, runs: runs) {
                        overruled = true
                        if explain { reason = "\(plan.criterion.exceptions[e].reason): '\(text.quote(Int(hit.start), Int(hit.end)))'" }
                        break
                    }
                }
                if !overruled, let ruling = plan.detector.overrule(match, in: text, memo: &clauseMemo) {
                    overruled = true
                    if explain { reason = ruling.reason(in: text) }
                }
                if explain {
                    let phrase = source >= 0 ? engine.bank.sources[Int(source)] : extras[Int(-1 - source)].rule.description
                    fired[index].append(PhraseFiring(phrase: phrase, words: text.quote(match.start, match.end), overruledBy: reason))
                }
                if !overruled { standing.append(match) }
            }

            // evidence: the standing matches, widened to the words that decide
            // them, overlapping ones merged
            let first = spans.count
            if !standing.isEmpty {
                let work = lists.work
                work.removeAll()
                for match in standing.elements { work.append(plan.detector.evidence(for: match, in: text)) }
                work.sort { $0.start < $1.start }
                for match in work.elements {
                    if spans.count > first, spans[spans.count - 1].end >= match.start {
                        spans[spans.count - 1].end = max(spans[spans.count - 1].end, match.end)
                    } else {
                        spans.append(match)
                    }
                }
            }
            if spans.count - first > 1 {
                // each span's rank worked out once, not once a comparison
                let ranked = lists.ranked
                ranked.removeAll()
                for (offset, span) in spans[first...].enumerated() { ranked.append((rank: plan.detector.rank(of: span, in: text), offset: offset, span: span)) }
                ranked.sort { ($0.rank, $0.offset) < ($1.rank, $1.offset) }
                for (k, item) in ranked.elements.enumerated() { spans[first + k] = item.span }
            }
            outcomes[index] = (met: Session.isMet(plan.id, evidenceCount: spans.count - first), evidence: first..<spans.count)
        }

        /// Whether criterion `id` is met with `evidenceCount` evidence spans:
        /// no-blame when it has none (its evidence is the blame), the others
        /// when they have some.
        @inline(__always)
        static func isMet(_ id: CriterionID, evidenceCount: Int) -> Bool {
            id == .noBlame ? evidenceCount == 0 : evidenceCount > 0
        }
    }

}

extension ReplyScorer {
    /// A session's reusable lists, handed to each plan's evaluation (see
    /// ``Session/evaluate(explain:)``).
    fileprivate final class EvaluateLists {
        /// For the plan being evaluated: its candidate matches with their
        /// phrase (a detector's own: -1 - its index in `extras`), and those
        /// that stand.
        let candidates = ReusedList<(PhraseMatch, Int32)>()
        let standing = ReusedList<PhraseMatch>()
        /// For the plan being evaluated, per exception that has a hit of one
        /// of its phrases, in rubric order: its index in the plan, and its
        /// phrases' and its targets' hits as ranges of `hits`.
        let exceptionHits = ReusedList<(exception: Int, phrases: Range<Int>, targets: Range<Int>)>()
        /// The standing matches of the plan being evaluated, widened to their evidence.
        let work = ReusedList<PhraseMatch>()
        /// The evidence spans of the plan being evaluated with their ranks,
        /// for ordering them.
        let ranked = ReusedList<(rank: Int, offset: Int, span: PhraseMatch)>()
    }

    fileprivate final class Engine: Sendable {
        let reader: ReplyReader
        let matcher: PhraseMatcher
        let bank: CompiledPhrases
        let plans: [Plan]
        /// ``plans`` as unretained references, read without reference
        /// counting: `plans` holds each plan for as long as the engine
        /// lives, and a session holds the engine while it evaluates.
        let planRefs: [Unmanaged<Plan>]
        /// Every plan's start of its criterion's `--jsonl` entry, met and
        /// missed, one after another (see ``jsonPlans``).
        let json: [UInt8]
        /// Per plan: where its entry's starts lie in ``json``, and whether
        /// it is time-frame's.
        let jsonPlans: [(met: Range<Int>, missed: Range<Int>, isTimeFrame: Bool)]
        /// Per plan and variant, at 4 × plan + variant: where in ``json``
        /// lies the whole entry (after a comma, but for the first plan's) of
        /// its criterion when it has no evidence and nothing fired; variant
        /// (`explain` ? 2 : 0) + (clock set ? 1 : 0).
        let jsonEmpty: [Range<Int>]
        /// Per phrase of the bank that belongs to an exception: the
        /// exception's index in its plan times two, plus one for a target
        /// (an `overrules` phrase); -1 for a criterion's own phrase.
        let exceptionOf: [Int32]

        init(reader: ReplyReader, matcher: PhraseMatcher, bank: CompiledPhrases, plans: [Plan]) {
            self.reader = reader
            self.matcher = matcher
            self.bank = bank
            self.plans = plans
            planRefs = plans.map { Unmanaged.passUnretained($0) }
            var exceptionOf = [Int32](repeating: -1, count: bank.sources.count)
            for plan in plans {
                for (e, exception) in plan.exceptions.enumerated() {
                    for phrase in exception.phrases { exceptionOf[Int(phrase)] = Int32(e) << 1 }
                    for phrase in exception.targets { exceptionOf[Int(phrase)] = Int32(e) << 1 | 1 }
                }
            }
            self.exceptionOf = exceptionOf
            var json: [UInt8] = []
            var jsonEmpty: [Range<Int>] = []
            jsonPlans = plans.enumerated().map { index, plan in
                let met = json.count..<(json.count + plan.jsonMet.count)
                json += plan.jsonMet
                let missed = json.count..<(json.count + plan.jsonMissed.count)
                json += plan.jsonMissed
                for entry in Engine.emptyEntries(plan.id, first: index == 0) {
                    jsonEmpty.append(json.count..<(json.count + entry.count))
                    json += entry
                }
                return (met: met, missed: missed, isTimeFrame: plan.isTimeFrame)
            }
            self.json = json
            self.jsonEmpty = jsonEmpty
        }

        /// The `--jsonl` entries of criterion `id` when it quotes nothing and
        /// nothing fired, per variant ((`explain` ? 2 : 0) + (clock set ? 1 :
        /// 0)), each after a comma unless `first`: written by the general
        /// writer, from the result ``ReplyScorer/score(_:explain:)`` gives.
        static func emptyEntries(_ id: CriterionID, first: Bool) -> [[UInt8]] {
            let result = CriterionResult(id: id, met: Session.isMet(id, evidenceCount: 0), evidence: [], when: nil, fired: [], due: nil)
            return [(false, false), (false, true), (true, false), (true, true)].map { explain, hasClock in
                var text = first ? "" : ","
                JSONWriter.writeString(id.rawValue, into: &text)
                text += ":"
                JSONWriter.write(result.jsonValue(explain: explain, hasClock: hasClock), into: &text, pretty: false, indent: 0)
                return Array(text.utf8)
            }
        }

        /// The first of `hits[all]` (sorted by phrase, then start) that
        /// overrules `match` under `scope`, as a scan of all of them with
        /// ``applies(_:_:to:in:)`` finds it, but looking only at each phrase's
        /// hits that can apply: one phrase's hits do not overlap, so their
        /// starts and ends both increase, and a binary search finds where the
        /// ones that can apply begin.
        func firstHit(_ hits: UnsafeBufferPointer<PhraseHit>, _ all: Range<Int>, scope: ExceptionScope, to match: PhraseMatch, in text: ReplyText,
                      runs: FillerRuns) -> PhraseHit? {
            guard !all.isEmpty else { return nil }
            // the hits that can apply have end >= low and start <= high
            var low = Int.min, high = Int.max
            switch scope {
            case .around:
                low = match.start; high = match.end
            case .justBefore:
                // the run of fillers before the match, in its sentence (a hit
                // in another sentence never applies)
                low = runs.start(before: match.start) - 1; high = match.start - 1
            case .justAfter:
                low = match.end + 1
                high = match.end + 1 < text.tokens.count ? runs.end(from: match.end + 1) : match.end + 1
            case .sameClause:
                let clause = text.clause(of: match.start).lowerBound..<text.clause(of: match.end).upperBound
                low = clause.lowerBound; high = clause.upperBound - 1
            case .sameSentence:
                let sentence = text.sentence(of: match.start).range
                low = sentence.lowerBound; high = sentence.upperBound - 1
            case .later:
                low = match.end + 1
            case .anywhere:
                break
            }
            var k = all.lowerBound
            while k < all.upperBound {
                let phrase = hits[k].phrase
                var end = k, top = all.upperBound
                while end < top {
                    let mid = (end + top) / 2
                    if hits[mid].phrase <= phrase { end = mid + 1 } else { top = mid }
                }
                // first hit of this phrase with end >= low
                var lo = k, hi = end
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if Int(hits[mid].end) < low { lo = mid + 1 } else { hi = mid }
                }
                var t = lo
                while t < end, Int(hits[t].start) <= high {
                    if applies(hits[t].match, scope, to: match, in: text, runs: runs) { return hits[t] }
                    t += 1
                }
                k = end
            }
            return nil
        }

        /// Whether any of `hits[range]` overrules `match` under `scope`.
        func anyHit(_ hits: UnsafeBufferPointer<PhraseHit>, _ range: Range<Int>, scope: ExceptionScope, to match: PhraseMatch, in text: ReplyText,
                    runs: FillerRuns) -> Bool {
            firstHit(hits, range, scope: scope, to: match, in: text, runs: runs) != nil
        }

        /// Whether an exception matched at `hit` overrules the phrase at `match`.
        func applies(_ hit: PhraseMatch, _ scope: ExceptionScope, to match: PhraseMatch, in text: ReplyText, runs: FillerRuns) -> Bool {
            switch scope {
            case .around:
                return hit.overlaps(match)
            case .justBefore:
                guard hit.end < match.start, text.tokens[hit.end].sentence == text.tokens[match.start].sentence else { return false }
                return runs.allFillers(hit.end + 1, match.start)
            case .justAfter:
                guard hit.start > match.end, text.tokens[hit.start].sentence == text.tokens[match.end].sentence else { return false }
                return runs.allFillers(match.end + 1, hit.start)
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
}
