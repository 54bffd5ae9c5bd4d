import Testing
@testable import LastCallKit

@Suite struct ScratchListTests {
    @Test func aListOutgrowingItsLentStorageKeepsEveryElementInOrder() {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 3) { storage in
            var list = ScratchList(lending: storage)
            defer { list.release() }
            #expect(list.isEmpty)
            for k in 0..<50 { list.append(k..<(k + 1)) }
            #expect(list.count == 50)
            #expect(Array(list.elements) == (0..<50).map { $0..<($0 + 1) })
            list[7] = 0..<0
            #expect(list[7] == 0..<0 && list[8] == 8..<9)
        }
    }

    @Test func aListThatFitsStaysInItsLentStorage() {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4) { storage in
            var list = ScratchList(lending: storage)
            defer { list.release() }
            for k in 0..<4 { list.append(Int32(k)) }
            #expect(list.base == storage.baseAddress)
            #expect(Array(list.elements) == [0, 1, 2, 3])
        }
    }
}
