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
    @inline(__always)
    private func forEachExpression(_ text: ReplyText, spans: ArraySlice<PhraseMatch>, clock: LocalDateTime, hours: BusinessHours,
                                   _ body: (LocalDateTime, PhraseMatch, Bool) -> Void) {
        guard !spans.isEmpty else { return }
        // spans are few (one or two per reply): take them in reading order
        // by repeated minimum, which needs no sorted copy
        var after = -1
        var group: (start: Int, end: Int)?
        while true {
            var next: PhraseMatch?
            for span in spans where span.start > after && span.start < (next?.start ?? Int.max) { next = span }
            guard let next else { break }
            after = next.start
            if let current = group, joins(current.end, next.start, in: text) {
                group = (current.start, max(current.end, next.end))
                continue
            }
            if let current = group { expression(current.start, current.end, in: text, clock: clock, hours: hours, body) }
            group = (next.start, next.end)
        }
        if let current = group { expression(current.start, current.end, in: text, clock: clock, hours: hours, body) }
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
    /// names a moment, passes it to `body`.
    @inline(__always)
    private func expression(_ start: Int, _ end: Int, in text: ReplyText, clock: LocalDateTime, hours: BusinessHours,
                            _ body: (LocalDateTime, PhraseMatch, Bool) -> Void) {
        var expression = DueExpression(tokens: text.tokens, words: words, start: start, end: end, clock: clock, hours: hours)
        guard let moment = expression.read() else { return }
        body(moment, PhraseMatch(start: start, end: end), expression.isImmediate)
    }
}
