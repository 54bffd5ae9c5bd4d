import Testing
@testable import LastCallKit

@Suite struct JSONWriterTests {
    func written(_ text: String) -> String {
        var out = ""
        JSONWriter.writeString(text, into: &out)
        return out
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{0}\u{1}\u{1F}\u{7F}", #""\u0000\u0001\u001f\u007f""#),
        ("\u{1B}[31m", #""\u001b[31m""#),
        ("<b>&amp;</b>", #""\u003cb\u003e\u0026amp;\u003c/b\u003e""#),
        ("caf\u{E9} \u{1F600}", "\"caf\u{E9} \u{1F600}\""),
    ])
    func escapesWhatJSONAndHTMLNeedAndKeepsTheRest(text: String, json: String) {
        #expect(written(text) == json)
    }

    @Test func theByteWritersMatchTheStringWriter() {
        for text in ["plain", "a\"b\\c\n", "<&>", "\u{1B}\u{7F}", "caf\u{E9}", ""] {
            var bytes: [UInt8] = []
            JSONWriter.writeString(text, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == written(text))
            var fromBuffer: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer { JSONWriter.writeString(bytes: $0, into: &fromBuffer) }
            #expect(fromBuffer == bytes)
        }
    }

    @Test(arguments: [
        (1.0, "1"), (-3.0, "-3"), (0.5, "0.5"), (1e15, "1000000000000000.0"), (1e20, "1e+20"), (Double.nan, "null"), (Double.infinity, "null"), (-Double.infinity, "null"),
    ])
    func numbersAreValidJSONWithoutATrailingPointZero(value: Double, text: String) {
        #expect(JSONWriter.formatDouble(value) == text)
    }

    @Test func aValueAppendsToWhatIsAlreadyThere() {
        var out = "x="
        JSONWriter.write(.array([.null, .bool(false)]), into: &out, pretty: false, indent: 0)
        #expect(out == "x=[null,false]")
    }
}
