import Foundation
import LastCallKit

/// Drives one conversation at the terminal (or from scripted replies):
/// shows the customer, reads replies, scores them, and saves the session to
/// the trainee's progress file however it ends, Ctrl-C included.
final class PlaySession: @unchecked Sendable {
    /// Seeds stay below 2^53 so every JSON reader keeps them exact.
    static let maximumSeed: UInt64 = (1 << 53) - 1

    let scoring: ScoringSetup
    let context: CommandContext
    let trainee: String
    let scenarioHash: String
    let store: any ProgressStore
    let showsCoaching: Bool
    let printsJSON: Bool
    let style: Style
    let startedAt: Date

    private let lock = NSLock()
    private var conversation: Conversation
    /// Whether the session was saved, once a save was tried.
    private var saveResult: Bool?
    /// Runs once the record is safely in the store (play queues it for the LRS).
    var onSaved: ((SessionRecord) -> Void)?

    init(scenario: Scenario, scenarioHash: String, trainee: String, scoring: ScoringSetup, seed: UInt64,
         context: CommandContext, store: any ProgressStore, showsCoaching: Bool, printsJSON: Bool) {
        self.scoring = scoring
        self.context = context
        self.trainee = trainee
        self.scenarioHash = scenarioHash
        self.store = store
        self.showsCoaching = showsCoaching
        self.printsJSON = printsJSON
        self.style = Style(isEnabled: context.console.usesColor && !printsJSON)
        self.startedAt = context.now()
        self.conversation = Conversation(scenario: scenario, rules: scoring.rules(for: scenario), seed: seed)
    }

    private var console: any Console { context.console }
    private var width: Int { min(100, max(40, console.width)) }
    private var customerName: String { TerminalText.inert(conversation.scenario.customer.name) }

    /// Plays to the end and returns the exit status (0 passed, 1 not, or
    /// 1 when the session could not be saved).
    func run(replies: inout ReplySource) -> Int32 {
        var interrupt: (any DispatchSourceSignal)?
        if replies.isConsole {
            interrupt = Platform.onInterrupt { [self] in
                self.console.write("\n")
                self.finishAbandoned(note: "Interrupted: your session so far is saved.")
                Platform.terminate(ExitCode.interrupted)
            }
        }
        defer { interrupt?.cancel() }
        if !printsJSON { showBrief(interactive: replies.isConsole) }
        switch replies {
        case .console:
            playInteractively()
        case .scripted(let lines):
            playScripted(lines)
        }
        lock.lock()
        let finished = conversation
        lock.unlock()
        // One record, built once: the saved line, the printed JSON and the
        // end card carry the same end time.
        let record = record(for: finished)
        let isSaved = save(record)
        if printsJSON {
            console.line(record.jsonValue.jsonText)
        } else {
            showEndCard(finished, record: record)
        }
        return finished.passed && isSaved ? ExitCode.success : ExitCode.failure
    }

    private func playInteractively() {
        while true {
            lock.lock()
            let current = conversation
            lock.unlock()
            guard !current.isOver else { break }
            showCustomer(current)
            var reply: String?
            while reply == nil {
                console.write(style.bold("you> "))
                guard let line = console.readLine() else {
                    console.line()
                    abandon()
                    return
                }
                let text = line.trimmingWhitespace()
                switch text.lowercased() {
                case "":
                    continue
                case "/hint":
                    let tip = current.hint.map { TerminalText.inert($0.trimmingWhitespace()) }
                        ?? "No tip for this step: think apology, ownership, a time frame, no blame, your name."
                    console.line(style.warn(TextWrap.wrap("Tip: " + tip, width: width, indent: "     ")))
                case "/quit", "/exit":
                    abandon()
                    return
                case "/help":
                    console.line(TextWrap.wrap("Type your reply and press Enter. /hint shows a tip, /quit leaves (your session is saved), /help shows this.", width: width))
                default:
                    if text.hasPrefix("/") {
                        console.line("Unknown command \(TerminalText.inert(text)). Commands: /hint, /quit, /help. To reply, type your words.")
                    } else if let problem = SessionRecord.replyLengthProblem(line) {
                        console.line(style.warn(TextWrap.wrap("Not sent: " + problem + ". Shorten it and send it again.", width: width)))
                    } else {
                        reply = line
                    }
                }
            }
            take(reply!)
        }
        lock.lock()
        let finished = conversation
        lock.unlock()
        showClosing(finished)
    }

