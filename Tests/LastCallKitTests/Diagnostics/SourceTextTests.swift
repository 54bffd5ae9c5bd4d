import Testing
@testable import LastCallKit

@Suite struct SourceTextTests {
    @Test func splitsOnEveryLineBreak() {
        let text = SourceText("a\r\nb\nc\rd")
        #expect(text.line(1) == "a")
        #expect(text.line(2) == "b")
        #expect(text.line(4) == "d")
        #expect(text.line(5) == nil)
    }
}
