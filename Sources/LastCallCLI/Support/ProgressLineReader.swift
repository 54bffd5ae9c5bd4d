import Foundation

/// Reads a progress file in 1 MB chunks through `LineReader` and hands each
/// line's bytes to a closure without copying them into a `String`, so a file
/// of any size is read with flat memory. A line longer than
/// `maximumLineLength` is not buffered: it is reported as `nil`.
struct ProgressLineReader {
    /// Bytes read at a time.
    static let chunkSize = 1 << 20
    /// The longest line kept (a session record is a few KB).
    static let maximumLineLength = 16 << 20

    /// Calls `body` with each line's 1-based number and bytes (nil for an
    /// over-long line). Throws only when the file cannot be opened.
    static func forEachLine(in url: URL, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var reader = LineReader(handle: handle, chunkSize: chunkSize, maximumLineLength: maximumLineLength)
        while let line = reader.nextLine() {
            switch line {
            case .bytes(let bytes): bytes.withUnsafeBufferPointer { body(reader.lineNumber, $0) }
            case .tooLong: body(reader.lineNumber, nil)
            }
        }
    }
}
