import Foundation

/// Everything a command may touch outside itself, so tests can give a fake
/// console, a temporary folder, a fixed clock and a fixed seed.
public struct CommandContext: @unchecked Sendable {
    /// The terminal.
    public var console: any Console
    /// Environment variables.
    public var environment: [String: String]
    /// The folder relative paths are resolved against.
    public var currentDirectory: URL
    /// The current time.
    public var now: @Sendable () -> Date
    /// A fresh random seed for a session.
    public var makeSeed: @Sendable () -> UInt64

    /// Creates a context.
    public init(
        console: any Console,
        environment: [String: String],
        currentDirectory: URL,
        now: @escaping @Sendable () -> Date = { Date() },
        makeSeed: @escaping @Sendable () -> UInt64 = { UInt64.random(in: 1...UInt64(Int64.max)) }
    ) {
        self.console = console
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.now = now
        self.makeSeed = makeSeed
    }

    /// `path` resolved against the current folder (`~` expanded).
    public func url(for path: String) -> URL {
        if path.hasPrefix("~/"), let home = environment["HOME"] {
            return URL(fileURLWithPath: home).appendingPathComponent(String(path.dropFirst(2)))
        }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return currentDirectory.appendingPathComponent(path)
    }

    /// A non-empty environment variable, or nil.
    public func env(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }
}
