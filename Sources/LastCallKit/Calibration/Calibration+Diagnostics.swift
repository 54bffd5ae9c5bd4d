extension Calibration {
    /// What `lastcall check` reports for a labels file: an error at each
    /// line where the scorer and the label disagree, a warning where the
    /// line marks that disagreement as a known miss, and a warning where a
    /// known miss no longer misses (so the mark can come out).
    public func diagnostics(labelled: [LabelledReply], rubric: Rubric) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var missed: Set<String> = []
        for disagreement in disagreements {
            let id = disagreement.criterion
            missed.insert("\(disagreement.labelled.location.line)\u{0}\(id.rawValue)")
            let message = "expected \(id.rawValue) \(Disagreement.word(disagreement.expected)), the scorer says \(Disagreement.word(disagreement.scorerSays)): \u{201C}\(disagreement.labelled.reply)\u{201D}"
            let hint = Self.hint(for: disagreement, rubric: rubric)
            if disagreement.isKnownMiss {
                problems.append(Diagnostic(.warning, at: disagreement.labelled.location, "known miss: " + message, hint: hint))
            } else {
                problems.append(Diagnostic(.error, at: disagreement.labelled.location, message, hint: hint))
            }
        }
        for item in labelled {
            for id in item.knownMisses.sorted() where !missed.contains("\(item.location.line)\u{0}\(id.rawValue)") {
                guard rubric[id] != nil else { continue }
                problems.append(Diagnostic(.warning, at: item.location, "marked as a known miss for \(id.rawValue), but the scorer now agrees with the label",
                                           hint: "take \(id.rawValue) out of this line's known-miss cell"))
            }
        }
        return problems
    }

    /// The rule that decided, or else the rubric phrase nearest the reply.
    static func hint(for disagreement: Disagreement, rubric: Rubric) -> String? {
        if let rule = disagreement.decidingRule { return "the scorer: " + rule }
        guard let criterion = rubric[disagreement.criterion],
              let nearest = nearestPhrase(to: disagreement.labelled.reply, among: criterion.phrases.map(\.source)) else { return nil }
        return "no \(criterion.id.rawValue) phrase matched; the nearest is '\(nearest)'"
    }

    /// The phrase sharing the most words with `reply` (ties to the shorter,
    /// then the earlier), or nil when none shares a word.
    static func nearestPhrase(to reply: String, among phrases: [String]) -> String? {
        let replyWords = Set(words(reply))
        var best: (phrase: String, shared: Int, length: Int)?
        for phrase in phrases {
            let phraseWords = words(phrase)
            let shared = Set(phraseWords).intersection(replyWords).count
            guard shared > 0 else { continue }
            if best == nil || shared > best!.shared || (shared == best!.shared && phraseWords.count < best!.length) {
                best = (phrase, shared, phraseWords.count)
            }
        }
        return best?.phrase
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0 == "'") }).map(String.init)
    }
}
