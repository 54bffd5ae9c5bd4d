import Testing
@testable import LastCallKit

@Suite struct StringWhitespaceTests {
    @Test(arguments: [
        ("  sorry  ", "sorry"),
        ("\t\r\nsorry\r\n", "sorry"),
        ("a  b", "a  b"),               // inner spaces stay
        ("", ""),
        (" \t\n\r ", ""),
        ("\u{00A0}x\u{00A0}", "\u{00A0}x\u{00A0}"),   // a no-break space is content
        ("  caf\u{E9} ", "caf\u{E9}"),
    ])
    func trimsSpacesTabsAndLineBreaksAtTheEnds(text: String, expected: String) {
        #expect(text.trimmingWhitespace() == expected)
    }

    @Test func aCombiningMarkAfterASpaceIsKept() {
        // " \u{301}" is one Character; trimming by scalars keeps the accent.
        #expect("a \u{301}".trimmingWhitespace() == "a \u{301}")
    }
}
