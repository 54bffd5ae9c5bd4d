import Testing
@testable import LastCallKit

@Suite struct WordMatcherTests {
    @Test(arguments: [
        ("I want a REFUND now", "refund", true),
        ("refunds please", "refund", false),
        ("Can I speak to your manager?", "your manager", true),
        ("your  Manager,please", "your manager", true),
        ("I'll call", "i'll", true),
        ("I\u{2019}ll call", "i'll", true),
        ("", "refund", false),
    ])
    func matchesWholeWords(text: String, phrase: String, expected: Bool) {
        #expect(WordMatcher.contains(text, phrase: phrase) == expected)
    }
}
