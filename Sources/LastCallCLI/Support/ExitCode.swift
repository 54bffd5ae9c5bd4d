/// The exit statuses `lastcall` uses (documented in the README).
public enum ExitCode {
    /// Everything worked; `check` found no errors; a session passed.
    public static let success: Int32 = 0
    /// The input had problems (errors in a file, a failed self-test), or the
    /// command could not do its job; the message says why.
    public static let failure: Int32 = 1
    /// The command line was wrong (EX_USAGE).
    public static let usage: Int32 = 64
    /// Interrupted with Ctrl-C (128 + SIGINT), after saving what was typed.
    public static let interrupted: Int32 = 130
}
