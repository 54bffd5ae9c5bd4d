import Testing
@testable import LastCallCLI

@Suite struct LastCallCLITests {
    @Test func placeholder() { #expect(Bool(true)) }
}
