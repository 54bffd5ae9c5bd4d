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
          line (a known miss as a warning).
          --json prints the diagnostics as JSON.
          Exit status: 0 no errors (warnings allowed), 1 errors, 64 usage error.

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner(flags: ["--json"], options: ["--rubric", "--labels"]).scan(arguments)
        var roots = parsed.positionals
        if roots.isEmpty {
            roots = ["scenarios", "scoring"]
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
                throw UsageError("\(TerminalText.inert(root)): no such file or folder",
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
            if isRubric(path: path, bytes: bytes) {
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
            if scoring == nil { scoring = result.setup }
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
            problems.append(Diagnostic(.warning, at: SourceLocation(path: roots[0], line: 1, column: 1),
                                       "no usable rubric: scenarios were checked against the five standard criteria and their examples were not run",
                                       hint: "check scoring/rubric.yaml too, or pass --rubric FILE"))
        }

        var firstByID: [String: SourceLocation] = [:]
        var scenarioCount = 0
        for input in scenarioInputs {
            let file = ScenarioFile.load(bytes: input.bytes, path: input.path, criteria: criteria)
            sources[file.path] = file.text
            problems += file.diagnostics
            guard let scenario = file.scenario else { continue }
            scenarioCount += 1
            let idLocation = file.node?["scenario"]?.location ?? scenario.location
            if let first = firstByID[scenario.id] {
                problems.append(Diagnostic(.error, at: idLocation, "scenario id '\(scenario.id)' is already used by \(first.path):\(first.line)",
                                           hint: "every scenario needs its own id"))
            } else {
                firstByID[scenario.id] = idLocation
            }
            if let scoring {
                problems += ExampleRunner.check(scenario, rules: scoring.rules(for: scenario), judge: scoring.judge)
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
            let summary = "checked \(paths.count) file\(paths.count == 1 ? "" : "s") (\(scenarioCount) scenario\(scenarioCount == 1 ? "" : "s")): "
                + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            for line in labels.summaries { context.console.line(style.dim(line)) }
            context.console.line(errors == 0 ? style.good(summary) : style.bad(summary))
        }
        return errors == 0 ? ExitCode.success : ExitCode.failure
    }

    static func isRubric(path: String, bytes: [UInt8]) -> Bool {
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
