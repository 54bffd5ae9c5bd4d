import LastCallKit

/// A small command-line scanner: flags (`--json`), options with a value
/// (`--rubric FILE` or `--rubric=FILE`) and positional arguments. `--` ends
/// the options; a lone `-` is a positional (standard input).
public struct ArgumentScanner: Sendable {
    /// The flags a command accepts, long names with their dashes.
    public var flags: Set<String>
    /// The options that take a value.
    public var options: Set<String>

    /// Creates a scanner for the given flags and options.
    public init(flags: [String] = [], options: [String] = []) {
        self.flags = Set(flags)
        self.options = Set(options)
    }

    /// Splits `arguments` into flags, option values and positionals, or
    /// throws a `UsageError` naming the unknown or incomplete option.
    public func scan(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if flags.contains(name) {
                if inlineValue != nil { throw UsageError("option '\(name)' takes no value") }
                parsed.flags.insert(name)
            } else if options.contains(name) {
                if let inlineValue {
                    parsed.values[name] = inlineValue
                } else if index < arguments.count {
                    parsed.values[name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError("option '\(name)' needs a value")
                }
            } else {
                let known = flags.union(options).sorted()
                let hint = Spelling.suggestion(for: name, among: known).map { "did you mean '\($0)'?" }
                throw UsageError("unknown option '\(TerminalText.inert(name))'", hint: hint)
            }
        }
        return parsed
    }
}
