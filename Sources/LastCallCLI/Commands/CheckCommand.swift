import Foundation
import LastCallKit

/// `lastcall check [PATH...]`: validates scenario files and the rubric,
/// reporting every problem in one run, each located, and runs each
/// scenario's examples through the engine.
enum CheckCommand {
    static let entry = CommandRunner.Entry(
        name: "check",
        summary: "check scenario files and the rubric, and run the scenarios' examples",
        usage: """
        lastcall check [PATH...] [--json] [--rubric FILE] [--labels FILE]
          Checks the scenario files and rubric in PATH (files or folders; default:
          scenarios/ and scoring/). Reports every problem as path:line:column with the
          line, a caret and a hint, then runs each scenario's examples and reports
          any whose outcome or path differs, and runs every line of the labels file
          beside a checked rubric (scoring/labels.tsv; --labels FILE or $LASTCALL_LABELS
          for the rubric in use) through the scorer, reporting each disagreement at its
          line (a known miss as a warning). --rubric FILE (or $LASTCALL_RUBRIC) is
          checked too, and the examples run with it; without PATH that means scenarios/
          and FILE. A file with a top-level 'criteria' and no 'scenario' is a rubric.
          --json prints the diagnostics as JSON.
          Exit status: 0 no errors (warnings allowed), 1 errors, 64 usage error,
          66 a PATH that is not there, 130 interrupted (Ctrl-C).

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--json"], options: ["--rubric", "--labels"]).scan(arguments)
        // A rubric named by --rubric or $LASTCALL_RUBRIC is the one checked
        // and the one the examples run with, wherever it is saved.
        let namedRubric = parsed.value("--rubric") ?? context.env("LASTCALL_RUBRIC")
        var roots = parsed.positionals
        if roots.isEmpty {
            roots = ["scenarios", namedRubric ?? "scoring"]
        } else if let namedRubric, !roots.contains(namedRubric) {
            roots.append(namedRubric)
        }
        var paths: [String] = []
        var problems: [Diagnostic] = []
        var sources: [String: String] = [:]
        for root in roots {
            do {
                let found = try InputFile.yamlFiles(under: root, context: context)
                if found.isEmpty {
                    problems.append(Diagnostic(.warning, at: SourceLocation(path: root, line: 1, column: 1), "no .yaml files here"))
                }
                paths += found
            } catch {
                guard error.status == ExitCode.missingInput else { throw error }
                throw CommandFailure.missing("\(TerminalText.inert(root)): no such file or folder",
                                             hint: parsed.positionals.isEmpty ? "run lastcall check from the folder that holds scenarios/ and scoring/, or name the files to check" : nil)
            }
        }
        paths = uniqued(paths)

        // Read everything once; decide which files are rubrics.
        var scenarioInputs: [(path: String, bytes: [UInt8])] = []
        var rubricPaths: [String] = []
        for path in paths {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.bytes(path, context: context)
            } catch {
                problems.append(Diagnostic(.error, at: SourceLocation(path: path, line: 1, column: 1), error.message))
                continue
            }
            if path == namedRubric || isRubric(path: path, bytes: bytes) {
                rubricPaths.append(path)
                sources[path] = String(decoding: bytes, as: UTF8.self)
            } else {
                scenarioInputs.append((path, bytes))
            }
        }

        // The rubric: one being checked, else the one play would use.
        var scoring: ScoringSetup?
        var checkedRubric = false
        for path in rubricPaths {
            let result = try ScoringSetup.read(path, context: context)
            problems += result.diagnostics
            if path == namedRubric || (scoring == nil && namedRubric == nil) { scoring = result.setup }
            checkedRubric = true
        }
        if !checkedRubric {
            let located = Locations.rubric(parsed, context)
            if let result = try? ScoringSetup.read(located.path, context: context) {
                scoring = result.setup
                if result.setup == nil {
                    sources[located.path] = result.text
                    problems += result.diagnostics.filter(\.isError)
                }
            }
        }
        let criteria = scoring?.criteria ?? ScoringSetup.defaultCriteria
        if scoring == nil {
            let hint = namedRubric.map { "fix the errors in \(TerminalText.inert($0)) shown here, and the examples will run with it" }
                ?? "check scoring/rubric.yaml too, or pass --rubric FILE"
            problems.append(Diagnostic(.warning, at: SourceLocation(path: roots[0], line: 1, column: 1),
                                       "no usable rubric: scenarios were checked against the five standard criteria and their examples were not run",
                                       hint: hint))
        }

        var firstByID: [String: SourceLocation] = [:]
        var scenariosWithErrors = 0
        var examplesRun = 0
        for input in scenarioInputs {
            let file = ScenarioFile.load(bytes: input.bytes, path: input.path, criteria: criteria)
            sources[file.path] = file.text
            problems += file.diagnostics
            let errorsBefore = problems.count(where: \.isError)
            defer {
                // A file that could not be read as a scenario still counts as
                // one, with errors, so the summary never hides it.
                if file.diagnostics.contains(where: \.isError) || problems.count(where: \.isError) > errorsBefore {
                    scenariosWithErrors += 1
                }
            }
            guard let scenario = file.scenario else { continue }
            let idLocation = file.node?["scenario"]?.location ?? scenario.location
            if let first = firstByID[scenario.id] {
                problems.append(Diagnostic(.error, at: idLocation, "scenario id '\(scenario.id)' is already used by \(first.path):\(first.line)",
                                           hint: "every scenario needs its own id"))
            } else {
                firstByID[scenario.id] = idLocation
            }
            if let scoring {
                examplesRun += scenario.examples.count
                problems += ExampleRunner.check(scenario, rules: scoring.rules, judgeAt: scoring.judge(_:at:))
            }
        }

        let labels = labelProblems(rubricPaths: rubricPaths, scoring: scoring, parsed: parsed, context: context, sources: &sources)
        problems += labels.diagnostics

        let errors = problems.filter(\.isError).count
        let warnings = problems.filter { $0.severity == .warning }.count
        let ordered = problems.enumerated().sorted { a, b in
            (a.element.location.path, a.element.location.line, a.offset) < (b.element.location.path, b.element.location.line, b.offset)
        }.map(\.element)
        if parsed.has("--json") {
            let json = JSONValue.object([
                ("files", .int(paths.count)),
                ("scenarios", .int(scenarioInputs.count)),
                ("scenarios_with_errors", .int(scenariosWithErrors)),
                ("examples", .int(examplesRun)),
                ("rubric_tests", .int(labels.tests)),
                ("errors", .int(errors)),
                ("warnings", .int(warnings)),
                ("diagnostics", .array(ordered.map(\.jsonValue))),
            ])
            context.console.line(json.prettyJSONText)
        } else {
            let renderer = DiagnosticRenderer(sources: sources)
            let style = Style(isEnabled: context.console.usesColor)
            for diagnostic in ordered {
                context.console.line(colour(renderer.render(diagnostic), diagnostic.severity, style))
            }
            for line in labels.summaries { context.console.line(style.dim(line)) }
            let summary = summaryLine(files: paths.count, rubrics: rubricPaths.count, rubricTests: labels.tests,
                                      scenarios: scenarioInputs.count, scenariosWithErrors: scenariosWithErrors,
                                      examples: examplesRun, errors: errors, warnings: warnings)
            context.console.line(errors == 0 ? style.good(summary) : style.bad(summary))
        }
        return errors == 0 ? ExitCode.success : ExitCode.failure
    }

    /// The last line of a check: what was checked and run, then the counts.
    static func summaryLine(files: Int, rubrics: Int, rubricTests: Int = 0, scenarios: Int, scenariosWithErrors: Int, examples: Int,
                            errors: Int, warnings: Int) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts = [count(scenarios, "scenario") + (scenariosWithErrors > 0 ? " (\(scenariosWithErrors) with errors)" : "")]
        parts.append(count(examples, "example") + " run")
        if rubrics > 0 { parts.append(count(rubrics, "rubric")) }
        // the rubric's tests: its labelled replies, run through the scorer
        if rubricTests > 0 { parts.append(count(rubricTests, "rubric test") + " run") }
        return "checked \(count(files, "file")): " + parts.joined(separator: ", ") + "; "
            + count(errors, "error") + ", " + count(warnings, "warning")
    }

    /// Whether a file is a rubric: by its content when it can be read (a
    /// top-level `criteria` and neither `scenario` nor `steps`), else by
    /// where it is saved (`scoring/`, or a name starting `rubric`), so a
    /// rubric draft kept anywhere is checked as a rubric.
    static func isRubric(path: String, bytes: [UInt8]) -> Bool {
        if let node = try? YAMLReader.read(bytes: bytes, path: path), node.pairs != nil {
            if node["scenario"] != nil || node["steps"] != nil { return false }
            if node["criteria"] != nil { return true }
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasPrefix("rubric") { return true }
        let components = path.split(separator: "/")
        return components.dropLast().last == "scoring"
    }

    private static func colour(_ text: String, _ severity: Severity, _ style: Style) -> String {
        guard style.isEnabled, let firstLine = text.split(separator: "\n", maxSplits: 1).first else { return text }
        let rest = text.dropFirst(firstLine.count)
        let marker = "\(severity.rawValue):"
        let painted: String
        switch severity {
        case .error: painted = style.bad(style.bold(marker))
        case .warning: painted = style.warn(style.bold(marker))
        case .note: painted = style.bold(marker)
        }
        return style.bold(String(firstLine).replacingOccurrences(of: " " + marker, with: " " + painted)) + rest
    }

    private static func uniqued(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }
}
