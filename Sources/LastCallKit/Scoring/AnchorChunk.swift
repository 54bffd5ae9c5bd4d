/// One piece of a phrase's anchor group (see ``PhraseAnchors``) laid out
/// like the bitmap ``ReplyText/present`` keeps of a reply's words: a mask
/// over one 64-bit word of it. A group has a word in the reply when one of
/// its chunks' masks meets the reply's bits at the chunk's index.
///
/// Why: the matcher checks a phrase's anchors the first time it would try
/// the phrase in a reply, and checking a long group word by word (a choice
/// of thirty adjectives) cost about 4,000 instructions a reply. Words
/// interned together have neighbouring ids, so such a group takes a few
/// chunks, each one load and one `&`.
struct AnchorChunk: Sendable, Equatable {
    /// The index of the chunk's 64-bit word of the bitmap (word id >> 6).
    var index: Int32
    /// Where the chunk's group ends among the chunks (exclusive): the same
    /// for every chunk of one group.
    var groupEnd: Int32
    /// Bit `id & 63` set for each word of the group at ``index``.
    var mask: UInt64

    /// Appends the chunks of `groups` to `chunks`: per group, one chunk per
    /// 64-id block holding one of its words, in increasing order. A
    /// negative id (only ``Lexicon/unknown`` can occur) is never in a
    /// reply's bitmap, so it takes no bit; a group left with no word gets
    /// one empty chunk and is never found, as before.
    static func append(groups: [[Int32]], to chunks: inout [AnchorChunk]) {
        for group in groups {
            // a short list of blocks, not a dictionary per group (start-up)
            var masks: [(index: Int32, mask: UInt64)] = []
            for id in group where id >= 0 {
                let bit: UInt64 = 1 << UInt64(id & 63)
                if masks.last?.index == id >> 6 {
                    masks[masks.count - 1].mask |= bit
                } else if let k = masks.firstIndex(where: { $0.index == id >> 6 }) {
                    masks[k].mask |= bit
                } else {
                    masks.append((id >> 6, bit))
                }
            }
            if masks.isEmpty { masks.append((0, 0)) }
            masks.sort { $0.index < $1.index }
            let end = Int32(chunks.count + masks.count)
            for block in masks { chunks.append(AnchorChunk(index: block.index, groupEnd: end, mask: block.mask)) }
        }
    }

    /// `groups` ordered by how many chunks each takes, fewest first (stably:
    /// groups of as many chunks keep their order). A missing group is then
    /// found at the cheapest: a one-chunk group is one load and one `&`.
    static func cheapestFirst(_ groups: [[Int32]]) -> [[Int32]] {
        func chunkCount(_ group: [Int32]) -> Int {
            var blocks: [Int32] = []
            for id in group where id >= 0 && !blocks.contains(id >> 6) { blocks.append(id >> 6) }
            return max(blocks.count, 1)
        }
        let counts = groups.map(chunkCount)
        return groups.indices.sorted { (counts[$0], $0) < (counts[$1], $1) }.map { groups[$0] }
    }

    /// Whether every group of `chunks[start..<end]` (whole groups, as
    /// ``append(groups:to:)`` made them) has a word whose bit is set in
    /// `present`, a reply's bitmap of words.
    @inline(__always) static func allGroupsPresent(_ chunks: UnsafeBufferPointer<AnchorChunk>, _ start: Int, _ end: Int,
                                                   in present: UnsafeBufferPointer<UInt64>) -> Bool {
        var k = start
        while k < end {
            let groupEnd = Int(chunks[k].groupEnd)
            // the group's chunks until one meets the reply's bits
            while true {
                let chunk = chunks[k]
                let index = Int(chunk.index)
                if index < present.count, present[index] & chunk.mask != 0 { break }
                k += 1
                if k == groupEnd { return false }
            }
            k = groupEnd
        }
        return true
    }
}
