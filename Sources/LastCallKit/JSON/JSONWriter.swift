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

    /// ``writeString(bytes:into:)`` into any ``JSONByteSink``.
    static func appendString<Sink: JSONByteSink>(bytes: UnsafeBufferPointer<UInt8>, to out: inout Sink) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while i < count {
            // eight plain bytes at a time, in a loop of their own: about 3
            // instructions a byte, where the byte loop below costs 7 (some
            // 1,200 instructions on a reply and its quotes). In bounds:
            // i + 8 <= count.
            while i + 8 <= count, !mayNeedEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            // then byte by byte to the end of the eight that may need an escape
            let stop = min(i + 8, count)
            while i < stop {
                let b = bytes[i]
                guard needsEscape(b) else { i += 1; continue }
                // A lead byte that starts characters to escape and many that are
                // fine: look at the whole sequence.
                let length = b < 0x80 ? 1 : escapedLength(bytes, at: i)
                guard length > 0 else { i += 1; continue }
                if runStart < i { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                switch b {
                case UInt8(ascii: "\""): out.append(0x5C); out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C); out.append(0x5C)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0xC2: appendUnicodeEscape(UInt32(bytes[i + 1]), to: &out)
                case 0xE2: appendUnicodeEscape(0x2000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), to: &out)
                default: appendUnicodeEscape(UInt32(b), to: &out)
                }
                i += length
                runStart = i
            }
        }
        if runStart < count { out.append(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether any of the eight bytes of `word` may need an escape: a byte
    /// below 0x20, `"`, `&`, `<`, `>`, `\\`, DEL, or any byte from 0x80 (the
    /// lead bytes 0xC2 and 0xE2 among them). Never false for a byte that
    /// ``needsEscape(_:)`` holds; true is only a hint to look byte by byte.
    @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // from 0x7F (DEL, and 0x80 up: a carry out of such a byte only adds
        // a hint to a word already flagged)
        let high = word | (word &+ ones)
        // below 0x20: subtracting borrows into the byte's high bit
        let low = (word &- 0x2020_2020_2020_2020) & ~word
        // a byte of v is zero: (v - 1) borrows into its high bit, which v lacks
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { (v &- ones) & ~v }
        let quoteOrAmpersand = zeroBytes((word | (ones &* 0x04)) ^ (ones &* 0x26))  // 0x22 or 0x26
        let angle = zeroBytes((word | (ones &* 0x02)) ^ (ones &* 0x3E))  // 0x3C or 0x3E
        let backslash = zeroBytes(word ^ (ones &* 0x5C))
        return (high | low | quoteOrAmpersand | angle | backslash) & highs != 0
    }

    /// The length of the sequence at `i` (lead byte 0xC2 or 0xE2) when it is
    /// a character to escape, else 0.
    private static func escapedLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let count = bytes.count
        if bytes[i] == 0xC2 {
            // U+0080-U+009F: C2 80 - C2 9F.
            return i + 1 < count && bytes[i + 1] <= 0x9F ? 2 : 0
        }
        guard i + 2 < count else { return 0 }
        switch (bytes[i + 1], bytes[i + 2]) {
        case (0x80, 0xA8...0xAE): return 3     // U+2028-U+202E
        case (0x81, 0xA6...0xA9): return 3     // U+2066-U+2069
        default: return 0
        }
    }

    private static func appendUnicodeEscape<Sink: JSONByteSink>(_ scalar: UInt32, to out: inout Sink) {
        out.append(0x5C)
        out.append(UInt8(ascii: "u"))
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int(scalar >> UInt32(shift) & 0xF)])
        }
    }

    /// Bytes that must be escaped: control characters, DEL, `"`, `\\`, and
    /// `<`, `>`, `&` (so the text can sit inside HTML); and the lead bytes
    /// 0xC2 and 0xE2, which start the C1 controls and the bidirectional and
    /// separator characters (``escapedLength(_:at:)`` decides). Comparisons,
    /// not a table: a static table cost a lazy-initialisation check a call.
    @inline(__always) private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x7F || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xC2 || b == 0xE2
    }
}
