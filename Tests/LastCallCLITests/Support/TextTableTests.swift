import Testing
@testable import LastCallCLI

@Suite struct TextTableTests {
    @Test func alignsColumnsToTheWidestCellAndLeavesTheLastUnpadded() {
        let text = TextTable.render(header: ["id", "title", "level"], rows: [["late-order", "Late", "2"], ["a", "A much longer title", "5"]],
                                    style: Style(isEnabled: false))
        #expect(text == """
        id          title                level
        late-order  Late                 2
        a           A much longer title  5

        """)
    }

    @Test func theHeaderIsBoldWhenStylingIsOn() {
        let text = TextTable.render(header: ["a", "b"], rows: [], style: Style(isEnabled: true))
        #expect(text == "\u{1B}[1ma  b\u{1B}[0m\n")
    }
}
