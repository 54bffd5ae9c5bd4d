extension Array where Element == Int32 {
    /// The ids sorted, each once: what `Set(ids).sorted()` gives, without
    /// hashing every id into a set first (compiling the rubric built
    /// thousands of such sets).
    func sortedUnique() -> [Int32] {
        var result = sorted()
        result.removeAdjacentDuplicates()
        return result
    }

    /// Removes each element equal to the one before it (in a sorted array:
    /// every repeat).
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for k in 1..<count where self[k] != self[kept - 1] {
            self[kept] = self[k]
            kept += 1
        }
        removeLast(count - kept)
    }
}
