import Testing
@testable import LastCallKit

/// `JSONWriter.appendValidString(bytes:to:)`, which `score --jsonl` writes
/// each reply with: it checks the bytes as it escapes them, so it must give
/// exactly the text of the plain writer on well-formed UTF-8 and refuse
/// exactly what ``UTF8Decoding`` refuses.
@Suite struct JSONWriterCheckingTests {
    /// The checking writer's text and verdict for `bytes`.
    static func checked(_ bytes: [UInt8]) -> (text: [UInt8], isValid: Bool) {
        var out: [UInt8] = []
        let isValid = bytes.withUnsafeBufferPointer { JSONWriter.appendValidString(bytes: $0, to: &out) }
        return (out, isValid)
    }

    @Test func wellFormedTextGivesThePlainWritersText() {
        let kinds = ["\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{1F}", " ", "\u{7F}", "<", ">", "&", "=",
                     "\u{85}", "\u{9F}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}",
                     "\u{2019}", "\u{2026}", "é", "\u{FFFD}", "\u{1F600}", "\u{10FFFF}"]
        for kind in kinds {
            for offset in 0..<18 {
                for tail in [0, 1, 6, 7, 8, 9, 17] {
                    let text = String(repeating: "a", count: offset) + kind + String(repeating: "b", count: tail) + kind + kind
                    let result = Self.checked(Array(text.utf8))
                    #expect(result.isValid, "\(kind.unicodeScalars.map(\.value)) at \(offset)")
                    #expect(String(decoding: result.text, as: UTF8.self) == JSONWriterEscapingTests.reference(text),
                            "\(kind.unicodeScalars.map(\.value)) at \(offset), \(tail) after")
                }
            }
        }
    }

    @Test func everyIllFormedSequenceIsRefusedAtEveryOffset() {
        let bad: [[UInt8]] = [[0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
                              [0xE2, 0x80], [0xE2, 0x41, 0x82], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF]]
        let plain = Array("I'll call you back by 4pm today".utf8)
        let hostile = Array("\"\\<\u{1B}é\u{2028}&>\n".utf8)
        for sequence in bad {
            for around in [plain, hostile] {
                for offset in 0...around.count {
                    let bytes = Array(around[..<offset]) + sequence + Array(around[offset...])
                    #expect(!Self.checked(bytes).isValid, "\(sequence) at \(offset)")
                    #expect(!UTF8Decoding.isValid(bytes))
                }
            }
        }
    }

    @Test func agreesWithTheDecoderOnEveryTwoByteInputAfterEachPrefix() {
        // prefixes of 0, 7 and 8 bytes put the pair before, across and after
        // the writer's eight-byte steps
        for prefix in [[], Array("abcdefg".utf8), Array("abcdefgh".utf8)] as [[UInt8]] {
            var disagreements: [[UInt8]] = []
            for pair in 0...0xFFFF {
                let bytes = prefix + [UInt8(pair >> 8), UInt8(pair & 0xFF)] + Array("xyz".utf8)
                let result = Self.checked(bytes)
                if result.isValid != UTF8Decoding.isValid(bytes) { disagreements.append(bytes) }
                if result.isValid {
                    var plain: [UInt8] = []
                    bytes.withUnsafeBufferPointer { JSONWriter.writeString(bytes: $0, into: &plain) }
                    if plain != result.text { disagreements.append(bytes) }
                }
            }
            #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        }
    }

    @Test func anEmptyStringIsTwoQuotes() {
        let result = Self.checked([])
        #expect(result.isValid)
        #expect(result.text == Array(#""""#.utf8))
    }
}
