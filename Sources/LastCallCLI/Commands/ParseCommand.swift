import LastCallKit

/// `lastcall parse FILE`: prints a YAML-subset file as JSON, so a trainer can
/// see exactly what the reader took from it.
enum ParseCommand {
    static let entry = CommandRunner.Entry(
        name: "parse",
        summary: "print a scenario or rubric file as JSON, as Last Call reads it",
        usage: """
        lastcall parse FILE
          Prints FILE (or - for standard input, up to 64 MB) as JSON: mappings as
          objects in file order, lists as arrays, every value as the text YAML reads,
          an absent value as null. On an error: the located diagnostic on stderr.
          Exit status: 0 printed, 1 the file does not parse or is too large, 64 usage
          error, 66 no such FILE, 130 interrupted (Ctrl-C).

        """,
        run: run)

    static func run(_ arguments: [String], _ context: CommandContext) throws -> Int32 {
        let parsed = try ArgumentScanner().scan(arguments)
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            throw UsageError(parsed.positionals.isEmpty ? "parse needs a FILE (or - for standard input)" : "parse takes one FILE")
        }
        let bytes = try InputFile.bytes(path, context: context)
        let shownPath = path == "-" ? "<stdin>" : path
        do {
            let node = try YAMLReader.read(bytes: bytes, path: shownPath)
            context.console.line(node.jsonValue.prettyJSONText)
            return ExitCode.success
        } catch {
            let renderer = DiagnosticRenderer(sources: [shownPath: String(decoding: bytes, as: UTF8.self)])
            context.console.errorLine(renderer.render(error.diagnostic))
            return ExitCode.failure
        }
    }
}
