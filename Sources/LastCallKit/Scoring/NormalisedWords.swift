extension ReplyReader {
    /// What ``Lexicon/normalise(_:)`` made of the unknown typed words seen so
    /// far (their ids, and whether a possessive `'s` was dropped), so a
    /// session reading many replies works each one out once. Keyed by the
    /// typed bytes (hashed as a ``WordKey``) in an open-addressing table over
    /// one byte pool, so a look-up builds no array and no `String`. Holds
    /// up to ``limit`` words, then starts again.
    struct NormalisedWords {
        /// The most words held at once.
        static let limit = 4096

        /// The words' bytes, one after another.
        private var pool: [UInt8] = []
        /// The words' ids, one word's after another.
        private var idPool: [Int32] = []
        private var entries: [Entry] = []
        /// Entry index + 1 per slot (0: empty): twice ``limit`` slots, made
        /// at the first insert (a reader of one reply may never need them).
        private var slots: [Int32] = []

        private struct Entry {
            /// The word's ``WordKey`` (its length is `keyLength`).
            var head: UInt64
            var tail: UInt64
            var keyStart: Int32
            var keyLength: Int32
            var idStart: Int32
            var idCount: Int32
            var possessive: Bool
        }

        /// How many words are held.
        var count: Int { entries.count }

        /// What `word` normalised to, its ids as a range of ``id(at:)``, or
        /// nil when it has not been seen (since the last start again).
        func lookup(_ word: UnsafeBufferPointer<UInt8>) -> (ids: Range<Int>, possessive: Bool)? {
            guard let base = word.baseAddress else { return nil }
            return lookup(WordKey(word), bytes: base)
        }

        /// ``lookup(_:)`` of the word `key` of the bytes at `bytes`: its key
        /// compared as integers, and only bytes past the 16th one by one.
        func lookup(_ key: WordKey, bytes: UnsafePointer<UInt8>) -> (ids: Range<Int>, possessive: Bool)? {
            guard !slots.isEmpty else { return nil }
            return slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    pool.withUnsafeBufferPointer { pool in
                        var slot = key.slot(shift: UInt64(64 - slots.count.trailingZeroBitCount))
                        while true {
                            let stored = Int(slots[slot])
                            if stored == 0 { return nil }
                            let entry = entries[stored - 1]
                            if entry.head == key.head, entry.tail == key.tail, Int(entry.keyLength) == key.length,
                               key.length <= 16 || UnsafeBufferPointer(rebasing: pool[Int(entry.keyStart) + 16..<Int(entry.keyStart) + key.length])
                                .elementsEqual(UnsafeBufferPointer(start: bytes + 16, count: key.length - 16)) {
                                return (Int(entry.idStart)..<Int(entry.idStart + entry.idCount), entry.possessive)
                            }
                            slot = (slot + 1) & (slots.count - 1)
                        }
                    }
                }
            }
        }

        /// The id at `index` of the ids held.
        @inline(__always) func id(at index: Int) -> Int32 { idPool[index] }

        /// Holds `word` (not held yet) as normalising to `ids`, and returns
        /// what ``lookup(_:)`` now returns for it. Past ``limit`` words, the
        /// words held so far are forgotten first.
        mutating func insert(_ word: UnsafeBufferPointer<UInt8>, ids: [Int32], possessive: Bool) -> (ids: Range<Int>, possessive: Bool) {
            if slots.isEmpty {
                slots = [Int32](repeating: 0, count: 2 * NormalisedWords.limit)
            } else if entries.count >= NormalisedWords.limit {
                pool.removeAll(keepingCapacity: true)
                idPool.removeAll(keepingCapacity: true)
                entries.removeAll(keepingCapacity: true)
                slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            }
            let key = WordKey(word)
            var slot = key.slot(shift: UInt64(64 - slots.count.trailingZeroBitCount))
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            let entry = Entry(head: key.head, tail: key.tail, keyStart: Int32(pool.count), keyLength: Int32(word.count), idStart: Int32(idPool.count),
                              idCount: Int32(ids.count), possessive: possessive)
            entries.append(entry)
            pool.append(contentsOf: word)
            idPool.append(contentsOf: ids)
            slots[slot] = Int32(entries.count)
            return (Int(entry.idStart)..<Int(entry.idStart + entry.idCount), possessive)
        }
    }
}
