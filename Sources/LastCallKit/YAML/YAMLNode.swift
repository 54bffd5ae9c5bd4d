/// A node of a YAML-subset document, with the location the author wrote it at.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        /// A scalar as YAML reads it: quotes removed, escapes applied, block
        /// scalars folded and chomped.
        case scalar(String, style: ScalarStyle)
        /// A block or flow sequence.
        case sequence([YAMLNode])
        /// A block or flow mapping, in file order (keys are unique scalars).
        case mapping([YAMLPair])
        /// An absent value (`key:` with nothing after it, or an empty document).
        case null
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts (the first character of its text, or of its key
    /// for an absent value).
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or nil for other nodes.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar's style, or nil for other nodes.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// The items of a sequence, or nil for other nodes.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping, or nil for other nodes.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether this is an absent value.
    public var isNull: Bool {
        if case .null = content { return true }
        return false
    }

    /// The value under scalar key `key` in a mapping, or nil.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first(where: { $0.key.scalar == key })?.value
    }

    /// A short name of the node's kind for messages: "a mapping", "a list",
    /// "text", "nothing".
    public var kindDescription: String {
        switch content {
        case .scalar: return "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .null: return "nothing"
        }
    }
}
