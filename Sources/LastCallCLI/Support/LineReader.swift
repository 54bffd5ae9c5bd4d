import Foundation

/// Reads a file handle or standard input line by line in chunks, so memory
/// stays flat however long the input: replies for `score --jsonl` and
/// sessions in progress files. Lines end at LF; a CR before it is dropped. A line longer than
/// `maximumLineLength` is not buffered: it is reported as `.tooLong`.
public struct LineReader {
    /// One line read.
    public enum Line {
        /// The line's bytes without its line break.
        case bytes(ArraySlice<UInt8>)
        /// A line longer than the reader's maximum, skipped unread.
        case tooLong
    }

    /// Reads up to the given number of bytes; empty at the end.
    private let read: (Int) -> [UInt8]
    private let chunkSize: Int
    private let maximumLineLength: Int
    /// Whether reading goes on past an over-long line (progress files: the
    /// next record still counts) or ends there (a stream that may never
    /// end, such as `yes | tr -d '\\n'` on standard input).
    private let skipsLongLines: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false
    private var isSkippingLongLine = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    /// Creates a reader over `handle` that reads `chunkSize` bytes at a time.
    /// A read error ends the input (as `FileHandle.readData` would crash).
    ///
    /// Reads the file descriptor straight into the chunk: through `Data`
    /// (`handle.read(upToCount:)`, then a copy to an array) each chunk cost
    /// about 160 instructions per `score --jsonl` line it held.
    public init(handle: FileHandle, chunkSize: Int = 1 << 18, maximumLineLength: Int = Int.max, skipsLongLines: Bool = true) {
        let descriptor = handle.fileDescriptor
        self.init(chunkSize: chunkSize, maximumLineLength: maximumLineLength, skipsLongLines: skipsLongLines) { count in
            [UInt8](unsafeUninitializedCapacity: max(count, 1)) { buffer, filled in
                filled = 0
                // up to `count` bytes or the end, as `read(upToCount:)` gives
                while filled < count {
                    let got = readBytes(descriptor, buffer.baseAddress! + filled, count - filled)
                    if got > 0 {
                        filled += got
                    } else if got < 0, errno == EINTR {
                        continue
                    } else {
                        break  // the end, or an error: what was read stands
                    }
                }
            }
        }
    }

    /// Creates a reader over `read`, which returns up to the number of bytes
    /// asked for and an empty array at the end: standard input through the
    /// console, for one.
    public init(chunkSize: Int = 1 << 18, maximumLineLength: Int = Int.max, skipsLongLines: Bool = true, read: @escaping (Int) -> [UInt8]) {
        self.read = read
        self.chunkSize = chunkSize
        self.maximumLineLength = maximumLineLength
        self.skipsLongLines = skipsLongLines
    }

    /// The next line decoded as text (invalid UTF-8 becomes U+FFFD), or nil
    /// at the end. An over-long line reads as empty.
    public mutating func next() -> String? {
        guard let bytes = nextBytes() else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The next line's bytes without its line break, or nil at the end. An
    /// over-long line reads as empty.
    public mutating func nextBytes() -> ArraySlice<UInt8>? {
        switch nextLine() {
        case .bytes(let bytes)?: return bytes
        case .tooLong?: return []
        case nil: return nil
        }
    }

    /// The index of the first LF at or after `from`, found with `memchr`.
    private static func firstNewline(in buffer: [UInt8], from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, let hit = memchr(base + from, 0x0A, p.count - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next line, or nil at the end of the input.
    public mutating func nextLine() -> Line? {
        while true {
            if let newline = LineReader.firstNewline(in: buffer, from: start) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                lineNumber += 1
                if isSkippingLongLine || line.count > maximumLineLength {
                    isSkippingLongLine = false
                    return .tooLong
                }
                return .bytes(line)
            }
            if isAtEnd {
                guard start < buffer.count || isSkippingLongLine else { return nil }
                lineNumber += 1
                if isSkippingLongLine {
                    isSkippingLongLine = false
                    start = buffer.count
                    return .tooLong
                }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = buffer.count
                return line.count > maximumLineLength ? .tooLong : .bytes(line)
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            if buffer.count > maximumLineLength {
                buffer.removeAll(keepingCapacity: true)
                guard skipsLongLines else {
                    // Report the line and read no further: its end may never come.
                    isAtEnd = true
                    lineNumber += 1
                    return .tooLong
                }
                // Drop what is buffered of the over-long line and keep reading
                // to its end without holding it.
                isSkippingLongLine = true
            }
            let chunk = read(chunkSize)
            if chunk.isEmpty { isAtEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}

/// `read(2)`, by a name the reader's own `read` property does not hide.
private func readBytes(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}
