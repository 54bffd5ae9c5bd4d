/// The latest `capacity` values appended, oldest first: a ring buffer, so a
/// report keeps only what the last-N rules and trend lines need however many
/// sessions stream past.
public struct RecentWindow<Element: Sendable>: Sendable {
    /// The most values kept.
    public let capacity: Int
    private var storage: [Element] = []
    private var start = 0

    /// Creates an empty window that keeps at most `capacity` values.
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Appends `value`, dropping the oldest when full.
    public mutating func append(_ value: Element) {
        guard capacity > 0 else { return }
        if storage.count < capacity {
            storage.append(value)
        } else {
            storage[start] = value
            start = (start + 1) % capacity
        }
    }

    /// The values kept, oldest first.
    public var elements: [Element] {
        Array(storage[start...] + storage[..<start])
    }

    /// How many values are kept.
    public var count: Int { storage.count }
}
