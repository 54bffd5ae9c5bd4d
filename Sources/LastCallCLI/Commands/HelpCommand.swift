import LastCallKit

/// `lastcall help [COMMAND]`: the command list, or one command's usage.
enum HelpCommand {
    static let version = "0.1.0"

    static func overview() -> String {
        var text = """
        lastcall: practise difficult customer conversations at the terminal.

        usage: lastcall COMMAND [OPTIONS]

        commands:

        """
        let width = (CommandRunner.commands.map(\.name.count).max() ?? 8) + 2
        for entry in CommandRunner.commands {
            text += "  " + entry.name.padding(toLength: width, withPad: " ", startingAt: 0) + entry.summary + "\n"
        }
        text += """

        Run 'lastcall help COMMAND' or 'lastcall COMMAND --help' for a command's options.
        Exit status: 0 success, 1 problems found or the command failed, 64 usage error,
        66 a file, folder or scenario to read is not there, 130 interrupted (Ctrl-C).

        """
        return text
    }

    static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        guard let name = arguments.first else {
            context.console.write(overview())
            return ExitCode.success
        }
        guard let entry = CommandRunner.commands.first(where: { $0.name == name }) else {
            context.console.errorLine(UsageError("no command named '\(TerminalText.inert(name))'", hint: "run 'lastcall help' to see the commands").description)
            return ExitCode.usage
        }
        context.console.write(entry.usage)
        return ExitCode.success
    }
}
