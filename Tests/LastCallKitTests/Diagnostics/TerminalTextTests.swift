import Testing
@testable import LastCallKit

@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("red\u{1B}[31m", #"red\u{1B}[31m"#),
        ("csi\u{9B}2J", #"csi\u{9B}2J"#),
        ("abc\u{202E}fed", #"abc\u{202E}fed"#),
        ("\u{2066}iso\u{2069}", #"\u{2066}iso\u{2069}"#),
        ("line\u{2028}sep", #"line\u{2028}sep"#),
        ("del\u{7F}", #"del\u{7F}"#),
        ("two\nlines\tand tab", "two\nlines\tand tab"),
        ("“curly” é …", "“curly” é …"),
    ])
    func inertShowsControlAndBidiCharactersAndKeepsLines(text: String, shown: String) {
        #expect(TerminalText.inert(text) == shown)
    }

    @Test func aCellStaysOnOneLine() {
        #expect(TerminalText.cell("ana\nbob\tx\r") == #"ana\u{A}bob\u{9}x\u{D}"#)
        #expect(TerminalText.cell("plain name") == "plain name")
        #expect(TerminalText.cell("a\u{202E}b") == #"a\u{202E}b"#)
    }
}
