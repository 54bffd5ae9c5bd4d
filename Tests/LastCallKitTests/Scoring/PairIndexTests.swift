import Testing
@testable import LastCallKit

@Suite struct PairIndexTests {
    @Test func findsThePhrasesOfEachPair() {
        let index = PairIndex([(first: 1, second: 2, phrase: 7), (first: 1, second: 2, phrase: 3), (first: 1, second: 5, phrase: 4),
                               (first: 9, second: 2, phrase: 0)])
        #expect(index.phrases(1, 2) == [3, 7])
        #expect(index.phrases(1, 5) == [4])
        #expect(index.phrases(9, 2) == [0])
        #expect(index.phrases(2, 1) == [])
        #expect(index.phrases(1, -1) == [])
        index.withView { view in
            #expect(view.startsPair(1) && view.startsPair(9))
            #expect(!view.startsPair(2) && !view.startsPair(-1) && !view.startsPair(10_000))
        }
    }

    @Test func holdsManyPairsWithoutLosingAny() {
        var entries: [(first: Int32, second: Int32, phrase: Int32)] = []
        for first in Int32(0)..<60 {
            for second in Int32(0)..<40 where (first * 7 + second) % 3 == 0 { entries.append((first, second, first * 100 + second)) }
        }
        let index = PairIndex(entries)
        for first in Int32(0)..<60 {
            for second in Int32(0)..<40 {
                #expect(index.phrases(first, second) == ((first * 7 + second) % 3 == 0 ? [first * 100 + second] : []))
            }
        }
    }

    @Test func anEmptyIndexFindsNothing() {
        let index = PairIndex([])
        #expect(index.phrases(0, 0) == [])
        index.withView { #expect(!$0.startsPair(0)) }
    }
}
