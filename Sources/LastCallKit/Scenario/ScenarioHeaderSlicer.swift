/// Cuts a scenario file down to the top-level entries that hold its header
/// (`scenario`, `title`, `level`, `tags`, `criteria`, and `focus`, kept
/// because its flow list could not be skipped safely), so the YAML reader
/// parses a few lines instead of the whole file. Every other line becomes an
/// empty line, so locations still point into the file as written.
///
/// It answers only when it can be sure the slice reads as the whole file
/// would: every line that starts at column 0 must be a comment or a plain
/// `key:` of a scenario file, each key once, `scenario`, `title`,
/// `customer` and `steps` all present, and no skipped entry may open a
/// quoted or flow value on its key's line (its continuation could sit at
/// column 0). Otherwise it answers nil and the caller reads the whole file.
enum ScenarioHeaderSlicer {
    static let headerKeys: Set<String> = ["scenario", "title", "level", "tags", "criteria", "focus"]
    static let bodyKeys: Set<String> = ["summary", "customer", "pass", "start", "steps", "examples", "clock", "ready"]
    static let requiredKeys = ["scenario", "title", "customer", "steps"]

    /// The header entries of `bytes` with every other line emptied, or nil.
    static func slice(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        var seen: Set<String> = []
        var isKeeping = true
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            let first = bytes[start]
            // Indented, blank and comment lines belong to the entry above.
            if first != 0x20, first != 0x0A, first != 0x0D, first != UInt8(ascii: "#") {
                guard let (key, valueStart) = plainKey(bytes, start, end),
                      headerKeys.contains(key) || bodyKeys.contains(key),
                      seen.insert(key).inserted else { return nil }
                isKeeping = headerKeys.contains(key)
                if !isKeeping, valueStart < end, Self.opensMultilineValue(bytes[valueStart]) { return nil }
            }
            if isKeeping { out.append(contentsOf: bytes[start..<end]) }
            if end < count { out.append(0x0A) }
            start = end + 1
        }
        guard requiredKeys.allSatisfy(seen.contains) else { return nil }
        return out
    }

    /// The key of a line `key:` or `key: value` (lowercase letters only),
    /// and where its value starts; nil for any other line.
    private static func plainKey(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (String, Int)? {
        var index = start
        while index < end, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") { index += 1 }
        guard index > start, index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        var value = index + 1
        guard value == end || bytes[value] == 0x20 || bytes[value] == 0x0D else { return nil }
        while value < end, bytes[value] == 0x20 { value += 1 }
        return (String(decoding: bytes[start..<index], as: UTF8.self), value)
    }

    /// Whether a value starting with `byte` may go on past its line
    /// (quotes, flow collections) or is something the full reader rejects
    /// (anchors, aliases, tags, tabs).
    private static func opensMultilineValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "{"),
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), 0x09:
            return true
        default:
            return false
        }
    }
}
