extension ReplyScorer {
    /// Scores one reply against a simulated clock: as ``score(_:explain:)``,
    /// and time-frame's result also carries its due time.
    public func score(_ reply: String, clock: LocalDateTime, explain: Bool = true) -> ReplyScore {
        var session = Session(scorer: self)
        session.clock = clock
        return session.score(reply, explain: explain)
    }
}

extension ReplyScorer.Session {
    /// The due time of the time-frame outcome just evaluated and the
    /// tokens of the expression it comes from: a walk over its evidence
    /// tokens, or nil without a clock, when missed, or when no words name a
    /// concrete time.
    func dueTime(_ outcome: (met: Bool, evidence: Range<Int>)) -> (due: LocalDateTime, words: PhraseMatch)? {
        guard let clock, outcome.met else { return nil }
        return scorer.dueTimes.resolve(text, spans: spans[outcome.evidence], clock: clock, hours: scorer.rubric.businessHours)
    }

    /// The promise a conversation follows through from the time-frame
    /// outcome just evaluated (see ``DueTimeResolver/resolvePromise(_:spans:clock:hours:)``),
    /// or nil as for ``dueTime(_:)``.
    func promisedTime(_ outcome: (met: Bool, evidence: Range<Int>)) -> PromisedTime? {
        guard let clock, outcome.met,
              let promise = scorer.dueTimes.resolvePromise(text, spans: spans[outcome.evidence], clock: clock, hours: scorer.rubric.businessHours)
        else { return nil }
        return PromisedTime(due: promise.due, words: text.quote(promise.words.start, promise.words.end), isImmediate: promise.isImmediate)
    }
}

extension DueTimeResolver {
    /// Appends `,"due":"2026-03-03T16:00"` (or `null`) to a JSON line.
    static func appendDueJSON<Sink: JSONByteSink>(_ due: LocalDateTime?, to out: inout Sink) {
        out.append(utf8: #","due":"#)
        guard let due else {
            out.append(utf8: "null")
            return
        }
        // digits, '-', 'T' and ':' need no JSON escaping
        out.append(UInt8(ascii: "\""))
        due.appendISO(into: &out)
        out.append(UInt8(ascii: "\""))
    }
}