    private func playScripted(_ lines: [String]) {
        var remaining = lines[...]
        while true {
            lock.lock()
            let current = conversation
            lock.unlock()
            guard !current.isOver else { break }
            if !printsJSON { showCustomer(current) }
            guard let reply = remaining.popFirst() else {
                abandon()
                return
            }
            if let problem = SessionRecord.replyLengthProblem(reply) {
                // The session ends here, saved with the replies before it.
                console.errorLine("lastcall: reply \(lines.count - remaining.count) not taken: \(problem); the session ends here, abandoned")
                abandon()
                return
            }
            if !printsJSON { console.line(style.bold("you> ") + TerminalText.inert(reply)) }
            take(reply)
        }
        if !printsJSON {
            lock.lock()
            let finished = conversation
            lock.unlock()
            showClosing(finished)
        }
    }

    private func take(_ reply: String) {
        let verdict = scoring.judge(reply)
        lock.lock()
        let turn = conversation.reply(reply, verdict: verdict)
        let mood = conversation.mood
        lock.unlock()
        if showsCoaching, !printsJSON, let turn { showCoaching(turn, mood: mood) }
    }

    private func abandon() {
        lock.lock()
        conversation.abandon()
        lock.unlock()
    }

    /// Called from the Ctrl-C handler: abandon, save, say so.
    private func finishAbandoned(note: String) {
        lock.lock()
        conversation.abandon()
        let finished = conversation
        lock.unlock()
        if save(record(for: finished)) { console.line(note) }
    }

    // MARK: Showing the conversation

    private func showBrief(interactive: Bool) {
        let scenario = conversation.scenario
        console.line(style.bold(TerminalText.inert(scenario.title)) + style.dim("  (level \(scenario.level), \(scenario.id))"))
        if let summary = scenario.summary, !summary.trimmingWhitespace().isEmpty {
            console.line(TextWrap.wrap(TerminalText.inert(summary.trimmingWhitespace()), width: width))
        }
        var who = "You are talking to \(customerName)."
        if let persona = scenario.customer.persona, !persona.isEmpty { who += " " + persona.trimmingWhitespace() }
        console.line(TextWrap.wrap(TerminalText.inert(who), width: width))
        let titles = scenario.criteria.map { scoring.titles[$0] ?? $0 }
        console.line(TextWrap.wrap(style.dim("Scored on: \(titles.joined(separator: ", ")). Pass mark: \(conversation.passMark)."), width: width))
        if interactive {
            console.line(style.dim("Commands: /hint for a tip, /quit to leave, /help. Your session is saved however it ends."))
        }
        console.line()
    }

    private func showCustomer(_ current: Conversation) {
        say(current.customerLine)
        console.line(moodMeter(current.mood))
    }

    /// The customer's line, wrapped first and coloured after, so escape
    /// codes never count towards the width.
    private func say(_ text: String) {
        let prefix = customerName + ":"
        let wrapped = TextWrap.wrap(prefix + " " + TerminalText.inert(text.trimmingWhitespace()), width: width, indent: "   ")
        console.line(style.customer(style.bold(prefix)) + style.customer(String(wrapped.dropFirst(prefix.count))))
    }

    private func showClosing(_ finished: Conversation) {
        guard !printsJSON else { return }
        switch finished.endReason {
        case .hungUp?:
            console.line(style.bad("\(customerName) has hung up."))
        case .turnCap?:
            console.line(style.bad("\(customerName) has had enough of going round in circles and ends the call."))
        case .abandoned?:
            console.line(style.dim("You left the conversation."))
        case nil:
            if let last = finished.path.last, finished.scenario.step(last)?.isEnding == true {
                say(finished.customerLine)
            }
        }
        console.line()
    }

