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

    /// Where the bytes come from: a file descriptor, read straight into
    /// ``buffer``, or a closure that returns up to the number of bytes asked
    /// for (empty at the end), copied in.
    private enum Source {
        case descriptor(Int32)
        case closure((Int) -> [UInt8])
    }

    private let source: Source
    private let chunkSize: Int
    private let maximumLineLength: Int
    /// Whether reading goes on past an over-long line (progress files: the
    /// next record still counts) or ends there (a stream that may never
    /// end, such as `yes | tr -d '\\n'` on standard input).
    private let skipsLongLines: Bool
    /// The bytes read and not yet returned are `buffer[start..<end]`; the
    /// buffer's bytes from `end` on are room for the next read. Reading
    /// straight into that room, not into a chunk then appended, saved a copy
    /// of every byte (about 110 instructions a `score --jsonl` line).
    private var buffer: [UInt8] = []
    private var start = 0
    private var end = 0
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
        self.init(source: .descriptor(handle.fileDescriptor), chunkSize: chunkSize, maximumLineLength: maximumLineLength, skipsLongLines: skipsLongLines)
    }

    /// Creates a reader over `read`, which returns up to the number of bytes
    /// asked for and an empty array at the end: standard input through the
    /// console, for one.
    public init(chunkSize: Int = 1 << 18, maximumLineLength: Int = Int.max, skipsLongLines: Bool = true, read: @escaping (Int) -> [UInt8]) {
        self.init(source: .closure(read), chunkSize: chunkSize, maximumLineLength: maximumLineLength, skipsLongLines: skipsLongLines)
    }

    private init(source: Source, chunkSize: Int, maximumLineLength: Int, skipsLongLines: Bool) {
        self.source = source
        self.chunkSize = max(chunkSize, 1)
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

    /// The index of the first LF in `buffer[from..<to]`, found with `memchr`.
    private static func firstNewline(in buffer: [UInt8], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            // in bounds: from < to <= buffer.count
            guard let base = p.baseAddress, let hit = memchr(base + from, 0x0A, to - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Reads the next bytes into the buffer after `end`; false at the end of
    /// the input (or on a read error: what was read before it stands).
    private mutating func fill() -> Bool {
        switch source {
        case .descriptor(let descriptor):
            makeRoom(chunkSize)
            let count = chunkSize, from = end
            var filled = 0
            buffer.withUnsafeMutableBufferPointer { p in
                // up to `count` bytes or the end, as `read(upToCount:)` gives;
                // in bounds: makeRoom left `count` bytes from `end`
                while filled < count {
                    let got = readBytes(descriptor, p.baseAddress! + from + filled, count - filled)
                    if got > 0 {
                        filled += got
                    } else if got < 0, errno == EINTR {
                        continue
                    } else {
                        break  // the end, or an error: what was read stands
                    }
                }
            }
            end += filled
            return filled > 0
        case .closure(let read):
            let chunk = read(chunkSize)
            guard !chunk.isEmpty else { return false }
            // all of it, even past what was asked for: nothing read is dropped
            makeRoom(chunk.count)
            let from = end
            buffer.withUnsafeMutableBufferPointer { p in
                chunk.withUnsafeBufferPointer { c in
                    // in bounds: makeRoom left `c.count` bytes from `end`.
                    // `memcpy`, not `update(from:count:)`: unspecialised in a
                    // debug build, that copies one byte at a time
                    _ = memcpy(p.baseAddress! + from, c.baseAddress!, c.count)
                }
            }
            end += chunk.count
            return true
        }
    }

    /// Grows the buffer so that `count` bytes fit after `end` (by an array
    /// of zeros: `repeatElement` is appended a byte at a time in a debug
    /// build, too slow for a 64 MB line).
    private mutating func makeRoom(_ count: Int) {
        if buffer.count < end + count { buffer.append(contentsOf: [UInt8](repeating: 0, count: end + count - buffer.count)) }
    }

    /// The next line, or nil at the end of the input.
    public mutating func nextLine() -> Line? {
        while true {
            if let newline = LineReader.firstNewline(in: buffer, from: start, to: end) {
                var lineEnd = newline
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = buffer[start..<lineEnd]
                start = newline + 1
                lineNumber += 1
                if isSkippingLongLine || line.count > maximumLineLength {
                    isSkippingLongLine = false
                    return .tooLong
                }
                return .bytes(line)
            }
            if isAtEnd {
                guard start < end || isSkippingLongLine else { return nil }
                lineNumber += 1
                if isSkippingLongLine {
                    isSkippingLongLine = false
                    start = end
                    return .tooLong
                }
                var lineEnd = end
                if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = buffer[start..<lineEnd]
                start = end
                return line.count > maximumLineLength ? .tooLong : .bytes(line)
            }
            if start > 0 {
                // the unfinished line moves to the front
                let from = start, count = end - start
                buffer.withUnsafeMutableBufferPointer { p in
                    // in bounds: start <= end <= buffer.count; the two may overlap
                    _ = memmove(p.baseAddress!, p.baseAddress! + from, count)
                }
                start = 0
                end = count
            }
            if end > maximumLineLength {
                end = 0
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
            if !fill() { isAtEnd = true }
        }
    }
}

/// `read(2)`, by a name no `read` closure hides.
private func readBytes(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}
