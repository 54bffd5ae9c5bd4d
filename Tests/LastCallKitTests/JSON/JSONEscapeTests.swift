import Testing
@testable import LastCallKit

@Suite struct JSONEscapeTests {
    /// Reads the escape at the start of `text` (a backslash first).
    func read(_ text: String) -> (Result<Unicode.Scalar, JSONEscape.Problem>, index: Int) {
        let bytes = Array(text.utf8)
        var index = 0
        let result = bytes.withUnsafeBufferPointer { bytes in
            Result { () throws(JSONEscape.Problem) in try JSONEscape.read(bytes, at: &index) }
        }
        return (result, index)
    }

    @Test(arguments: [
        (#"\""#, "\"", 2), (#"\\"#, "\\", 2), (#"\/"#, "/", 2), (#"\b"#, "\u{08}", 2), (#"\f"#, "\u{0C}", 2),
        (#"\n"#, "\n", 2), (#"\r"#, "\r", 2), (#"\tx"#, "\t", 2), (#"\u00e9"#, "\u{E9}", 6), (#"\u00E9"#, "\u{E9}", 6),
        (#"\ud83d\ude00 after"#, "\u{1F600}", 12),
    ] as [(String, Unicode.Scalar, Int)])
    func decodesAndStepsPast(text: String, scalar: Unicode.Scalar, end: Int) throws {
        let (result, index) = read(text)
        #expect(try result.get() == scalar)
        #expect(index == end)
    }

    @Test(arguments: [
        (#"\"#, JSONEscape.Problem.truncated), (#"\u12"#, .truncated), (#"\x"#, .unknown), (#"\u12G4"#, .badHexDigit),
        (#"\ud800"#, .unpairedSurrogate), (#"\ud800\u0041"#, .unpairedSurrogate), (#"\udc00"#, .unpairedSurrogate),
    ])
    func refuses(text: String, problem: JSONEscape.Problem) {
        #expect(throws: problem) { try read(text).0.get() }
    }

    /// Both JSON readers read escapes through JSONEscape: the same strings
    /// are taken and refused by the parser and by the reports' line scanner.
    @Test(arguments: [#""a\"b""#, #""\u00e9\n""#, #""\ud83d\ude00""#, #""\x""#, #""\u12G4""#, #""\ud800""#, #""\udc00x""#, #""\"#, #""\u00""#])
    func bothReadersAgree(text: String) {
        let parsed = try? JSONParser.parse(text)
        let bytes = Array(text.utf8)
        let scanned = bytes.withUnsafeBufferPointer { bytes -> String? in
            var scanner = LineScanner(bytes)
            return try? scanner.string()
        }
        #expect((parsed != nil) == (scanned != nil), "\(text)")
        if case .string(let value)? = parsed { #expect(scanned == value) }
    }
}
