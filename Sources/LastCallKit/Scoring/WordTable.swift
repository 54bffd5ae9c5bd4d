/// The lexicon's words and spelling rewrites keyed by their UTF-8 bytes, so
/// the reader turns a typed word into lexicon ids without building a
/// `String` or hashing one: open addressing over slots that hold each
/// word's ``WordKey`` and ids together, so a look-up that finds its word
/// on the first probe reads one 32-byte slot (one cache line) and compares
/// three integers. (Hashing each byte with FNV-1a and comparing the bytes
/// in a pool cost ~120 instructions a word; this, ~30.)
struct WordTable: Sendable {
    /// Power-of-two many; a slot of ``Slot/length`` 0 is empty (no key is
    /// empty: the reader never looks one up).
    private var slots: [Slot]
    /// `64 - log2(slots.count)`: the shift that takes a hash's top bits.
    private let shift: UInt64
    /// The bytes past the 16th of the few longer keys, one after another.
    private var longBytes: [UInt8] = []
    /// The slots' ids, one slot's after another.
    private var idPool: [Int32] = []

    /// One word or typed form and what it reads as.
    private struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length: Int32 = 0
        /// Where bytes 16... of a longer key sit in `longBytes`.
        var longStart: Int32 = 0
        var idStart: Int32 = 0
        var idCount: UInt16 = 0
        /// ``ReplyToken/Flags`` the key's ending gives a word that reads as
        /// one id (see ``ReplyReader/endingFlags(_:)``), worked out once here.
        var endings: UInt16 = 0
    }

    /// What a key reads as.
    struct Found {
        /// Its ids, as a range of ``id(at:)``.
        var ids: Range<Int>
        /// The flags its ending gives it (none unless it reads as one id).
        var endings: ReplyToken.Flags
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
        slots = [Slot](repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (word, ids) in entries where !word.isEmpty {
            Array(word.utf8).withUnsafeBufferPointer { insert($0, ids) }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ ids: [Int32]) {
        let endings = ids.count == 1 ? ReplyReader.endingFlags(key).rawValue : 0
        let found = slot(of: WordKey(key), key.baseAddress!)
        if slots[found.index].length != 0 {
            // already held (a rewrite of a word the lexicon knows): the word wins
            slots[found.index].idStart = Int32(idPool.count)
            slots[found.index].idCount = UInt16(ids.count)
            slots[found.index].endings = endings
            idPool += ids
            return
        }
        let wordKey = WordKey(key)
        slots[found.index] = Slot(head: wordKey.head, tail: wordKey.tail, length: Int32(key.count), longStart: Int32(longBytes.count),
                                  idStart: Int32(idPool.count), idCount: UInt16(ids.count), endings: endings)
        if key.count > 16 { longBytes += key[16...] }
        idPool += ids
    }

    /// The slot holding `key` (whose bytes are at `bytes`), or the empty
    /// slot where it would go.
    @inline(__always) private func slot(of key: WordKey, _ bytes: UnsafePointer<UInt8>) -> (index: Int, slot: Slot) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = key.slot(shift: shift)
            while true {
                let slot = slots[index]
                if slot.length == 0 { return (index, slot) }
                if slot.head == key.head, slot.tail == key.tail, Int(slot.length) == key.length,
                   key.length <= 16 || longBytesEqual(Int(slot.longStart), bytes + 16, key.length - 16) {
                    return (index, slot)
                }
                index = (index + 1) & mask
            }
        }
    }

    private func longBytesEqual(_ start: Int, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        longBytes.withUnsafeBufferPointer { pool in
            for k in 0..<count where pool[start + k] != bytes[k] { return false }
            return true
        }
    }

    /// What the word `key` of the bytes at `bytes` reads as, or nil when the
    /// table does not hold it.
    @inline(__always) func lookup(_ key: WordKey, bytes: UnsafePointer<UInt8>) -> Found? {
        let found = slot(of: key, bytes).slot
        guard found.length != 0 else { return nil }
        return Found(ids: Int(found.idStart)..<Int(found.idStart) + Int(found.idCount), endings: ReplyToken.Flags(rawValue: found.endings))
    }

    /// What `word` reads as, or nil when the table does not hold it.
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Found? {
        guard let base = word.baseAddress, !word.isEmpty else { return nil }
        return lookup(WordKey(word), bytes: base)
    }

    /// The id at `index` of the table's id pool.
    @inline(__always) func id(at index: Int) -> Int32 { idPool[index] }
}
