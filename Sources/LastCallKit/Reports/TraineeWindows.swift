/// Each trainee's latest sessions, one `RecentWindow` per trainee: what
/// `--last N` keeps while sessions stream past in file order. Every report
/// and export applies `--last` through this type, so they all agree on which
/// sessions count.
public struct TraineeWindows<Element: Sendable>: Sendable {
    /// The most sessions kept per trainee.
    public let capacity: Int
    private var windows: [String: RecentWindow<Element>] = [:]

    /// Creates empty windows that keep `capacity` sessions per trainee.
    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// Appends `element`, a session of `trainee` later than every one of
    /// theirs appended before, dropping their oldest when the window is full.
    public mutating func append(_ element: Element, trainee: String) {
        windows[trainee, default: RecentWindow(capacity: capacity)].append(element)
    }

    /// Appends what `later` kept, whose sessions all came after the ones here.
    public mutating func merge(_ later: TraineeWindows) {
        for (trainee, window) in later.windows {
            for element in window.elements { append(element, trainee: trainee) }
        }
    }

    /// Calls `body` with every session kept: trainee by trainee (names in
    /// UTF-8 byte order, so the order never depends on the locale), each
    /// trainee's oldest first.
    public func forEach(_ body: (Element) throws -> Void) rethrows {
        for (_, window) in windows.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            for element in window.elements { try body(element) }
        }
    }

    /// Calls `body` with each trainee and the sessions kept for them, in the
    /// order of `forEach`: names in UTF-8 byte order, each's oldest first.
    public func forEachTrainee(_ body: (String, [Element]) throws -> Void) rethrows {
        for (trainee, window) in windows.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try body(trainee, window.elements)
        }
    }

    /// The sessions kept for `trainee`, oldest first (none when they have no window).
    public func elements(of trainee: String) -> [Element] {
        windows[trainee]?.elements ?? []
    }

    /// How many trainees have a window.
    public var trainees: Int { windows.count }
}
