import Foundation

/// Reads a progress file in 1 MB chunks and hands each line's bytes to a
/// closure without copying it into a `String`, so a file of any size is read
/// with flat memory. Lines end at LF (a CR before it is dropped). A line
/// longer than `maximumLineLength` is not buffered: it is reported as `nil`.
struct ProgressLineReader {
    /// Bytes read at a time.
    static let chunkSize = 1 << 20
    /// The longest line kept (a session record is a few KB).
    static let maximumLineLength = 16 << 20

    /// Calls `body` with each line's 1-based number and bytes (nil for an
    /// over-long line). Throws only when the file cannot be opened or read.
    static func forEachLine(in url: URL, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var pending: [UInt8] = []
        pending.reserveCapacity(chunkSize * 2)
        var lineNumber = 0
        var skippingLongLine = false
        while true {
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { break }
            pending.append(contentsOf: data)
            var consumed = 0
            pending.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                while consumed < buffer.count,
                      let found = memchr(base + consumed, 0x0A, buffer.count - consumed) {
                    let end = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                    lineNumber += 1
                    if skippingLongLine {
                        skippingLongLine = false
                        body(lineNumber, nil)
                    } else {
                        var lineEnd = end
                        if lineEnd > consumed, base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                        body(lineNumber, UnsafeBufferPointer(start: base + consumed, count: lineEnd - consumed))
                    }
                    consumed = end + 1
                }
            }
            pending.removeFirst(consumed)
            if pending.count > maximumLineLength {
                skippingLongLine = true
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty || skippingLongLine {
            lineNumber += 1
            if skippingLongLine {
                body(lineNumber, nil)
            } else {
                if pending.last == 0x0D { pending.removeLast() }
                pending.withUnsafeBufferPointer { body(lineNumber, $0) }
            }
        }
    }
}
