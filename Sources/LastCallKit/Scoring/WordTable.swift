/// The lexicon's words and spelling rewrites keyed by their UTF-8 bytes, so
/// the reader turns a typed word into lexicon ids without building a
/// `String` or hashing one: open addressing over slots that hold each
/// word's ``WordKey`` and ids together, so a look-up that finds its word
/// on the first probe reads one 32-byte slot (one cache line) and compares
/// three integers. (Hashing each byte with FNV-1a and comparing the bytes
/// in a pool cost ~120 instructions a word; this, ~30.) A key that reads as
/// one id also holds that id and what the reader needs of it (its number,
/// whether it starts a clause): the reader's plain-word path takes a token
/// from the slot alone (see ``entry(_:bytes:)``).
struct WordTable: Sendable {
    /// Power-of-two many; a slot of ``Slot/length`` 0 is empty (no key is
    /// empty: the reader never looks one up).
    private var slots: [Slot]
    /// `64 - log2(slots.count)`: the shift that takes a hash's top bits.
    private let shift: UInt64
    /// The bytes past the 16th of the few longer keys, one after another.
    private var longBytes: [UInt8] = []
    /// Per slot, where bytes 16... of its key sit in `longBytes` (read only
    /// for a key longer than 16 bytes, so kept out of the slot).
    private var longStarts: [Int32]
    /// The slots' ids, one slot's after another.
    private var idPool: [Int32] = []

    /// One word or typed form and what it reads as: 32 bytes.
    private struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var idStart: Int32 = 0
        /// The first id (the only one of a key that reads as one id).
        var first: Int32 = 0
        /// The key's length (0: an empty slot); lexicon words are short.
        var length: UInt16 = 0
        var idCount: UInt8 = 0
        /// Whether `first` starts a clause ("but", "because").
        var startsClause = false
        /// ``ReplyToken/Flags`` the key's ending gives a word that reads as
        /// one id (see ``ReplyReader/endingFlags(_:)``), worked out once here.
        var endings: UInt16 = 0
        /// The value of `first` as a number word ("ten"), or -1.
        var number: Int16 = -1
    }

    /// What a key reads as.
    struct Found {
        /// Its ids, as a range of ``id(at:)``.
        var ids: Range<Int>
        /// The flags its ending gives it (none unless it reads as one id).
        var endings: ReplyToken.Flags
    }

    /// What a key reads as, as its slot holds it: for a key of one id
    /// (``idCount`` 1), all a token needs.
    struct Entry {
        /// How many ids the key reads as (a contraction, several).
        var idCount: Int
        /// The first id: the only one when ``idCount`` is 1.
        var first: Int32
        /// The flags its ending gives it (none unless it reads as one id).
        var endings: ReplyToken.Flags
        /// The value of ``first`` as a number word, or -1.
        var number: Int32
        /// Whether ``first`` starts a clause.
        var startsClause: Bool
    }

    /// What the reader knows of one lexicon id besides its word.
    struct IDFacts {
        /// Its value as a number ("ten": 10), or -1.
        var number: Int32 = -1
        /// Whether it starts a clause ("but", "because").
        var startsClause = false
    }

    /// A table holding every word of `lexicon` (as itself) and every typed
    /// form it rewrites (`im` -> `i am`); `facts` are per id (empty: none
    /// known), and a key of one id holds that id's.
    init(lexicon: Lexicon, facts: [IDFacts] = []) {
        var entries: [(String, [Int32])] = []
        for (source, targets) in lexicon.rewriteRules { entries.append((source, targets.map { lexicon.id($0) })) }
        // a word the lexicon knows reads as itself, before any rewrite
        for (id, word) in lexicon.words.enumerated() { entries.append((word, [Int32(id)])) }
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        longStarts = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for (word, ids) in entries where !word.isEmpty {
            Array(word.utf8).withUnsafeBufferPointer { insert($0, ids, facts) }
        }
    }

    private mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ ids: [Int32], _ facts: [IDFacts]) {
        precondition(key.count <= Int(UInt16.max) && ids.count <= Int(UInt8.max), "a lexicon word or rewrite this long")
        let endings = ids.count == 1 ? ReplyReader.endingFlags(key).rawValue : 0
        let first = ids.first ?? Lexicon.unknown
        let known = first >= 0 && Int(first) < facts.count ? facts[Int(first)] : IDFacts()
        let found = slot(of: WordKey(key), key.baseAddress!)
        let wordKey = WordKey(key)
        // (already held, a rewrite of a word the lexicon knows: the word wins)
        let isNew = slots[found.index].length == 0
        slots[found.index] = Slot(head: wordKey.head, tail: wordKey.tail, idStart: Int32(idPool.count), first: first, length: UInt16(key.count),
                                  idCount: UInt8(ids.count), startsClause: known.startsClause, endings: endings, number: Int16(known.number))
        if isNew {
            longStarts[found.index] = Int32(longBytes.count)
            if key.count > 16 { longBytes += key[16...] }
        }
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
                   key.length <= 16 || longBytesEqual(Int(longStarts[index]), bytes + 16, key.length - 16) {
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

    /// What the word `key` of the bytes at `bytes` reads as, straight from
    /// its slot (no id-pool read for a key of one id), or nil when the
    /// table does not hold it.
    @inline(__always) func entry(_ key: WordKey, bytes: UnsafePointer<UInt8>) -> Entry? {
        let found = slot(of: key, bytes).slot
        guard found.length != 0 else { return nil }
        return Entry(idCount: Int(found.idCount), first: found.first, endings: ReplyToken.Flags(rawValue: found.endings),
                     number: Int32(found.number), startsClause: found.startsClause)
    }

    /// What `word` reads as, or nil when the table does not hold it.
    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Found? {
        guard let base = word.baseAddress, !word.isEmpty else { return nil }
        return lookup(WordKey(word), bytes: base)
    }

    /// The id at `index` of the table's id pool.
    @inline(__always) func id(at index: Int) -> Int32 { idPool[index] }
}
