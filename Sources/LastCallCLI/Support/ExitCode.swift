/// The exit statuses `lastcall` uses (documented in the README and in every
/// help text that lists them).
public enum ExitCode {
    /// Everything worked; `check` found no errors; a session passed.
    public static let success: Int32 = 0
    /// The input had problems (errors in a file, a failed self-test), or the
    /// command could not do its job; the message says why.
    public static let failure: Int32 = 1
    /// The command line was wrong (EX_USAGE).
    public static let usage: Int32 = 64
    /// Something to read is not there: a file or folder named on the command
    /// line, in the environment or by default, or a scenario id
    /// (EX_NOINPUT). The same for every command.
    public static let missingInput: Int32 = 66
    /// Interrupted with Ctrl-C (128 + SIGINT), after saving what was typed.
    public static let interrupted: Int32 = 130

    /// The status after `signal` ended a session (128 + its number, as a
    /// shell reports a process the signal killed): 130 for Ctrl-C, 143 for
    /// SIGTERM, 129 for a closed terminal.
    public static func ended(by signal: Platform.TerminationSignal) -> Int32 {
        128 + signal.number
    }
}
