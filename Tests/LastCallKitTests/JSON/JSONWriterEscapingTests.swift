import Testing
@testable import LastCallKit

/// The characters JSON allows raw but no output of Last Call may carry raw
/// (C1 controls, bidirectional overrides and isolates, line and paragraph
/// separators) are written as `\uXXXX`; their neighbours are not.
@Suite struct JSONWriterEscapingTests {
    static let escaped: [(UInt32, String)] = [
        (0x80, #"\u0080"#), (0x85, #"\u0085"#), (0x9B, #"\u009b"#), (0x9F, #"\u009f"#),
        (0x2028, #"\u2028"#), (0x2029, #"\u2029"#),
        (0x202A, #"\u202a"#), (0x202B, #"\u202b"#), (0x202C, #"\u202c"#), (0x202D, #"\u202d"#), (0x202E, #"\u202e"#),
        (0x2066, #"\u2066"#), (0x2067, #"\u2067"#), (0x2068, #"\u2068"#), (0x2069, #"\u2069"#),
        (0x1B, #"\u001b"#), (0x7F, #"\u007f"#), (0x3C, #"\u003c"#),
    ]

    func json(_ text: String) -> String { JSONValue.string(text).jsonText }

    @Test(arguments: escaped)
    func unsafeCharactersAreEscaped(scalar: UInt32, escape: String) throws {
        let character = String(Character(Unicode.Scalar(scalar)!))
        let text = "a" + character + "b" + character
        #expect(json(text) == "\"a\(escape)b\(escape)\"")
        #expect(try JSONParser.parse(json(text)) == .string(text))
    }

    @Test(arguments: [0xA0, 0xE9, 0x2027, 0x202F, 0x2065, 0x206A, 0x201C, 0x2014, 0x20AC, 0x1F600] as [UInt32])
    func neighboursStayAsTheyAre(scalar: UInt32) throws {
        let text = "x" + String(Character(Unicode.Scalar(scalar)!)) + "y"
        #expect(json(text) == "\"\(text)\"")
    }

    @Test func theStreamingWriterEscapesTheSame() {
        let text = "\u{9B}31m \u{202E}olleh\u{2069} é at the end\u{85}"
        var bytes: [UInt8] = []
        JSONWriter.writeString(text, into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""\u009b31m \u202eolleh\u2069 é at the end\u0085""#)
    }

    /// The escaping rules one scalar at a time: the slow reference the
    /// writer's eight-bytes-at-a-time path is held to.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20, 0x7F, 0x3C, 0x3E, 0x26, 0x80...0x9F, 0x2028...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func everyKindOfCharacterAtEveryOffsetOfARunIsEscapedAsOneAtATime() {
        let kinds = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", " ", "~", "\u{7F}", "<", ">", "&", "=", "?",
                     "\u{85}", "\u{A0}", "\u{2028}", "\u{202E}", "\u{2069}", "\u{2019}", "\u{2026}", "é", "\u{1F600}"]
        for kind in kinds {
            for offset in 0..<20 {
                for tail in [0, 1, 7, 8, 9, 23] {
                    let text = String(repeating: "a", count: offset) + kind + String(repeating: "b", count: tail) + kind
                    var bytes: [UInt8] = []
                    JSONWriter.writeString(text, into: &bytes)
                    #expect(String(decoding: bytes, as: UTF8.self) == Self.reference(text), "\(kind.unicodeScalars.map(\.value)) at \(offset)")
                }
            }
        }
    }

    @Test func aLeadByteAtTheVeryEndIsCopied() {
        // "…" is E2 80 A6: not one to escape, and its lead byte is E2.
        #expect(json("…") == "\"…\"")
        #expect(json("\u{C2}") == "\"\u{C2}\"")
    }
}
