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

    // Packing items (report cells, end card words): measured on the plain
    // text, written styled, an item wider than a line alone on its line.

    @Test func colourNeverCountsTowardsTheWidth() {
        let style = Style(isEnabled: true)
        let items = ["apology 50/50", "ownership 0/0", "time-frame -/-"].map { ($0, style.bad($0)) }
        let packed = TextWrap.pack(items, width: 31, firstIndent: "  ", indent: "  ", separator: "  ")
        #expect(packed == "  " + style.bad("apology 50/50") + "  " + style.bad("ownership 0/0") + "\n  " + style.bad("time-frame -/-"))
    }

    @Test func anItemWiderThanALineHasALineToItself() {
        let packed = TextWrap.pack(TextWrap.words("to alexandra-long-name-trainee now"), width: 12, indent: "  ")
        #expect(packed == "to\n  alexandra-long-name-trainee\n  now")
    }
}
