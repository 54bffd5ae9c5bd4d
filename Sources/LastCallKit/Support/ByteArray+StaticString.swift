extension Array where Element == UInt8 {
    /// Appends the UTF-8 of a literal in one copy: `append(contentsOf:
    /// "null".utf8)` walks a `String.UTF8View` through a generic path, about
    /// 170 instructions for a few bytes, and the JSON lines of `score --jsonl`
    /// append several fixed pieces per reply.
    @inline(__always) mutating func append(utf8 text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
