import Testing
@testable import LastCallCLI

@Suite struct StyleTests {
    @Test func escapesOnlyWhenEnabled() {
        let on = Style(isEnabled: true), off = Style(isEnabled: false)
        #expect(on.bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(on.dim("x") == "\u{1B}[2mx\u{1B}[0m")
        #expect(on.good("x") == "\u{1B}[32mx\u{1B}[0m")
        #expect(on.bad("x") == "\u{1B}[31mx\u{1B}[0m")
        #expect(on.warn("x") == "\u{1B}[33mx\u{1B}[0m")
        #expect(on.customer("x") == "\u{1B}[36mx\u{1B}[0m")
        for styled in [off.bold("x"), off.dim("x"), off.good("x"), off.bad("x"), off.warn("x"), off.customer("x")] {
            #expect(styled == "x")
        }
    }
}
