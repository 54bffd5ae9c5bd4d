/// Where ``JSONWriter`` writes UTF-8: a byte array, or a ``JSONLineBuffer``
/// (the reused buffer one `score --jsonl` line is built in).
protocol JSONByteSink {
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
    /// Appends `bytes` in order.
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: JSONByteSink where Element == UInt8 {
    @inline(__always) mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

extension JSONByteSink {
    /// Appends the UTF-8 of a literal in one copy: `append(contentsOf:
    /// "null".utf8)` walks a `String.UTF8View` through a generic path, about
    /// 170 instructions for a few bytes, and a `score --jsonl` line appends
    /// several fixed pieces.
    @inline(__always) mutating func append(utf8 text: StaticString) {
        text.withUTF8Buffer { append(bytes: $0) }
    }
}
