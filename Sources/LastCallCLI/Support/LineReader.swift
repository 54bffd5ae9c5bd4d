import Foundation

/// Reads a file handle line by line in 256 KB chunks, so memory stays flat
/// however long the input. Lines end at LF; a CR before it is dropped;
/// invalid UTF-8 is replaced with U+FFFD rather than stopping the stream.
public struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    /// Creates a reader over `handle`.
    public init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its line break, or nil at the end.
    public mutating func next() -> String? {
        guard let bytes = nextBytes() else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index of the first LF at or after `from`, found with `memchr`.
    private static func firstNewline(in buffer: [UInt8], from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, let hit = memchr(base + from, 0x0A, p.count - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next line's bytes without its line break, or nil at the end.
    public mutating func nextBytes() -> ArraySlice<UInt8>? {
        while true {
            if let newline = LineReader.firstNewline(in: buffer, from: start) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if isAtEnd {
                guard start < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[start..<end]
                start = buffer.count
                lineNumber += 1
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            let chunk = handle.readData(ofLength: 1 << 18)
            if chunk.isEmpty { isAtEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
