import Foundation
import LastCallKit

/// The end card of a session: outcome, score, pass or fail, each criterion
/// with how often it was met, the best and weakest reply with why, and the
/// rubric's tips for what was missed; across contacts, which promises were
/// kept or broken and why.
enum EndCard {
    /// The record's `ready` (when the scenario's answer was truly available)
    /// says why a promise was kept or broken, so a card rebuilt from a saved
    /// record reads as the one shown at the end of play.
    ///
    /// `play` says what the record cannot: the criteria the scenario scores
    /// at some step (`scored`) and those a reply met though not asked for
    /// them (`given`), so a criterion with nothing expected reads true
    /// ("given, not scored in this scenario") rather than "not asked for".
    static func render(_ record: SessionRecord, titles: [CriterionID: String], style: Style, width: Int,
                       scored: Set<CriterionID>? = nil, given: Set<CriterionID> = []) -> String {
        var lines: [String] = []
        let rule = String(repeating: "=", count: min(width, 60))
        lines.append(rule)
        let outcome: String
        switch record.outcome {
        case .resolved: outcome = style.good("resolved")
        case .escalated: outcome = style.warn("escalated")
        case .lost: outcome = style.bad("lost")
        case .abandoned: outcome = style.dim("abandoned")
        }
        let verdict = record.passed ? "PASS" : "NOT YET"
        // A session left before any reply is not scored (reports leave it
        // out of averages), so the card shows no score for it either.
        let score = record.outcome == .abandoned && record.turns.isEmpty ? "none, no reply given" : "\(record.score)/100"
        // Three parts that stay whole, on one line where the width allows.
        lines.append(TextWrap.pack([
            ("Outcome: \(record.outcome.rawValue)", style.bold("Outcome:") + " " + outcome),
            ("Score: \(score) (pass mark \(record.passMark))", style.bold("Score:") + " \(score) (pass mark \(record.passMark))"),
            (verdict, record.passed ? style.good(style.bold(verdict)) : style.bad(style.bold(verdict))),
        ], width: width, separator: "    "))
        if let reason = record.endReason.flatMap(Conversation.EndReason.init(rawValue:)), reason != .abandoned {
            lines.append(style.bad(TextWrap.wrap("Why it ended: \(reason.explanation).", width: width)))
        }
        if !record.passed {
            let why: String
            if record.outcome == .abandoned {
                why = "You left before the end: a pass needs the conversation to end resolved and a score of at least \(record.passMark)."
            } else if record.outcome != .resolved {
                why = "A pass needs the conversation to end resolved and a score of at least \(record.passMark)."
            } else {
                why = "Resolved, but the score is under the pass mark: work on the criteria below."
            }
            lines.append(style.dim(TextWrap.wrap(why, width: width)))
        }
        lines.append("")
        let nameWidth = (record.criteria.map { (titles[$0.criterion] ?? $0.criterion.rawValue).count }.max() ?? 10) + 2
        // What is said of each criterion wraps under itself, past the titles.
        let hanging = String(repeating: " ", count: 2 + nameWidth)
        for tally in record.criteria {
            let title = (titles[tally.criterion] ?? tally.criterion.rawValue).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let said: [TextWrap.Cell]
            if tally.expected == 0 {
                // No-blame is checked on every reply; with nothing expected
                // it means no reply blamed or ducked.
                if tally.criterion == .noBlame, !record.turns.isEmpty {
                    said = TextWrap.words("no blame in any reply", style.good)
                } else {
                    said = unasked(tally.criterion, record: record, scored: scored, given: given, style: style)
                }
            } else {
                let mark = tally.met == tally.expected ? style.good("met") : tally.met == 0 ? style.bad("missed") : style.warn("partly met")
                said = [("\(tally.met) of \(tally.expected)  " + (tally.met == tally.expected ? "met" : tally.met == 0 ? "missed" : "partly met"),
                         "\(tally.met) of \(tally.expected)  \(mark)")]
                    // Given, but only in replies that were not asked for it:
                    // say so, or "missed" reads as never said at all.
                    + (tally.met == 0 && given.contains(tally.criterion)
                        ? TextWrap.words("(you gave it in another reply, not where it was asked for)", style.dim) : [])
            }
            lines.append(TextWrap.pack(said, width: width, firstIndent: "  \(title)", indent: hanging))
        }
        if let best = record.best {
            lines.append("")
            lines.append(style.good("Best reply") + String(TextWrap.wrap("Best reply (turn \(best.turn)): \u{201C}\(TerminalText.inert(best.reply))\u{201D}",
                                                                    width: width, indent: "  ").dropFirst("Best reply".count)))
            lines.append(TextWrap.wrap(TerminalText.inert(best.why), width: width, firstIndent: "  ", indent: "  "))
        }
        // Records saved before one reply could not be both may name the same
        // turn twice: show it once.
        if let weakest = record.weakest, weakest.turn != record.best?.turn {
            lines.append("")
            lines.append(style.bad("Weakest reply") + String(TextWrap.wrap("Weakest reply (turn \(weakest.turn)): \u{201C}\(TerminalText.inert(weakest.reply))\u{201D}",
                                                                      width: width, indent: "  ").dropFirst("Weakest reply".count)))
            lines.append(TextWrap.wrap(TerminalText.inert(weakest.why), width: width, firstIndent: "  ", indent: "  "))
        }
        if !record.tips.isEmpty {
            lines.append("")
            lines.append(style.bold("For next time:"))
            for tip in record.tips {
                let title = titles[tip.criterion] ?? tip.criterion.rawValue
                lines.append(TextWrap.wrap("- \(title): " + TerminalText.inert(tip.tip.trimmingWhitespace()), width: width, indent: "  "))
            }
        } else if record.outcome == .resolved, record.passed {
            lines.append("")
            lines.append(style.good("Every expectation met. Be the last call, every call."))
        }
        lines += promises(record, style: style, width: width)
        if let unfinished = record.unfinishedReply {
            lines.append("")
            lines.append(TextWrap.wrap("Unfinished reply (saved, not scored): \u{201C}\(TerminalText.inert(unfinished))\u{201D}", width: width, indent: "  "))
        }
        if !record.flags.isEmpty {
            lines.append("")
            lines.append(style.bold(TextWrap.wrap("You flagged (your trainer will review these):", width: width)))
            for flag in record.flags {
                let what = flag.criterion.map { titles[$0] ?? $0.rawValue } ?? "the whole verdict"
                let note = flag.note.map { ": \u{201C}\(TerminalText.inert($0))\u{201D}" } ?? ""
                lines.append(TextWrap.wrap("- reply \(flag.turn), \(what)\(note)", width: width, indent: "  "))
            }
        }
        lines.append("")
        lines.append(style.dim(TextWrap.wrap("Ended \(record.endedAt) after \(durationText(record.durationSeconds)); session \(record.id).", width: width)))
        lines.append(rule)
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a criterion no reply was scored on says: given anyway (credit,
    /// not score), never scored in this scenario, not reached before the
    /// trainee left, or not asked for on the path taken.
    static func unasked(_ criterion: CriterionID, record: SessionRecord, scored: Set<CriterionID>?, given: Set<CriterionID>,
                        style: Style) -> [TextWrap.Cell] {
        let isScoredHere = scored.map { $0.contains(criterion) } ?? true
        if given.contains(criterion) {
            return TextWrap.words("you gave it: a good habit", style.good)
                + TextWrap.words(isScoredHere ? "(not asked for, so not scored)" : "(not scored in this scenario)", style.dim)
        }
        if !isScoredHere { return TextWrap.words("not scored in this scenario", style.dim) }
        if record.outcome == .abandoned {
            return TextWrap.words(record.turns.isEmpty ? "not reached: no reply given" : "not reached before you left", style.dim)
        }
        return TextWrap.words("not asked for this time", style.dim)
    }

    /// The promises, each kept or broken with why; shown when the session
    /// spanned contacts or a promise could be judged against `ready`.
    static func promises(_ record: SessionRecord, style: Style, width: Int) -> [String] {
        guard record.contacts.count > 1 || record.promises.contains(where: { $0.kept != nil }) else { return [] }
        var lines = ["", style.bold("Promises:")]
        if record.promises.isEmpty {
            lines.append(style.dim("  You made no promise with a time the customer could hold you to."))
        }
        for promise in record.promises {
            let words = "\u{201C}\(TerminalText.inert(CustomerLine.echoed(promise.words)))\u{201D}"
            let due = promise.due.weekdayAndTime
            // Wrapped plain, coloured after, so escape codes never count towards the width.
            let verdict: String?, reason: String
            switch (promise.kept, record.ready) {
            case (true?, let ready?): (verdict, reason) = ("kept", ": promised \(words) (due \(due)), and the answer was ready \(ready.weekdayAndTime)")
            case (false?, let ready?): (verdict, reason) = ("broken", ": promised \(words) (due \(due)), but the answer was ready only \(ready.weekdayAndTime)")
            case (true?, nil): (verdict, reason) = ("kept", ": promised \(words) (due \(due))")
            case (false?, nil): (verdict, reason) = ("broken", ": promised \(words) (due \(due))")
            case (nil, _): (verdict, reason) = (nil, "promised \(words) (due \(due)); this scenario does not say when the answer was ready")
            }
            let prefix = "- turn \(promise.turn), contact \(promise.contact): "
            var wrapped = TextWrap.wrap(prefix + (verdict ?? "") + reason, width: width, indent: "  ")
            if let verdict, let range = wrapped.range(of: prefix + verdict) {
                wrapped.replaceSubrange(range, with: prefix + (verdict == "kept" ? style.good(verdict) : style.bad(verdict)))
            }
            lines.append(wrapped)
        }
        if record.contacts.count > 1 {
            let spans = record.contacts.map { "\(CustomerLine.ordinal($0.number)) \($0.started.weekdayAndTime)" }
            lines.append(style.dim(TextWrap.wrap("Contacts: " + spans.joined(separator: ", ") + ".", width: width, indent: "  ")))
        }
        return lines
    }

    /// `4m 12s`, `45s`, `1h 02m`.
    static func durationText(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m \(String(format: "%02d", seconds % 60))s" }
        return "\(seconds / 3600)h \(String(format: "%02d", seconds % 3600 / 60))m"
    }
}
