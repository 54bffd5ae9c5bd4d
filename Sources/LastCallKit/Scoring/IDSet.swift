/// A set of lexicon ids as a bitmap: `contains` is one load and a mask,
/// with no hashing (what `Set<Int32>` costs on every word of a reply).
struct IDSet: Sendable {
    private let bits: [UInt64]
    /// Negative members (only ``Lexicon/unknown`` can occur), kept exactly.
    private let negatives: [Int32]

    init(_ set: Set<Int32>) {
        let maximum = set.max() ?? -1
        var bits = [UInt64](repeating: 0, count: maximum >= 0 ? Int(maximum) / 64 + 1 : 0)
        for id in set where id >= 0 { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        self.bits = bits
        negatives = set.filter { $0 < 0 }.sorted()
    }

    /// An id at or past this is not in the set.
    var idLimit: Int { bits.count * 64 }

    @inline(__always) func contains(_ id: Int32) -> Bool {
        if id < 0 { return !negatives.isEmpty && negatives.contains(id) }
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}

extension Lexicon {
    /// ``ids(_:)`` as an ``IDSet``.
    func idSet(_ list: String) -> IDSet { IDSet(ids(list)) }
}
