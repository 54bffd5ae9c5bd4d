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
    /// The trainee's `/flag`s.
    let flagBook = FlagBook()
    /// Set once a signal has begun ending the session.
    private var isInterrupted = false
    /// The line the trainee had begun when a signal cut the session off.
    private var unfinishedReply: String?
    /// The terminal's settings before play kept a half-typed line through
    /// Ctrl-C (nil when the replies do not come from a terminal); put back
    /// when play ends, however it ends.
    private var terminalSettings: Platform.TerminalSettings?
    /// The contacts announced so far ("Tuesday 10:15, first contact").
    private var contactsShown = 0
    /// Set once the call's closing (the customer's last line) is shown, so
    /// a signal at the results prompt does not show it a second time.
    private var isClosingShown = false
    /// Set once the trainee has been told that an empty line sends nothing.
    private var hasExplainedEmptyLine = false
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
        self.conversation = Conversation(scenario: scenario, rules: scoring.rules, seed: seed)
    }

    private var console: any Console { context.console }
    private var width: Int { min(100, max(40, console.width)) }
    private var customerName: String { TerminalText.inert(conversation.scenario.customer.name) }

    /// Plays to the end and returns the exit status (0 passed, 1 not, or
    /// 1 when the session could not be saved).
    ///
    /// Replies are read one at a time as the conversation asks for them.
    /// SIGINT, SIGTERM and SIGHUP, interactive or not, end the session as
    /// abandoned: it is saved with the replies so far and any half-typed
    /// line, the end card is shown (unless the terminal has gone), and the
    /// process exits 128 + the signal's number.
    func run(replies: ReplySource) -> Int32 {
        // Signals are the real process's: a play run in-process (tests, with
        // a fake console) must not change how the host process handles them,
        // or a child it starts meanwhile would inherit them as ignored.
        let watch = console is Terminal ? Platform.onTermination { [self] signal in
            self.finishInterrupted(by: signal, replies: replies)
        } : nil
        defer { watch?.cancel() }
        if !printsJSON { showBrief(interactive: replies.isConsole) }
        // At a terminal: a half-typed line survives Ctrl-C, to be saved.
        lock.lock()
        terminalSettings = replies.isConsole ? Platform.keepTypedLineOnInterrupt(markingPastes: console is Terminal) : nil
        lock.unlock()
        let inputFailure = replies.isConsole ? playInteractively(replies) : playScripted(replies)
        lock.lock()
        if let terminalSettings { Platform.restoreTerminal(terminalSettings) }
        lock.unlock()
        lock.lock()
        let finished = conversation
        lock.unlock()
        // One record, built once: the saved line, the printed JSON and the
        // end card carry the same end time.
        let record = record(for: finished)
        let isSaved = save(record)
        if printsJSON {
            console.line(Self.printedJSON(record).jsonText)
        } else {
            showEndCard(finished, record: record)
            if finished.endReason == .abandoned, inputFailure == nil, isSaved, replies.isConsole {
                console.line(style.dim("Left: your session so far is saved."))
            }
        }
        if let inputFailure {
            console.errorLine(inputFailure.description)
            return inputFailure.status
        }
        return record.passed && isSaved ? ExitCode.success : ExitCode.failure
    }

    /// The next reply, or nil (the session is then abandoned) at the end of
    /// input or when a line is over the limit, which `failure` then says.
    private func nextReply(_ replies: ReplySource, failure: inout CommandFailure?) -> String? {
        switch replies.next() {
        case .reply(let line):
            return line
        case .end:
            return nil
        case .tooLong(let line):
            failure = CommandFailure("\(TerminalText.inert(replies.name)), line \(line): a reply longer than the \(InputFile.limitText) limit",
                                     hint: "the session ended there and was saved as abandoned")
            return nil
        }
    }

    /// Plays at the terminal until the conversation ends or the trainee
    /// leaves (`/quit`, Ctrl-D); returns why reading stopped, if it failed.
    private func playInteractively(_ replies: ReplySource) -> CommandFailure? {
        var failure: CommandFailure?
        while true {
            lock.lock()
            let current = conversation
            lock.unlock()
            guard !current.isOver else { break }
            showCustomer(current)
            var reply: String?
            while reply == nil {
                console.write(style.bold("you> "))
                guard let line = nextReply(replies, failure: &failure) else {
                    // Ctrl-D leaves as /quit and Ctrl-C do, with the same
                    // closing line, whether or not a reply was given.
                    console.line()
                    abandon()
                    if failure == nil { showClosing(finishedConversation) }
                    return failure
                }
                let text = line.trimmingWhitespace()
                switch text.lowercased() {
                case "":
                    // Once: Enter on an empty line (or only spaces) sends nothing.
                    if !hasExplainedEmptyLine {
                        hasExplainedEmptyLine = true
                        console.line(style.dim(TextWrap.wrap("Nothing sent: type your reply, then press Enter. /help lists the commands.", width: width)))
                    }
                    continue
                case "/hint":
                    let tip = current.hint.map { TerminalText.inert($0.trimmingWhitespace()) }
                        ?? "No tip for this step: think apology, ownership, a time frame, no blame, your name."
                    console.line(style.warn(TextWrap.wrap("Tip: " + tip, width: width, indent: "     ")))
                case "/quit", "/exit":
                    abandon()
                    showClosing(finishedConversation)
                    return nil
                case "/help":
                    console.line(TextWrap.wrap("Type your reply and press Enter. /hint shows a tip, /flag [CRITERION] [why] disputes the score of your last reply, /quit leaves (your session is saved), /help shows this.", width: width))
                default:
                    if let request = FlagRequest.parse(text, criteria: scoring.criterionIDs) {
                        console.line(style.warn(TextWrap.wrap(FlagBook.confirmation(flagBook.raise(request, criteria: scoring.criterionIDs), titles: scoring.titles), width: width)))
                    } else if text.hasPrefix("/") {
                        console.line(TextWrap.wrap("Unknown command \(TerminalText.inert(text)). Commands: /hint, /flag, /quit, /help. To reply, type your words.", width: width))
                    } else if replies.lastPasteWasCut {
                        console.line(style.warn(TextWrap.wrap("Not sent: that paste is longer than a reply may be (\(SessionRecord.maximumReplyLength) characters). Shorten it and send it again.", width: width)))
                    } else if let problem = SessionRecord.replyLengthProblem(line) {
                        console.line(style.warn(TextWrap.wrap("Not sent: " + problem + ". Shorten it and send it again.", width: width)))
                    } else {
                        reply = line
                        let pastedLines = replies.lastPastedLineCount
                        if pastedLines > 1 { console.line(style.dim("  (\(pastedLines) pasted lines, sent as one reply)")) }
                    }
                }
            }
            if let reply { take(reply) }
        }
        lock.lock()
        let finished = conversation
        lock.unlock()
        showClosing(finished)
        offerLastFlag()
        return nil
    }

    /// After the call ends, the last reply can still be disputed.
    private func offerLastFlag() {
        guard !flagBook.isEmptyOfReplies else { return }
        console.line(style.dim(TextWrap.wrap("Press Enter for your results, or /flag [CRITERION] [why] to dispute the score of your last reply.", width: width)))
        while true {
            console.write(style.bold("you> "))
            // A pasted flag comes between the terminal's paste marks.
            guard let read = console.readLine(), case let line = PasteMarks.isMarked(read) ? PasteMarks.joined([read]) : read,
                  let request = FlagRequest.parse(line, criteria: scoring.criterionIDs) else { break }
            console.line(style.warn(TextWrap.wrap(FlagBook.confirmation(flagBook.raise(request, criteria: scoring.criterionIDs), titles: scoring.titles), width: width)))
        }
        console.line()
    }

    /// Plays scripted replies until the conversation ends or they run out.
    private func playScripted(_ replies: ReplySource) -> CommandFailure? {
        var failure: CommandFailure?
        var number = 0
        while true {
            lock.lock()
            let current = conversation
            lock.unlock()
            guard !current.isOver else {
                // A script may flag its last reply after the call has ended:
                // the lines after it are read while they are flags.
                while case .reply(let line) = replies.next(), FlagRequest.isFlag(line) {
                    takeScriptedFlag(line)
                }
                break
            }
            if !printsJSON { showCustomer(current) }
            var next = nextReply(replies, failure: &failure)
            while let line = next, FlagRequest.isFlag(line) {
                takeScriptedFlag(line)
                next = nextReply(replies, failure: &failure)
            }
            guard let reply = next else {
                abandon()
                if failure == nil, !printsJSON { showClosing(finishedConversation) }
                return failure
            }
            number += 1
            if let problem = SessionRecord.replyLengthProblem(reply) {
                // The session ends here, saved with the replies before it.
                console.errorLine("lastcall: reply \(number) not taken: \(problem); the session ends here, abandoned")
                abandon()
                return nil
            }
            if !printsJSON { console.line(style.bold("you> ") + String(TextWrap.wrap("you> " + TerminalText.inert(reply), width: width, indent: "     ").dropFirst(5))) }
            take(reply)
        }
        if !printsJSON {
            lock.lock()
            let finished = conversation
            lock.unlock()
            showClosing(finished)
        }
        return nil
    }

    /// A `/flag` line of a script. No one is there to retype a misspelt
    /// criterion, so the line is kept as a note on the whole verdict.
    private func takeScriptedFlag(_ line: String) {
        guard var request = FlagRequest.parse(line, criteria: scoring.criterionIDs) else { return }
        if !printsJSON { console.line(style.bold("you> ") + String(TextWrap.wrap("you> " + TerminalText.inert(line), width: width, indent: "     ").dropFirst(5))) }
        if case .unknownCriterion(let word, let suggestion) = request {
            console.errorLine("lastcall: no criterion '\(TerminalText.inert(word))' (did you mean '\(suggestion)'?): kept as a flag on the whole verdict")
            request = .dispute(criterion: nil, note: String(line.trimmingWhitespace().dropFirst("/flag".count)).trimmingWhitespace())
        }
        let outcome = flagBook.raise(request, criteria: scoring.criterionIDs)
        let text = FlagBook.confirmation(outcome, titles: scoring.titles)
        if !printsJSON {
            console.line(style.warn(TextWrap.wrap(text, width: width)))
        } else if !outcome.isStored {
            console.errorLine("lastcall: " + text)
        }
    }

    private func take(_ reply: String) {
        lock.lock()
        let clock = conversation.clock
        lock.unlock()
        let verdict = scoring.judge(reply, at: clock)
        lock.lock()
        let promisesBefore = conversation.promises.count
        let turn = conversation.reply(reply, verdict: verdict)
        let mood = conversation.mood
        let turnCount = conversation.turns.count
        let promise = conversation.promises.count > promisesBefore ? conversation.promises.last : nil
        lock.unlock()
        if turn != nil { flagBook.scored(turn: turnCount, verdict: verdict) }
        if let promise, !printsJSON, conversation.scenario.isFollowThrough { showPromise(promise, clock: clock) }
        if showsCoaching, !printsJSON, let turn { showCoaching(turn, mood: mood, overruled: Self.overruled(scoring.scorer.score(reply))) }
    }

    /// Per missed criterion, what the scorer overruled and why: the phrase's
    /// words and the reason `score --explain` shows ("a hand-off, not
    /// ownership: 'transfer you to'"), so coaching says what in this reply
    /// did not count, not only the rubric's general advice.
    static func overruled(_ score: ReplyScore) -> [CriterionID: [(words: String, reason: String)]] {
        var reasons: [CriterionID: [(words: String, reason: String)]] = [:]
        for result in score.results where !result.met {
            let overruled = result.fired.compactMap { firing in firing.overruledBy.map { (words: firing.words, reason: $0) } }
            if !overruled.isEmpty { reasons[result.id] = overruled }
        }
        return reasons
    }

    /// The conversation as it stands, read under the lock.
    private var finishedConversation: Conversation {
        lock.lock()
        defer { lock.unlock() }
        return conversation
    }

    private func abandon() {
        lock.lock()
        conversation.abandon()
        lock.unlock()
    }

    /// Called from the signal handler (another thread): abandon, keep the
    /// half-typed line, save, show the end card where someone can see it,
    /// and exit 128 + the signal's number. Runs once, however many signals
    /// arrive.
    private func finishInterrupted(by signal: Platform.TerminationSignal, replies: ReplySource) {
        lock.lock()
        guard !isInterrupted else {
            lock.unlock()
            return
        }
        isInterrupted = true
        conversation.abandon()
        lock.unlock()
        // What the trainee typed without Enter is still in the terminal's
        // buffer: hand it to the reader, then take it as unfinished.
        if terminalSettings != nil { Platform.releaseTypedLine() }
        lock.lock()
        unfinishedReply = replies.unfinishedLine
        if let terminalSettings { Platform.restoreTerminal(terminalSettings) }
        let finished = conversation
        let showsClosing = !isClosingShown
        lock.unlock()
        let record = record(for: finished)
        let isSaved = save(record)
        if signal != .hangUp {
            // After SIGHUP no terminal is left to show anything to.
            if printsJSON {
                console.line(record.jsonValue.jsonText)
            } else {
                console.line()
                if showsClosing { showClosing(finished) }
                showEndCard(finished, record: record)
                if isSaved {
                    console.line(style.dim(TextWrap.wrap(signal == .interrupt ? "Interrupted: your session so far is saved." : "Stopped: your session so far is saved.", width: width)))
                }
            }
        }
        Platform.terminate(ExitCode.ended(by: signal))
    }

    // MARK: Showing the conversation

    private func showBrief(interactive: Bool) {
        let scenario = conversation.scenario
        console.line(TextWrap.pack(TextWrap.words(TerminalText.inert(scenario.title), style.bold)
                                   + TextWrap.words("(level \(scenario.level), \(scenario.id))", style.dim), width: width))
        if let summary = scenario.summary, !summary.trimmingWhitespace().isEmpty {
            console.line(TextWrap.wrap(TerminalText.inert(summary.trimmingWhitespace()), width: width))
        }
        var who = "You are talking to \(customerName)."
        if let persona = scenario.customer.persona, !persona.isEmpty { who += " " + persona.trimmingWhitespace() }
        console.line(TextWrap.wrap(TerminalText.inert(who), width: width))
        // Only what some step asks for: a criterion listed but never
        // expected would promise a score the trainee cannot earn.
        let scored = Self.scoredCriteria(scenario)
        let titles = scenario.criteria.filter { CriterionID(rawValue: $0).map(scored.contains) ?? false }
            .map { CriterionID(rawValue: $0).flatMap { scoring.titles[$0] } ?? $0 }
        console.line(style.dim(TextWrap.wrap("Scored on: \(titles.joined(separator: ", ")). Pass mark: \(conversation.passMark).", width: width)))
        if interactive {
            console.line(style.dim(TextWrap.wrap("Commands: /hint for a tip, /flag to dispute a score, /quit to leave, /help. Your session is saved however it ends.", width: width)))
        }
        console.line()
    }

    private func showCustomer(_ current: Conversation) {
        showContact(current)
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

    /// "Tuesday 10:15, first contact", once per contact, in a scenario
    /// on the simulated clock.
    private func showContact(_ current: Conversation) {
        guard current.scenario.isFollowThrough, current.contactNumber > contactsShown, let contact = current.contacts.last else { return }
        contactsShown = current.contactNumber
        // Coaching already ends with a blank line: one is enough.
        if contact.number > 1, !showsCoaching || printsJSON { console.line() }
        console.line(style.bold("\(contact.started.weekdayAndTime), \(CustomerLine.ordinal(contact.number)) contact"))
    }

    /// The promise a reply made, now tracked on the simulated clock.
    private func showPromise(_ promise: Promise, clock: LocalDateTime) {
        let text = "Promise tracked: \u{201C}\(TerminalText.inert(CustomerLine.echoed(promise.words)))\u{201D}, due \(promise.due.spoken(relativeTo: clock)) (\(promise.due.weekdayAndTime))"
        console.line(style.warn(TextWrap.wrap(text, width: width, firstIndent: "  ", indent: "    ")))
    }

    private func showClosing(_ finished: Conversation) {
        guard !printsJSON else { return }
        lock.lock()
        isClosingShown = true
        lock.unlock()
        showContact(finished)
        switch finished.endReason {
        case .hungUp?:
            console.line(style.bad(TextWrap.wrap("\(customerName) has hung up.", width: width)))
        case .turnCap?:
            console.line(style.bad(TextWrap.wrap("\(customerName) has had enough of going round in circles and ends the call.", width: width)))
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
        // Half the bar on a narrow terminal, so "100 satisfied" still fits.
        let cells = width < 50 ? 10 : 20
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

    private func showCoaching(_ turn: Turn, mood: Int, overruled: [CriterionID: [(words: String, reason: String)]]) {
        console.line(feedback(for: turn, withTips: true, overruled: overruled))
    }

    /// What a reply met and missed, with the words that decided it and,
    /// when `withTips`, the rubric's advice for each miss.
    private func feedback(for turn: Turn, withTips: Bool, overruled: [CriterionID: [(words: String, reason: String)]] = [:]) -> String {
        var lines: [String] = []
        // "+ Title (“quote”)", the quote wrapping under the title.
        func mark(_ sign: String, _ criterion: CriterionID, _ color: (String) -> String) -> String {
            var words = TextWrap.words(sign + " " + (scoring.titles[criterion] ?? criterion.rawValue), color)
            if let quote = turn.evidence[criterion]?.first { words += TextWrap.words("(\u{201C}\(TerminalText.inert(quote))\u{201D})", style.dim) }
            return TextWrap.pack(words, width: width, firstIndent: "  ", indent: "    ")
        }
        for criterion in turn.met {
            lines.append(mark("+", criterion, style.good))
        }
        for criterion in turn.missed {
            lines.append(mark("-", criterion, style.bad))
            for (words, reason) in overruled[criterion] ?? [] {
                let why = "\u{201C}\(TerminalText.inert(words))\u{201D} did not count: \(TerminalText.inert(reason))"
                lines.append(style.warn(TextWrap.wrap(why, width: width, firstIndent: "    ", indent: "      ")))
            }
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
        console.write(EndCard.render(record, titles: scoring.titles, style: style, width: width,
                                     scored: Self.scoredCriteria(finished.scenario), given: finished.said.subtracting([.noBlame])))
    }

    /// The criteria the scenario scores: those some step expects, and
    /// no-blame, checked on every reply, when the scenario lists it. A
    /// criterion listed but expected nowhere is never scored.
    static func scoredCriteria(_ scenario: Scenario) -> Set<CriterionID> {
        var scored = Set(scenario.steps.flatMap(\.expect).compactMap(CriterionID.init(rawValue:)))
        if scenario.criteria.contains(CriterionID.noBlame.rawValue) { scored.insert(.noBlame) }
        return scored.intersection(scenario.criteria.compactMap(CriterionID.init(rawValue:)))
    }

    /// The session as `play --json` prints it: the record, with the end
    /// reason's code (`hung-up`, as saved) followed by `end_reason_text` in
    /// words ("the customer hung up (mood 0)").
    static func printedJSON(_ record: SessionRecord) -> JSONValue {
        guard case .object(var pairs) = record.jsonValue,
              let reason = record.endReason.flatMap(Conversation.EndReason.init(rawValue:)),
              let at = pairs.firstIndex(where: { $0.0 == "end_reason" }) else { return record.jsonValue }
        pairs.insert(("end_reason_text", .string(reason.explanation)), at: at + 1)
        return .object(pairs)
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
            score: summary.score, passMark: finished.passMark, passed: summary.passed,
            moodStart: finished.scenario.customer.mood, moodEnd: finished.mood, path: finished.path,
            criteria: summary.criteria, turns: finished.turns, best: summary.best, weakest: summary.weakest, tips: summary.tips,
            flags: flagBook.flags, unfinishedReply: unfinishedReply, contacts: finished.contacts, promises: finished.promises,
            ready: finished.ready, focus: finished.scenario.focus.compactMap(CriterionID.init(rawValue:)))
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
