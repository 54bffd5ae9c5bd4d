/// Works out a reply's due time: the latest moment its time-frame words
/// allow, on the simulated clock, under the rubric's business hours.
///
/// It reads only the tokens the reader already made, inside the evidence of
/// the time-frame criterion (so every exception the scorer applied, such as
/// opening hours or a time the customer gave, already holds). Neighbouring
/// evidence spans ("tomorrow" + "at 3") form one time expression; each
/// expression resolves to one moment (a range to its later bound), and the
/// earliest expression is the due time. One walk over the evidence tokens:
/// linear, no allocation, deterministic. The README lists the rules.
struct DueTimeResolver: Sendable {
    let words: DueWords

    init(lexicon: Lexicon) {
        words = DueWords(lexicon: lexicon)
    }

    /// The due time of a reply whose time-frame evidence is `spans` (in any
    /// order), with the tokens of the expression that gave it (so the words
    /// quoted for a promise are the ones its due time comes from), or nil
    /// when the words name no concrete time.
    func resolve(_ text: ReplyText, spans: ArraySlice<PhraseMatch>, clock: LocalDateTime, hours: BusinessHours) -> (due: LocalDateTime, words: PhraseMatch)? {
        var due: (due: LocalDateTime, words: PhraseMatch)?
        forEachExpression(text, spans: spans, clock: clock, hours: hours) { moment, words, _ in
            // the earlier of two equal times keeps the first words read
            if due == nil || moment < due!.due { due = (moment, words) }
        }
        return due
    }

    /// The promise a conversation follows through from a reply: as
    /// ``resolve(_:spans:clock:hours:)``, the earliest expression, but one
    /// that is only "now" ("I'll ring the courier now") gives way to any
    /// expression that names a time ("and call you back by 7pm tonight"):
    /// an act done at once is no callback to keep. `isImmediate` says the
    /// promise is such an act (the reply names no other time).
    func resolvePromise(_ text: ReplyText, spans: ArraySlice<PhraseMatch>, clock: LocalDateTime,
                        hours: BusinessHours) -> (due: LocalDateTime, words: PhraseMatch, isImmediate: Bool)? {
        var promise: (due: LocalDateTime, words: PhraseMatch, isImmediate: Bool)?
        forEachExpression(text, spans: spans, clock: clock, hours: hours) { moment, words, isImmediate in
            guard let current = promise else {
                promise = (moment, words, isImmediate)
                return
            }
            if current.isImmediate != isImmediate {
                if current.isImmediate { promise = (moment, words, isImmediate) }
            } else if moment < current.due {
                promise = (moment, words, isImmediate)
            }
        }
        return promise
    }

    /// Calls `body` with each time expression of the evidence `spans` in
    /// reading order: its moment, its tokens, and whether it is only "now".
    /// Neighbouring spans that ``joins(_:_:in:)`` are one expression.
    ///
    /// The scorer lists evidence as two runs, each in reading order
    /// (concrete times first, then "now"; spans never overlap), so the runs
    /// are merged as they are read: linear, with no copy. Spans in any
    /// other order are sorted first.
    @inline(__always)
    private func forEachExpression(_ text: ReplyText, spans: ArraySlice<PhraseMatch>, clock: LocalDateTime, hours: BusinessHours,
                                   _ body: (LocalDateTime, PhraseMatch, Bool) -> Void) {
        guard !spans.isEmpty else { return }
        let split = Self.endOfRun(spans, from: spans.startIndex)
        if split == spans.endIndex || Self.endOfRun(spans, from: split) == spans.endIndex {
            walk(text, spans: spans, split: split, clock: clock, hours: hours, body)
        } else {
            let sorted = ArraySlice(spans.sorted { $0.start < $1.start })
            walk(text, spans: sorted, split: sorted.endIndex, clock: clock, hours: hours, body)
        }
    }

    /// ``forEachExpression(_:spans:clock:hours:_:)`` over `spans` made of
    /// two runs in reading order, the second starting at `split`.
    @inline(__always)
    private func walk(_ text: ReplyText, spans: ArraySlice<PhraseMatch>, split: Int, clock: LocalDateTime, hours: BusinessHours,
                      _ body: (LocalDateTime, PhraseMatch, Bool) -> Void) {
        var group: (start: Int, end: Int)?
        var first = spans.startIndex, second = split
        while first < split || second < spans.endIndex {
            let next: PhraseMatch
            if second == spans.endIndex || (first < split && spans[first].start < spans[second].start) {
                next = spans[first]
                first += 1
            } else {
                next = spans[second]
                second += 1
            }
            if let current = group, joins(current.end, next.start, in: text) {
                group = (current.start, max(current.end, next.end))
                continue
            }
            if let current = group { expression(current.start, current.end, in: text, clock: clock, hours: hours, body) }
            group = (next.start, next.end)
        }
        if let current = group { expression(current.start, current.end, in: text, clock: clock, hours: hours, body) }
    }

    /// The index after the run of `spans` from `start` whose starts increase.
    private static func endOfRun(_ spans: ArraySlice<PhraseMatch>, from start: Int) -> Int {
        var k = start + 1
        while k < spans.endIndex, spans[k].start > spans[k - 1].start { k += 1 }
        return k
    }

    /// Whether evidence ending at token `end` and evidence starting at
    /// `start` are one expression: at most two words apart, in one sentence,
    /// with no "and", "or" or "but" between ("tomorrow, at 3" is one; "call
    /// you tomorrow and email by 4pm" is two).
    private func joins(_ end: Int, _ start: Int, in text: ReplyText) -> Bool {
        guard start <= end + 3, text.tokens[start].sentence == text.tokens[min(end, start)].sentence else { return false }
        guard start > end + 1 else { return true }
        for t in (end + 1)..<start where words[text.tokens[t].id] == .to || text.tokens[t].clause != text.tokens[end].clause {
            return false
        }
        return true
    }

    /// Reads the expression of tokens `start` through `end` and, when it
    /// names a moment, passes it to `body`; "before then" and "by then"
    /// read the time named before them (``DueWords/antecedent(of:in:)``).
    @inline(__always)
    private func expression(_ start: Int, _ end: Int, in text: ReplyText, clock: LocalDateTime, hours: BusinessHours,
                            _ body: (LocalDateTime, PhraseMatch, Bool) -> Void) {
        // "before then": the time named earlier, quoted as the words said
        if words[text.tokens[end].id] == .then {
            guard let earlier = words.antecedent(of: start, in: text.tokens) else { return }
            var expression = DueExpression(tokens: text.tokens, words: words, start: earlier.lowerBound, end: earlier.upperBound, clock: clock, hours: hours)
            guard let moment = expression.read() else { return }
            body(moment, PhraseMatch(start: start, end: end), false)
            return
        }
        var expression = DueExpression(tokens: text.tokens, words: words, start: start, end: end, clock: clock, hours: hours)
        guard let moment = expression.read() else { return }
        body(moment, PhraseMatch(start: start, end: end), expression.isImmediate)
    }
}
