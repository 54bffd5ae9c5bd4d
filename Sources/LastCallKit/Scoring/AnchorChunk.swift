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

    /// Appends the chunks of `groups` to `chunks` (each group's
    /// ``blocks(of:)``, in order).
    static func append(groups: [[Int32]], to chunks: inout [AnchorChunk]) {
        for group in groups { append(blocks: blocks(of: group), to: &chunks) }
    }

    /// The chunks of one group as (index, mask): one per 64-id block holding
    /// one of its words, in increasing order. A negative id (only
    /// ``Lexicon/unknown`` can occur) is never in a reply's bitmap, so it
    /// takes no bit; a group left with no word gets one empty chunk and is
    /// never found, as before.
    static func blocks(of group: [Int32]) -> [(index: Int32, mask: UInt64)] {
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
        return masks
    }

    /// Appends one group's chunks, `blocks` as ``blocks(of:)`` makes them.
    static func append(blocks: [(index: Int32, mask: UInt64)], to chunks: inout [AnchorChunk]) {
        let end = Int32(chunks.count + blocks.count)
        for block in blocks { chunks.append(AnchorChunk(index: block.index, groupEnd: end, mask: block.mask)) }
    }

    /// `groups` (indices) ordered by how many chunks each takes
    /// (`chunkCounts`, by index), fewest first; groups of as many chunks keep
    /// their order. A missing group is then found at the cheapest: a
    /// one-chunk group is one load and one `&`. (Ordering by how many phrases
    /// of the bank use a group's words, rarest first, made scoring slower:
    /// 40,996 instructions a reply against 40,842.)
    static func cheapestFirst(_ groups: [Int], chunkCounts: [Int]) -> [Int] {
        groups.sorted { (chunkCounts[$0], $0) < (chunkCounts[$1], $1) }
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
