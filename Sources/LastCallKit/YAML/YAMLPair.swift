/// One key-value pair of a mapping. The key is always a scalar node.
public struct YAMLPair: Sendable, Hashable {
    /// The key node (a scalar).
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
