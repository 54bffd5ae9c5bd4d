/// Writes `JSONValue`s as RFC 8259 text. Every string is escaped so the output
/// is valid JSON whatever the input held (control characters, lone quotes,
/// terminal escape sequences), and stays ASCII-safe for `<`, `>` and `&` so it
/// can be embedded in HTML.
public enum JSONWriter {
    /// Appends the JSON text of `value` to `out`.
    public static func write(_ value: JSONValue, into out: inout String, pretty: Bool, indent: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatDouble(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent) }
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, item)) in pairs.enumerated() {
                if i > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                writeString(key, into: &out)
                out += pretty ? ": " : ":"
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent) }
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ level: Int) {
        out += "\n"
        out += String(repeating: "  ", count: level)
    }

    /// Numbers print without a trailing `.0` when whole, and never as NaN or
    /// infinity (which JSON cannot hold): those become `null`.
    public static func formatDouble(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `s` as a quoted, escaped JSON string.
    public static func writeString(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        writeString(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a quoted, escaped JSON string to UTF-8 `out`: the
    /// streaming writers' path, with no intermediate strings. Runs of bytes
    /// that need no escape are copied whole.
    public static func writeString(_ s: String, into out: inout [UInt8]) {
        appendString(s, to: &out)
    }

    /// ``writeString(_:into:)`` into any ``JSONByteSink``.
    static func appendString<Sink: JSONByteSink>(_ s: String, to out: inout Sink) {
        var s = s
        s.withUTF8 { appendString(bytes: $0, to: &out) }
    }

    /// Appends UTF-8 `bytes` (already valid) as a quoted, escaped JSON string.
    /// Besides what RFC 8259 requires, C1 controls (U+0080-U+009F), the
    /// bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069)
    /// and the line and paragraph separators (U+2028, U+2029) are written as
    /// `\uXXXX`, so a JSON file shown on a terminal or in a viewer can
    /// neither send control sequences nor reorder the text around them.
    public static func writeString(bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        appendString(bytes: bytes, to: &out)
    }

    /// ``writeString(bytes:into:)`` into any ``JSONByteSink``. Bytes that
    /// are not well-formed UTF-8 (which the callers never pass) are copied
    /// as they are.
    static func appendString<Sink: JSONByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) {
        _ = appendString(bytes: bytes, to: &out, stopsAtInvalidUTF8: false)
    }

    /// ``appendString(bytes:to:)`` for bytes not yet checked: the same text
    /// and true when `bytes` is well-formed UTF-8 (by ``UTF8Decoding``),
    /// else false, having written part of the string (the caller drops it).
    /// One pass that checks and escapes: `score --jsonl` checked each reply
    /// and then escaped it, about 190 instructions a reply for the check.
    static func appendValidString<Sink: JSONByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) -> Bool {
        appendString(bytes: bytes, to: &out, stopsAtInvalidUTF8: true)
    }

    /// The escaping loop of both: whether `bytes` was well-formed UTF-8
    /// (when not and `stopsAtInvalidUTF8`, it stops at the first bad byte).
    ///
    /// Eight bytes at a time: a word in which no byte may need an escape is
    /// skipped whole, and in one that holds such a byte, the loop jumps
    /// straight to the first (the lowest flag of ``escapeHints(_:)`` is never
    /// a false one), so a plain byte costs well under one instruction; the
    /// last seven or fewer bytes are read as the end of the last eight (a
    /// string shorter than eight, one by one). A byte from 0x80 starts
    /// a character, decoded whole: it is checked, and escaped when it is a
    /// C1 control, a bidirectional control or a line or paragraph separator.
    @inline(__always)
    private static func appendString<Sink: JSONByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink, stopsAtInvalidUTF8: Bool) -> Bool {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        var isValid = true
        while i < count {
            if i + 8 <= count {
                // in bounds: i + 8 <= count
                let hints = escapeHints(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if hints == 0 { i += 8; continue }
                // bytes load little-endian: the lowest flag is the first byte
                i += hints.trailingZeroBitCount >> 3
            } else if count >= 8 {
                // the last one to seven bytes: the eight that end the string
                // (in bounds: count - 8 >= 0), the 1 to 7 before `i` shifted
                // out (a carry out of them can only add a hint). Byte by byte,
                // the end of a short quote cost about 12 instructions a byte.
                let hints = escapeHints(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) >> (UInt64(i + 8 - count) << 3)
                if hints == 0 { i = count; break }
                i += hints.trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if b < 0x80 {
                guard needsEscape(b) else { i += 1; continue }
                if runStart < i { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                switch b {
                case UInt8(ascii: "\""): out.append(0x5C); out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                default: appendUnicodeEscape(UInt32(b), to: &out)
                }
                i += 1
                runStart = i
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
            guard length > 0 else {
                isValid = false
                if stopsAtInvalidUTF8 { return false }
                i += 1
                continue
            }
            if isEscaped(scalar) {
                if runStart < i { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                appendUnicodeEscape(scalar, to: &out)
                runStart = i + length
            }
            i += length
        }
        if runStart < count { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        out.append(UInt8(ascii: "\""))
        return isValid
    }

    /// Whether a character from U+0080 is written as `\uXXXX`: the C1
    /// controls (U+0080-U+009F), the line and paragraph separators and the
    /// bidirectional embeddings and overrides (U+2028-U+202E), and the
    /// bidirectional isolates (U+2066-U+2069).
    @inline(__always) private static func isEscaped(_ scalar: UInt32) -> Bool {
        scalar <= 0x9F || (scalar >= 0x2028 && scalar <= 0x202E) || (scalar >= 0x2066 && scalar <= 0x2069)
    }

    /// Per byte of `word` (its high bit), whether the byte may need an
    /// escape: a byte below 0x20, `"`, `&`, `<`, `>`, `\\`, DEL, or any byte
    /// from 0x80. Never clear for a byte that ``needsEscape(_:)`` holds or
    /// that starts a character from U+0080; a flag is only a hint to look
    /// at the byte, but the lowest flag always marks such a byte (each test
    /// below can flag a byte wrongly only above one it flags rightly), so
    /// no byte before it needs a look.
    @inline(__always) private static func escapeHints(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // from 0x7F (DEL, and 0x80 up: a carry out of such a byte only
        // flags the byte above it)
        let high = word | (word &+ ones)
        // below 0x20: subtracting borrows into the byte's high bit
        let low = (word &- 0x2020_2020_2020_2020) & ~word
        // a byte of v is zero: (v - 1) borrows into its high bit, which v lacks
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v }
        let quoteOrAmpersand = zeroBytes((word | (ones &* 0x04)) ^ (ones &* 0x26))  // 0x22 or 0x26
        let angle = zeroBytes((word | (ones &* 0x02)) ^ (ones &* 0x3E))  // 0x3C or 0x3E
        let backslash = zeroBytes(word ^ (ones &* 0x5C))
        return (high | low | quoteOrAmpersand | angle | backslash) & highs
    }

    private static func appendUnicodeEscape<Sink: JSONByteSink>(_ scalar: UInt32, to out: inout Sink) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int(scalar >> UInt32(shift) & 0xF)])
        }
    }

    /// ASCII bytes that must be escaped: control characters, DEL, `"`,
    /// `\\`, and `<`, `>`, `&` (so the text can sit inside HTML).
    /// Comparisons, not a table: a static table cost a lazy-initialisation
    /// check a call.
    @inline(__always) private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26
    }
}
