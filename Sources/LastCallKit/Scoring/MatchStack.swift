/// The matcher's backtracking stack of (instruction, token) pairs: one
/// allocation per reply, grown by doubling, freed by its owner.
struct MatchStack {
    private var storage = UnsafeMutablePointer<(Int32, Int32)>.allocate(capacity: 64)
    private var capacity = 64
    var count = 0

    @inline(__always) mutating func push(_ pc: Int32, _ pos: Int32) {
        if count == capacity {
            let grown = UnsafeMutablePointer<(Int32, Int32)>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        storage[count] = (pc, pos)
        count += 1
    }

    @inline(__always) mutating func pop() -> (Int32, Int32) {
        count -= 1
        return storage[count]
    }

    func free() { storage.deallocate() }
}
