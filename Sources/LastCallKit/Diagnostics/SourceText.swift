/// A source file's text, with its lines looked up on demand for diagnostics
/// (LF, CRLF and CR aware). Nothing is split until a line is asked for, so
/// holding the text of a thousand clean files costs nothing.
public struct SourceText: Sendable {
    private let text: String

    /// Keeps `text` for line look-ups.
    public init(_ text: String) {
        self.text = text
    }

    /// The text of 1-based line `number`, without its line break, or nil.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let bytes = text.utf8
        var current = 1
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if current == number { return String(decoding: bytes[start..<index], as: UTF8.self) }
                var next = bytes.index(after: index)
                if byte == 0x0D, next < bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                current += 1
                start = next
                index = next
                continue
            }
            index = bytes.index(after: index)
        }
        return current == number ? String(decoding: bytes[start..<bytes.endIndex], as: UTF8.self) : nil
    }
}
