import Testing
@testable import LastCallCLI

/// Packing report items into lines: measured on the plain text, written
/// styled, an item wider than a line alone on its line.
@Suite struct ReportCommandStackedTests {
    @Test func colourNeverCountsTowardsTheWidth() {
        let style = Style(isEnabled: true)
        let items = ["apology 50/50", "ownership 0/0", "time-frame -/-"].map { ($0, style.bad($0)) }
        let packed = ReportCommand.pack(items, width: 31, firstIndent: "  ", indent: "  ", separator: "  ")
        #expect(packed == "  " + style.bad("apology 50/50") + "  " + style.bad("ownership 0/0") + "\n  " + style.bad("time-frame -/-"))
    }

    @Test func anItemWiderThanALineHasALineToItself() {
        let packed = ReportCommand.pack(ReportCommand.words("to alexandra-long-name-trainee now"), width: 12, indent: "  ")
        #expect(packed == "to\n  alexandra-long-name-trainee\n  now")
    }
}
