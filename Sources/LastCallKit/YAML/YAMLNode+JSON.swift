extension YAMLNode {
    /// The node as JSON: mappings become objects in file order, sequences
    /// arrays, scalars strings and absent values null.
    public var jsonValue: JSONValue {
        switch content {
        case .scalar(let text, _): return .string(text)
        case .sequence(let items): return .array(items.map(\.jsonValue))
        case .mapping(let pairs): return .object(pairs.map { ($0.key.scalar ?? "", $0.value.jsonValue) })
        case .null: return .null
        }
    }
}
