/// The lexicon's words and spelling rewrites keyed by their UTF-8 bytes, so
/// the reader turns a typed word into lexicon ids without building a
/// `String` or hashing one: an open-addressing table over one byte pool.
struct WordTable: Sendable {
    private var pool: [UInt8] = []
    /// Per entry: where its key sits in `pool`, and its ids in `idPool`
    /// (together, so a lookup reads one cache line for them).
    private var entries: [Entry] = []
    private var idPool: [Int32] = []
    /// Entry index + 1 per slot (0: empty); a power-of-two count.
    private var slots: [Int32]
    private let mask: Int

    private struct Entry {
        var keyStart: Int32
        var keyLength: Int32
        var idStart: Int32
        var idCount: Int32
    }

    /// A table holding every word of `lexicon` (as itself) and every typed
    /// form it rewrites (`im` -> `i am`).
    init(lexicon: Lexicon) {
        var entries: [(String, [Int32])] = []
        for (source, targets) in lexicon.rewriteRules { entries.append((source, targets.map { lexicon.id($0) })) }
        // a word the lexicon knows reads as itself, before any rewrite
        for (id, word) in lexicon.words.enumerated() { entries.append((word, [Int32(id)])) }
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for (word, ids) in entries { insert(Array(word.utf8), ids) }
    }

    /// FNV-1a of `key`, its high bits folded into the low ones (a table
    /// takes the low bits).
    @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    private mutating func insert(_ key: [UInt8], _ ids: [Int32]) {
        let h = key.withUnsafeBufferPointer { WordTable.hash($0) }
        var slot = h & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot] - 1)
            if equals(entry, key) {
                entries[entry].idStart = Int32(idPool.count); entries[entry].idCount = Int32(ids.count); idPool += ids
                return
            }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(keyStart: Int32(pool.count), keyLength: Int32(key.count), idStart: Int32(idPool.count), idCount: Int32(ids.count)))
        pool += key
        idPool += ids
        slots[slot] = Int32(entries.count)
    }

    private func equals(_ entry: Int, _ key: [UInt8]) -> Bool {
        guard Int(entries[entry].keyLength) == key.count else { return false }
        let start = Int(entries[entry].keyStart)
        for k in 0..<key.count where pool[start + k] != key[k] { return false }
        return true
    }

    /// The ids `key` stands for, as a range of ``ids(_:)``, or nil when the
    /// table does not hold it.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                pool.withUnsafeBufferPointer { pool in
                    var slot = WordTable.hash(key) & mask
                    while true {
                        let stored = Int(slots[slot])
                        if stored == 0 { return nil }
                        let entry = entries[stored - 1]
                        if Int(entry.keyLength) == key.count {
                            let start = Int(entry.keyStart)
                            var same = true
                            for k in 0..<key.count where pool[start + k] != key[k] { same = false; break }
                            if same { return Int(entry.idStart)..<Int(entry.idStart + entry.idCount) }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The id at `index` of the table's id pool.
    @inline(__always) func id(at index: Int) -> Int32 { idPool[index] }
}