    func moodMeter(_ mood: Int) -> String {
        let cells = 20
        let filled = max(0, min(cells, Int((Double(mood) / 100 * Double(cells)).rounded())))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: cells - filled)
        let word: String
        switch mood {
        case ..<20: word = "furious"
        case 20..<40: word = "angry"
        case 40..<60: word = "annoyed"
        case 60..<80: word = "calmer"
        default: word = "satisfied"
        }
        let colored = mood < 40 ? style.bad(bar) : mood < 60 ? style.warn(bar) : style.good(bar)
        return style.dim("  mood ") + "[" + colored + "] " + "\(mood) " + style.dim(word)
    }

    private func showCoaching(_ turn: Turn, mood: Int) {
        console.line(feedback(for: turn, withTips: true))
    }

    /// What a reply met and missed, with the words that decided it and,
    /// when `withTips`, the rubric's advice for each miss.
    private func feedback(for turn: Turn, withTips: Bool) -> String {
        var lines: [String] = []
        for criterion in turn.met {
            var line = style.good("  + " + (scoring.titles[criterion] ?? criterion))
            if let quote = turn.evidence[criterion]?.first { line += style.dim(" (\u{201C}\(TerminalText.inert(quote))\u{201D})") }
            lines.append(line)
        }
        for criterion in turn.missed {
            var line = style.bad("  - " + (scoring.titles[criterion] ?? criterion))
            if let quote = turn.evidence[criterion]?.first { line += style.dim(" (\u{201C}\(TerminalText.inert(quote))\u{201D})") }
            lines.append(line)
            if withTips, let tip = scoring.feedback[criterion] {
                lines.append(style.dim(TextWrap.wrap(TerminalText.inert(tip.trimmingWhitespace()), width: width, firstIndent: "    ", indent: "    ")))
            }
        }
        if turn.met.isEmpty, turn.missed.isEmpty {
            lines.append(style.dim("  (nothing was scored on this turn)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func showEndCard(_ finished: Conversation, record: SessionRecord) {
        if !showsCoaching, !finished.turns.isEmpty {
            // Without --coach the reply-by-reply feedback comes at the end.
            console.line(style.bold("Reply by reply:"))
            for (index, turn) in finished.turns.enumerated() {
                console.line(TextWrap.wrap("\(index + 1). \u{201C}\(TerminalText.inert(turn.reply))\u{201D}", width: width, indent: "   "))
                console.write(feedback(for: turn, withTips: false))
            }
            console.line()
        }
        console.write(EndCard.render(record, titles: scoring.titles, style: style, width: width))
    }

    // MARK: Saving

    func record(for finished: Conversation) -> SessionRecord {
        let ended = context.now()
        let summary = SessionSummary(finished, feedback: scoring.feedback)
        let started = Timestamp.iso8601(startedAt)
        return SessionRecord(
            id: SessionRecord.makeID(trainee: trainee, scenario: finished.scenario.id, startedAt: started, seed: finished.seed),
            trainee: trainee, scenario: finished.scenario.id, scenarioTitle: finished.scenario.title,
            level: finished.scenario.level, scenarioHash: scenarioHash, seed: finished.seed,
            startedAt: started, endedAt: Timestamp.iso8601(ended),
            durationSeconds: max(0, Int(ended.timeIntervalSince(startedAt).rounded())),
            outcome: finished.outcome ?? .abandoned, endReason: finished.endReason?.rawValue,
            score: finished.score, passMark: finished.passMark, passed: finished.passed,
            moodStart: finished.scenario.customer.mood, moodEnd: finished.mood, path: finished.path,
            criteria: summary.criteria, turns: finished.turns, best: summary.best, weakest: summary.weakest, tips: summary.tips)
    }

    /// Appends the session to the trainee's history in the store, once,
    /// and says whether it is saved. If the save fails (a read-only folder,
    /// a full disk, a symbolic link, a progress path that is a file), the
    /// reason goes to standard error in one plain line, followed by the
    /// session's line so that nothing is lost.
    private func save(_ record: SessionRecord) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let saveResult { return saveResult }
        do {
            try store.append(record)
            saveResult = true
            onSaved?(record)
        } catch {
            console.errorLine("lastcall: could not save this session: \(error)")
            console.errorLine("  Here it is, so it is not lost; add this line to \(trainee).jsonl in your progress folder:")
            console.writeError(String(decoding: record.storedLine, as: UTF8.self))
            saveResult = false
        }
        return saveResult!
    }
}
