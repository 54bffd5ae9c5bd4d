import Testing
@testable import LastCallCLI

@Suite struct TextWrapTests {
    @Test func wrapsAtWordsWithIndents() {
        let text = "Dana: This is the third time I have called about the very same desk order"
        #expect(TextWrap.wrap(text, width: 30, indent: "   ") == """
        Dana: This is the third time I
           have called about the very
           same desk order
        """)
        #expect(TextWrap.wrap("one two", width: 30, firstIndent: "  ", indent: "  ") == "  one two")
    }

    @Test func keepsLineBreaksAndSplitsOverlongWords() {
        #expect(TextWrap.wrap("a\nb", width: 30) == "a\nb")
        let long = String(repeating: "x", count: 45)
        let wrapped = TextWrap.wrap(long, width: 20)
        #expect(wrapped.split(separator: "\n").map(\.count) == [20, 20, 5])
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = (1...200).map { "word\($0)" }.joined(separator: " ")
        for width in [20, 33, 80] {
            #expect(TextWrap.wrap(text, width: width, indent: "    ").split(separator: "\n").allSatisfy { $0.count <= width })
        }
    }
}
