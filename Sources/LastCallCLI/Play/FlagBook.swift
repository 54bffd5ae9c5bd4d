import Foundation
import LastCallKit

/// The flags raised during one `play` session and the verdict each would
/// dispute: the last reply's, kept as it was scored. Shared between the
/// reading loop and the Ctrl-C handler, so it holds its own lock.
final class FlagBook: @unchecked Sendable {
    private let lock = NSLock()
    private var raised: [Flag] = []
    private var last: (turn: Int, verdict: TurnVerdict)?

    /// The flags raised so far, in order.
    var flags: [Flag] {
        lock.lock()
        defer { lock.unlock() }
        return raised
    }

    /// Whether no reply has been scored yet.
    var isEmptyOfReplies: Bool {
        lock.lock()
        defer { lock.unlock() }
        return last == nil
    }

    /// Remembers the verdict on reply number `turn` (from 1).
    func scored(turn: Int, verdict: TurnVerdict) {
        lock.lock()
        last = (turn, verdict)
        lock.unlock()
    }

    /// What raising `request` did, in words for the trainee.
    enum Outcome: Equatable {
        /// The flag was stored.
        case stored(Flag)
        /// No reply has been scored yet.
        case nothingToFlag
        /// The criterion looks misspelt.
        case unknownCriterion(String, suggestion: String)
        /// The session holds as many flags as it may.
        case full
        /// The note is longer than a reply may be.
        case noteTooLong(String)

        /// Whether the flag was stored.
        var isStored: Bool {
            if case .stored = self { return true }
            return false
        }
    }

    /// Stores a flag for `request` on the last reply; `criteria` is the
    /// rubric's order for a whole-verdict flag.
    func raise(_ request: FlagRequest, criteria: [CriterionID]) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        guard let last else { return .nothingToFlag }
        switch request {
        case .unknownCriterion(let word, let suggestion):
            return .unknownCriterion(word, suggestion: suggestion)
        case .dispute(let criterion, let note):
            guard raised.count < Flag.maximumPerSession else { return .full }
            if let note, let problem = SessionRecord.replyLengthProblem(note) { return .noteTooLong(problem) }
            let disputed = criterion.map { [$0] } ?? criteria
            let verdict = disputed.map { id in (criterion: id.rawValue, met: last.verdict.isMet(id)) }
            var evidence: [String: [String]] = [:]
            for id in disputed { evidence[id.rawValue] = last.verdict.evidence[id] }
            let flag = Flag(turn: last.turn, criterion: criterion, note: note, verdict: verdict, evidence: evidence)
            raised.append(flag)
            return .stored(flag)
        }
    }

    /// The line shown to the trainee after a `/flag`.
    static func confirmation(_ outcome: Outcome, titles: [CriterionID: String]) -> String {
        switch outcome {
        case .stored(let flag):
            let what = flag.criterion.map { "the \(titles[$0] ?? $0.rawValue) verdict (\(flag.verdict.first?.met == true ? "met" : "missed"))" }
                ?? "the whole verdict"
            return "Flagged \(what) on reply \(flag.turn) for your trainer to review." + (flag.note == nil ? "" : " Your note is saved with it.")
        case .nothingToFlag:
            return "Nothing to flag yet: /flag disputes the score of your last reply."
        case .unknownCriterion(let word, let suggestion):
            return "No criterion '\(TerminalText.inert(word))': did you mean '/flag \(suggestion) ...'? Nothing was flagged."
        case .full:
            return "Not flagged: a session keeps at most \(Flag.maximumPerSession) flags."
        case .noteTooLong(let problem):
            return "Not flagged: " + problem.replacingOccurrences(of: "that reply", with: "that note") + "."
        }
    }
}
