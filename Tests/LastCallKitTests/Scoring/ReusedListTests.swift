import Testing
@testable import LastCallKit

@Suite struct ReusedListTests {
    @Test func holdsWhatWasAppendedThroughGrowthAndForgetsItOnRemoveAll() {
        let list = ReusedList<PhraseMatch>(capacity: 4)
        for round in 0..<3 {
            list.removeAll()
            #expect(list.isEmpty)
            for k in 0..<(50 + round) { list.append(PhraseMatch(start: k, end: k + round)) }
            #expect(list.count == 50 + round)
            #expect(list[0] == PhraseMatch(start: 0, end: round))
            #expect(list[49] == PhraseMatch(start: 49, end: 49 + round))
            #expect(Array(list.elements) == (0..<(50 + round)).map { PhraseMatch(start: $0, end: $0 + round) })
        }
        list[3] = PhraseMatch(start: 9, end: 9)
        #expect(list[3] == PhraseMatch(start: 9, end: 9))
    }

    /// Sorted by insertion when short and by the standard library when long,
    /// it gives the order a stable sort of an array gives, equal keys in
    /// their order of appending.
    @Test func sortsStablyAsAnArraySortDoesOnEitherSideOfTheInsertionLimit() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 5, ShortSort.insertionLimit, ShortSort.insertionLimit + 1, 100] {
            let items = (0..<count).map { (key: Int.random(in: 0..<4, using: &generator), order: $0) }
            let list = ReusedList<(key: Int, order: Int)>()
            for item in items { list.append(item) }
            list.sort { $0.key < $1.key }
            let expected = items.sorted { $0.key < $1.key }
            #expect(list.elements.map(\.order) == expected.map(\.order))
        }
    }
}
