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
                report(UsageError("unknown command '\(TerminalText.inert(name))'", hint: hint).description, context)
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
            report(error.description, context)
            report("usage: " + (entry.usage.split(separator: "\n").first.map(String.init) ?? "lastcall \(entry.name)"), context)
            return ExitCode.usage
        } catch let error as CommandFailure {
            report(error.description, context)
            return error.status
        } catch {
            report("lastcall \(entry.name): \(error)", context)
            return ExitCode.failure
        }
    }

    /// Writes an error message to standard error, wrapped to its width
    /// when it is a terminal (see ``wrapped(_:width:)``).
    private static func report(_ text: String, _ context: CommandContext) {
        context.console.errorLine(context.console.errorWidth.map { wrapped(text, width: $0) } ?? text)
    }

    /// An error message's lines wrapped to `width` at spaces: a line that
    /// fits stays as it is; a longer one goes on under its text, a
    /// `  hint: ` line under the hint, any other indented by two more.
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.count > width else { return String(line) }
            let lead = String(line.prefix { $0 == " " })
            let rest = String(line.dropFirst(lead.count))
            let under = rest.hasPrefix("hint: ") ? lead + "      " : lead + "  "
            return TextWrap.wrap(rest, width: width, firstIndent: lead, indent: under)
        }.joined(separator: "\n")
    }
}
