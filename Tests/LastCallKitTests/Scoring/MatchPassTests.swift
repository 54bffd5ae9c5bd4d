import Testing
@testable import LastCallKit

@Suite struct MatchPassTests {
    @Test func aSortedListIsSearchedAlikeShortOrLong() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 7, 8, 9, 15, 40] {
            for _ in 0..<40 {
                // a list at an offset in a longer one, as the bank's tables sit
                let words = Array(Set((0..<count).map { _ in Int32.random(in: 0..<60, using: &generator) })).sorted()
                let list: [Int32] = [99, 98] + words + [-5]
                list.withUnsafeBufferPointer { buffer in
                    for id in Int32(-1)...Int32(61) {
                        let expected = words.firstIndex(of: id).map { $0 + 2 } ?? -1
                        #expect(MatchPass.index(of: id, in: buffer, 2, 2 + words.count) == expected, "\(id) in \(words)")
                        #expect(MatchPass.contains(buffer, 2, 2 + words.count, id) == (expected >= 0))
                    }
                }
            }
        }
    }
}
