import Foundation
import LastCallKit

/// A progress store held in memory, for tests: each trainee's history is
/// the bytes a file would hold, so a test can tear a line as a killed
/// writer would and see how readers report it.
final class MemoryProgressStore: ProgressStore, @unchecked Sendable {
    private let lock = NSLock()
    private var histories: [String: [UInt8]] = [:]
    /// The longest line handed out; longer ones read as nil.
    let maximumLineLength: Int

    init(maximumLineLength: Int = SessionRecord.maximumLineLength) {
        self.maximumLineLength = maximumLineLength
    }

    func trainees() throws(ProgressStoreError) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return histories.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func append(_ record: SessionRecord) throws(ProgressStoreError) {
        guard !record.trainee.isEmpty else { throw .invalidTrainee(record.trainee) }
        lock.lock()
        defer { lock.unlock() }
        var bytes = histories[record.trainee, default: []]
        // As the file store does: a torn last line gets its line break first.
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
        bytes += record.storedLine
        histories[record.trainee] = bytes
    }

    /// Appends raw bytes (a torn line, a hand edit) to `trainee`'s history.
    func appendRaw(_ bytes: [UInt8], to trainee: String) {
        lock.lock()
        defer { lock.unlock() }
        histories[trainee, default: []] += bytes
    }

    /// The bytes of `trainee`'s history, or nil when it has none.
    func bytes(of trainee: String) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return histories[trainee]
    }

    func source(of trainee: String) -> String { "memory/\(trainee).jsonl" }

    func forEachLine(of trainee: String, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws(ProgressStoreError) {
        guard let bytes = self.bytes(of: trainee) else { throw .cannotRead(path: source(of: trainee), reason: "no such history") }
        var number = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd - start > maximumLineLength {
                body(number, nil)
            } else {
                bytes[start..<lineEnd].withUnsafeBufferPointer { body(number, $0) }
            }
            start = end + 1
        }
    }
}
