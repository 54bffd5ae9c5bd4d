/// Makes user text safe to print on a terminal (and, through the exporters
/// that call it, in CSV cells and HTML).
public enum TerminalText {
    /// Replaces control characters (C0 except tab and line feed, DEL, C1),
    /// the bidirectional overrides and isolates (U+202A-U+202E,
    /// U+2066-U+2069) and the Unicode line and paragraph separators with
    /// visible `\u{..}`-style escapes, so that text from a file or a reply
    /// can never move the cursor, change colours, retitle the window or
    /// make the text after it read backwards.
    public static func inert(_ text: String) -> String {
        escaped(text, keepsLines: true)
    }

    /// `inert`, and a line feed or tab shown as an escape too: for text
    /// that must stay on one line, such as a table cell or a heading, where
    /// a hand-edited name with a line break in it would break the table.
    public static func cell(_ text: String) -> String {
        escaped(text, keepsLines: false)
    }

    private static func escaped(_ text: String, keepsLines: Bool) -> String {
        // Every character to escape starts with a byte below 0x20, 0x7F,
        // 0xC2 (C1) or 0xE2 (U+2000-U+2FFF): plain text is returned as is.
        var needsWork = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
            if keepsLines, byte == 0x09 || byte == 0x0A { continue }
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if keepsLines, v == 0x09 || v == 0x0A {
                out.append(scalar)
            } else if isUnsafe(v) {
                let hex = String(v, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the scalar `v` is one no output may carry raw: a C0 or C1
    /// control, DEL, a bidirectional override or isolate, or a line or
    /// paragraph separator.
    public static func isUnsafe(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x2028 || v == 0x2029
    }
}
