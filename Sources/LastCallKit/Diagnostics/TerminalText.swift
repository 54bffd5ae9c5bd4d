/// Makes user text safe to print on a terminal.
public enum TerminalText {
    /// Replaces control characters (C0 except tab and line feed, DEL, C1)
    /// with visible `\u{..}`-style escapes so that text from a file or a
    /// reply can never move the cursor, change colours or retitle the window.
    public static func inert(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte < 0x20 && byte != 0x09 && byte != 0x0A || byte == 0x7F || byte == 0xC2 {
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F || (0x80...0x9F).contains(v) {
                let hex = String(v, radix: 16, uppercase: true)
                out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
