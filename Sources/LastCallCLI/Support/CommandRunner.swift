import LastCallKit

/// Finds the command named by the first argument and runs it, turning usage
/// errors into exit status 64 and a message on standard error.
public enum CommandRunner {
    /// One subcommand of `lastcall`.
    public struct Entry: Sendable {
        /// The name typed after `lastcall`.
        public var name: String
        /// One line for the command list.
        public var summary: String
        /// The usage text shown by `lastcall help NAME` and `NAME --help`.
        public var usage: String
        /// Runs the command with the arguments after its name.
        public var run: @Sendable ([String], CommandContext) throws -> Int32
    }

    /// Every command, in the order `lastcall help` lists them.
    public static let commands: [Entry] = [
        PlayCommand.entry,
        ListCommand.entry,
        ScoreCommand.entry,
        CheckCommand.entry,
        ParseCommand.entry,
        GraphCommand.entry,
    ] + ReportCommands.entries + [ReviewCommand.entry, CalibrateCommand.entry, SyncCommand.entry]

    /// Runs `lastcall` with `arguments` (without the program name) and
    /// returns the exit status.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        guard let name = arguments.first else {
            if context.console.isInteractive {
                return invoke(PlayCommand.entry, [], context)
            }
            context.console.write(HelpCommand.overview())
            return ExitCode.success
        }
        switch name {
        case "help", "--help", "-h":
            return HelpCommand.run(Array(arguments.dropFirst()), context: context)
        case "--version", "version":
            context.console.line("lastcall \(HelpCommand.version)")
            return ExitCode.success
        default:
            guard let entry = commands.first(where: { $0.name == name }) else {
                let hint = Spelling.suggestion(for: name, among: commands.map(\.name) + ["help"]).map { "did you mean 'lastcall \($0)'?" }
                    ?? "run 'lastcall help' to see the commands"
                context.console.errorLine(UsageError("unknown command '\(TerminalText.inert(name))'", hint: hint).description)
                return ExitCode.usage
            }
            return invoke(entry, Array(arguments.dropFirst()), context)
        }
    }

    private static func invoke(_ entry: Entry, _ arguments: [String], _ context: CommandContext) -> Int32 {
        // After `--` every argument is an operand: `score -- --help` scores
        // the text "--help".
        let options = arguments.prefix { $0 != "--" }
        if options.contains("--help") || options.contains("-h") {
            context.console.write(entry.usage)
            return ExitCode.success
        }
        do {
            return try entry.run(arguments, context)
        } catch let error as UsageError {
            context.console.errorLine(error.description)
            context.console.errorLine("usage: " + (entry.usage.split(separator: "\n").first.map(String.init) ?? "lastcall \(entry.name)"))
            return ExitCode.usage
        } catch let error as CommandFailure {
            context.console.errorLine(error.description)
            return error.status
        } catch {
            context.console.errorLine("lastcall \(entry.name): \(error)")
            return ExitCode.failure
        }
    }
}
