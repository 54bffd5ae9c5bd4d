import Foundation
import LastCallKit

/// `lastcall play SCENARIO`: the main job. The trainee talks a scripted
/// customer through to an ending; every session lands in their progress file.
enum PlayCommand {
    static let entry = CommandRunner.Entry(
        name: "play",
        summary: "practise a scenario: talk the customer through to an ending",
        usage: """
        lastcall play [SCENARIO] [--trainee ID] [--coach] [--replies FILE] [--json] [--seed N]
                      [--scenarios DIR] [--rubric FILE] [--progress DIR]
          SCENARIO is a scenario id from the scenario folder or a path to a file;
          on a terminal it may be left out to pick from the list.
          --trainee ID     who is practising (else $LASTCALL_TRAINEE, else asked);
                           1-64 letters, digits, '.', '_' or '-'
          --coach          feedback after every reply instead of only at the end
          --replies FILE   read replies from FILE, one a line (- for standard input,
                           read a line at a time as the session goes), for scripts
                           and tests; replies that run out leave the session
                           'abandoned', and so does a reply over 4,000 characters
          --json           print the session as one JSON object instead of the transcript
          --seed N         pick the customer's variant lines from seed N (replays a session)
          --scenarios DIR  the scenario folder (else $LASTCALL_SCENARIOS, else ./scenarios)
          --rubric FILE    the rubric (else $LASTCALL_RUBRIC, else scoring/rubric.yaml)
          --progress DIR   the progress folder (else $LASTCALL_PROGRESS, else
                           $XDG_DATA_HOME/lastcall/progress, else ~/.local/share/lastcall/progress)
          --lrs URL        also send the saved session to this xAPI LRS (else $LASTCALL_LRS_URL);
                           what it does not confirm within a few seconds waits for 'lastcall sync'
          --lrs-user USER  LRS user (else $LASTCALL_LRS_USER); password from $LASTCALL_LRS_PASSWORD
          While playing: /hint shows a tip, /flag [CRITERION] [why] disputes the score of
          your last reply (for a trainer to review; also in --replies files), /quit leaves
          (saved as abandoned), /help lists commands. Ctrl-C, Ctrl-D (end of input), kill
          (SIGTERM) or a closed terminal (SIGHUP) also leave: the session is saved as
          abandoned with what you typed.
          Exit status: 0 when the session passed, 1 when it did not (or was not saved),
          64 on a usage error, 66 when the scenario or a file named is not there,
          130 interrupted with Ctrl-C (143 after SIGTERM, 129 after SIGHUP), each after
          the session is saved.

        """,
        run: run)

    static let scanner = ArgumentScanner(
        flags: ["--coach", "--json"],
        options: ["--trainee", "--replies", "--seed", "--scenarios", "--rubric", "--progress", "--lrs", "--lrs-user"])

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try scanner.scan(arguments)
        guard parsed.positionals.count <= 1 else { throw UsageError("play takes one SCENARIO") }
        if parsed.has("--json"), parsed.value("--replies") == nil {
            throw UsageError("--json needs --replies FILE", hint: "the JSON form is for scripted sessions; play on a terminal without --json")
        }
        if let trainee = parsed.value("--trainee"), !TraineeID.isValid(trainee) { throw TraineeID.problem(trainee) }
        var seed: UInt64?
        if let text = parsed.value("--seed") {
            guard let value = UInt64(text), value <= PlaySession.maximumSeed else {
                throw UsageError("--seed must be a whole number from 0 to \(PlaySession.maximumSeed)")
            }
            seed = value
        }

        let lrs = try LRSSettings.make(url: parsed.value("--lrs"), option: "--lrs", parsed, context,
                                       defaultTimeout: SyncCommand.playTimeout)
        // The session's statements are built with the activity base now; the
        // outbox and sync only forward them.
        if lrs != nil, parsed.value("--activity-base") == nil, context.env("LASTCALL_ACTIVITY_BASE") == nil {
            context.console.errorLine(XAPIExport.defaultBaseWarning)
        }
        let scoring = try ScoringSetup.load(parsed, context)
        let file = try resolveScenario(parsed, context, scoring: scoring)
        guard let scenario = file.scenario else {
            let renderer = DiagnosticRenderer(sources: [file.path: file.text])
            for diagnostic in file.diagnostics where diagnostic.isError { context.console.errorLine(renderer.render(diagnostic)) }
            throw CommandFailure("scenario '\(TerminalText.inert(file.path))' has errors; fix them (see 'lastcall check') and try again")
        }

