/// What `ArgumentScanner` found on a command line.
public struct ParsedArguments: Sendable, Equatable {
    /// The flags given.
    public var flags: Set<String> = []
    /// The value of each option given (the last one wins).
    public var values: [String: String] = [:]
    /// The positional arguments in order.
    public var positionals: [String] = []

    /// Creates parsed arguments (for callers that build them by hand).
    public init(flags: Set<String> = [], values: [String: String] = [:], positionals: [String] = []) {
        self.flags = flags
        self.values = values
        self.positionals = positionals
    }

    /// Whether `flag` was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of `option`, or nil.
    public func value(_ option: String) -> String? { values[option] }
}
