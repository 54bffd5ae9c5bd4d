import Testing
@testable import LastCallCLI

@Suite struct TraineeIDTests {
    @Test(arguments: ["sam", "Sam.Lee", "csr_042", "a-b", String(repeating: "x", count: 64)])
    func acceptsPlainIDs(id: String) { #expect(TraineeID.isValid(id)) }

    @Test(arguments: ["", ".", "..", "../etc", "sam lee", "sam/lee", "séverine", "=cmd|", "<b>", String(repeating: "x", count: 65), "a\u{1B}b"])
    func refusesAnythingElse(id: String) { #expect(!TraineeID.isValid(id)) }
}
