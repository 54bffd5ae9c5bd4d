import Testing
@testable import LastCallKit

@Suite struct AnchorChunkTests {
    /// The word-by-word reading the chunks replace: every group has a word set in `present`.
    static func referenceAllPresent(_ groups: [[Int32]], _ present: [UInt64]) -> Bool {
        groups.allSatisfy { group in
            group.contains { id in id >= 0 && Int(id) >> 6 < present.count && present[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0 }
        }
    }

    static func chunksSayAllPresent(_ groups: [[Int32]], _ present: [UInt64]) -> Bool {
        var chunks: [AnchorChunk] = []
        AnchorChunk.append(groups: groups, to: &chunks)
        return chunks.withUnsafeBufferPointer { chunks in
            present.withUnsafeBufferPointer { AnchorChunk.allGroupsPresent(chunks, 0, chunks.count, in: $0) }
        }
    }

    @Test func aGroupTakesOneChunkPerBlockOfSixtyFourIDs() {
        var chunks: [AnchorChunk] = []
        AnchorChunk.append(groups: [[3], [70, 5, 64, 127]], to: &chunks)
        #expect(chunks == [AnchorChunk(index: 0, groupEnd: 1, mask: 1 << 3),
                           AnchorChunk(index: 0, groupEnd: 3, mask: 1 << 5),
                           AnchorChunk(index: 1, groupEnd: 3, mask: 1 << 0 | 1 << 6 | 1 << 63)])
    }

    @Test func aGroupOfOnlyTheUnknownWordIsNeverFound() {
        #expect(!Self.chunksSayAllPresent([[Lexicon.unknown]], [UInt64.max]))
        #expect(Self.chunksSayAllPresent([], []))
    }

    @Test func agreesWithReadingEachWordOnRandomGroupsAndReplies() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // ids up to 300 against a bitmap of 0 to 5 words: some ids beyond it
            let groups: [[Int32]] = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                (0..<Int.random(in: 1...40, using: &generator)).map { _ in Int32.random(in: -1...300, using: &generator) }
            }
            let present: [UInt64] = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                // sparse bits, as a reply's few words make
                (0..<3).reduce(UInt64(0)) { bits, _ in bits | 1 << UInt64.random(in: 0..<64, using: &generator) }
            }
            #expect(Self.chunksSayAllPresent(groups, present) == Self.referenceAllPresent(groups, present), "groups \(groups), present \(present)")
        }
    }

    @Test func theCheapestGroupsComeFirstInTheirOrder() {
        // chunks: [64, 1] two, [5] one, [2, 3] one, [70, 200, 300] three
        let groups: [[Int32]] = [[1, 64], [5], [70, 200, 300], [2, 3], [Lexicon.unknown]]
        let counts = groups.map { AnchorChunk.blocks(of: $0).count }
        #expect(counts == [2, 1, 3, 1, 1])
        #expect(AnchorChunk.cheapestFirst(Array(groups.indices), chunkCounts: counts).map { groups[$0] }
            == [[5], [2, 3], [Lexicon.unknown], [1, 64], [70, 200, 300]])
        #expect(AnchorChunk.cheapestFirst([3, 0], chunkCounts: counts) == [3, 0])
        #expect(AnchorChunk.cheapestFirst([], chunkCounts: counts) == [])
    }
}
