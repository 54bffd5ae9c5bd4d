/// What `ArgumentScanner` found on a command line.
public struct ParsedArguments: Sendable, Equatable {
    /// The flags given.
    public var flags: Set<String> = []
    /// The value of each option given (the last one wins).
    public var values: [String: String] = [:]
    /// The positional arguments in order.
    public var positionals: [String] = []

    /// Whether `flag` was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of `option`, or nil.
    public func value(_ option: String) -> String? { values[option] }
}
