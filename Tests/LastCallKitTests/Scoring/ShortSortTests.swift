import Testing
@testable import LastCallKit

@Suite struct ShortSortTests {
    /// Pairs sorted by their first value only, so equal keys show whether
    /// the order of equal elements is kept (the second value is the original place).
    static func sortedBothWays(_ keys: [Int]) -> (short: [(Int, Int)], standard: [(Int, Int)]) {
        var list = keys.enumerated().map { ($0.element, $0.offset) }
        var reference = list
        ShortSort.sort(&list) { $0.0 < $1.0 }
        reference.sort { $0.0 < $1.0 }
        return (list, reference)
    }

    @Test func givesTheStandardSortsOrderIncludingEqualKeys() {
        var generator = SystemRandomNumberGenerator()
        // short lists (by insertion) and long ones (the standard sort), few distinct keys
        for count in [0, 1, 2, 3, 7, 16, 31, 32, 33, 64, 500] {
            for _ in 0..<20 {
                let keys = (0..<count).map { _ in Int.random(in: 0..<5, using: &generator) }
                let (short, standard) = Self.sortedBothWays(keys)
                #expect(short.map(\.0) == standard.map(\.0) && short.map(\.1) == standard.map(\.1), "keys \(keys)")
                #expect(zip(short, short.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
            }
        }
    }

    @Test func sortsAReversedListByInsertion() {
        var list = Array((0..<ShortSort.insertionLimit).reversed())
        ShortSort.sort(&list, by: <)
        #expect(list == Array(0..<ShortSort.insertionLimit))
    }
}