        let replies: ReplySource
        if let path = parsed.value("--replies") {
            if path == "-" {
                replies = .standardInput(of: context.console)
            } else {
                replies = .file(try InputFile.open(path, context: context), name: path)
            }
        } else {
            guard context.console.isInteractive else {
                throw UsageError("play needs a terminal, or --replies FILE for scripted replies")
            }
            replies = .typed(on: context.console)
        }

        let trainee = try traineeID(parsed, context, interactive: replies.isConsole)
        let session = PlaySession(
            scenario: scenario, scenarioHash: file.hash, trainee: trainee, scoring: scoring,
            seed: seed ?? (context.makeSeed() & PlaySession.maximumSeed), context: context,
            store: FileProgressStore(folder: Locations.progress(parsed, context), context: context),
            showsCoaching: parsed.has("--coach"), printsJSON: parsed.has("--json"))
        guard let lrs else { return session.run(replies: replies) }
        // The statement is queued only once the progress line is on disk,
        // and sent after the end card; what the LRS does not confirm waits.
        let outbox = LRSOutbox(progress: context.url(for: Locations.progress(parsed, context)))
        session.onSaved = { record in SyncCommand.enqueue(record, lrs, outbox, context) }
        let status = session.run(replies: replies)
        SyncCommand.sendAfterPlay(lrs, outbox, context, toStandardError: parsed.has("--json"))
        return status
    }

    static func resolveScenario(_ parsed: ParsedArguments, _ context: CommandContext, scoring: ScoringSetup) throws -> ScenarioFile {
        let folder = Locations.scenarios(parsed, context)
        let name: String
        if let given = parsed.positionals.first {
            name = given
        } else {
            guard context.console.isInteractive else { throw UsageError("play needs a SCENARIO id or file") }
            name = try ScenarioPicker.pick(folder: folder, scoring: scoring, context: context)
        }
        if name.contains("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            return try ScenarioFile.load(name, criteria: scoring.criteria, context: context)
        }
        let direct = folder + "/" + name + ".yaml"
        if FileManager.default.fileExists(atPath: context.url(for: direct).path) {
            let file = try ScenarioFile.load(direct, criteria: scoring.criteria, context: context)
            if file.scenario?.id == name || file.scenario == nil { return file }
        }
        let library = try ScenarioLibrary.load(folder, criteria: scoring.criteria, context: context)
        if let file = library.file(id: name) { return file }
        let ids = library.scenarios.map(\.id)
        let hint = Spelling.suggestion(for: name, among: ids).map { "did you mean '\($0)'?" }
            ?? "run 'lastcall list' to see the scenarios in \(folder)"
        throw CommandFailure.missing("no scenario '\(TerminalText.inert(name))' in \(TerminalText.inert(folder))", hint: hint)
    }

    static func traineeID(_ parsed: ParsedArguments, _ context: CommandContext, interactive: Bool) throws -> String {
        if let id = parsed.value("--trainee") { return id }
        if let id = context.env("LASTCALL_TRAINEE") {
            guard TraineeID.isValid(id) else { throw TraineeID.problem(id) }
            return id
        }
        guard interactive else {
            throw UsageError("who is practising? pass --trainee ID or set LASTCALL_TRAINEE")
        }
        // the whole prompt on one line where it leaves room to type (at
        // least 16 columns); on a narrow terminal, what an id may hold on its
        // own wrapped line, and a short prompt under it
        let prompt = "Your trainee id (letters, digits, '.', '_' or '-'): "
        let fits = prompt.count + 16 <= context.console.width
        if !fits { context.console.line(TextWrap.wrap("Your trainee id: letters, digits, '.', '_' or '-'.", width: context.console.width)) }
        for _ in 0..<5 {
            context.console.write(fits ? prompt : "Trainee id: ")
            guard let line = context.console.readLine() else { throw UsageError("no trainee id given") }
            let id = line.trimmingWhitespace()
            if TraineeID.isValid(id) { return id }
            context.console.errorLine(TraineeID.problem(id).description)
        }
        throw UsageError("no valid trainee id given")
    }
}
