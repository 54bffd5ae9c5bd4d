/// A growable byte buffer behind a pointer, kept by a scorer session and
/// reused for every line of `score --jsonl`: a line is written here piece
/// by piece, then copied out once.
///
/// Why: a line is some twenty pieces (the reply, each criterion's fixed
/// text, each quote), and `Array.append(contentsOf:)` costs about 95
/// instructions a call in uniqueness and capacity checks before it copies
/// anything; here a piece is a capacity check and a `memcpy`. A class, so
/// that it frees its storage when its session goes; not shared between
/// threads (a session is not).
final class JSONLineBuffer: JSONByteSink {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written since ``removeAll()``.
    private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Forgets the bytes written, keeping the storage.
    @inline(__always) func removeAll() { count = 0 }

    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// The bytes written, valid until the next write.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Makes room for at least `needed` bytes, at least doubling.
    private func grow(to needed: Int) {
        let grown = max(needed, capacity * 2)
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        storage.moveInitialize(from: base, count: count)
        base.deallocate()
        base = storage
        capacity = grown
    }
}
