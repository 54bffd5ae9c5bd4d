import LastCallKit

/// `lastcall list`: the scenario library as a table, filterable.
enum ListCommand {
    static let entry = CommandRunner.Entry(
        name: "list",
        summary: "list the scenarios (id, title, level, criteria, tags)",
        usage: """
        lastcall list [--tag WORD] [--criterion ID] [--level N] [--scenarios DIR] [--rubric FILE]
          The scenario library as a table. Filters combine: --tag keeps scenarios with
          that tag, --criterion those that score it, --level those at that level (1-5).
          Only each file's header is read: files whose header has errors are listed at
          the end; 'lastcall check' checks whole files.

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(options: ["--tag", "--criterion", "--level", "--scenarios", "--rubric"]).scan(arguments)
        guard parsed.positionals.isEmpty else { throw UsageError("list takes no arguments, only options") }
        var level: Int?
        if let text = parsed.value("--level") {
            guard let value = Int(text), (1...5).contains(value) else { throw UsageError("--level must be a number from 1 to 5") }
            level = value
        }
        let scoring = try ScoringSetup.load(parsed, context)
        if let criterion = parsed.value("--criterion"), !scoring.criteria.contains(criterion) {
            let hint = Spelling.suggestion(for: criterion, among: scoring.criteria).map { "did you mean '\($0)'?" }
                ?? "the criteria are \(scoring.criteria.joined(separator: ", "))"
            throw UsageError("unknown criterion '\(TerminalText.inert(criterion))'", hint: hint)
        }
        let folder = Locations.scenarios(parsed, context)
        let library = try ScenarioLibrary.headers(folder, criteria: scoring.criteria, context: context)
        let rows = library.headers.filter { scenario in
            (parsed.value("--tag").map { scenario.tags.contains($0) } ?? true)
                && (parsed.value("--criterion").map { scenario.criteria.contains($0) } ?? true)
                && (level.map { scenario.level == $0 } ?? true)
        }.sorted { ($0.level, $0.id) < ($1.level, $1.id) }

        let style = Style(isEnabled: context.console.usesColor)
        let table = rows.map { scenario -> [String] in
            let criteria = scenario.criteria.count == scoring.criteria.count ? "all" : scenario.criteria.joined(separator: ", ")
            return [TerminalText.cell(scenario.id), TerminalText.cell(scenario.title), String(scenario.level), criteria,
                    TerminalText.cell(scenario.tags.joined(separator: ", "))]
        }
        if table.isEmpty {
            context.console.line(library.headers.isEmpty ? "No scenarios in \(TerminalText.inert(folder))." : "No scenario matches those filters.")
        } else {
            context.console.write(TextTable.render(header: ["ID", "TITLE", "LEVEL", "CRITERIA", "TAGS"], rows: table, style: style))
        }
        let broken = library.broken
        if !broken.isEmpty {
            context.console.line()
            context.console.line(style.warn("\(broken.count) file(s) have errors and are not listed: ")
                                 + broken.map { TerminalText.inert($0) }.joined(separator: ", ") + " (see 'lastcall check')")
        }
        return ExitCode.success
    }
}
