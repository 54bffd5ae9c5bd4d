/// A read position in a YAML document's normalized bytes that knows its line,
/// so the reader can give every node and every problem a `line:column`.
///
/// The bytes come from `YAMLInput.normalize`: valid UTF-8, LF line breaks,
/// no byte order mark and no NUL, so `byte(at:)` returning 0 always means the
/// end of the text. Columns count Unicode scalars from the start of the line.
struct YAMLCursor: Sendable {
    /// A saved position, for looking ahead and coming back.
    struct Mark: Sendable {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    /// The normalized text.
    let bytes: [UInt8]
    /// The file as the user named it.
    let path: String
    /// The byte offset of the cursor.
    private(set) var offset = 0
    /// The 1-based line of the cursor.
    private(set) var line = 1
    /// The byte offset where the cursor's line starts.
    private(set) var lineStart = 0
    // Columns are counted incrementally so that many nodes on one very long
    // line cost linear, not quadratic, time.
    private var cachedLineStart = 0
    private var cachedOffset = 0
    private var cachedColumn = 1

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    var mark: Mark { Mark(offset: offset, line: line, lineStart: lineStart) }

    var isAtEnd: Bool { offset >= bytes.count }

    /// Indentation so far: the bytes between the line start and the cursor
    /// (equal to columns when they are spaces).
    var columnIndex: Int { offset - lineStart }

    @inline(__always) func byte(at index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    @inline(__always) func peek(_ ahead: Int = 0) -> UInt8 { byte(at: offset + ahead) }

    mutating func jump(to mark: Mark) {
        offset = mark.offset
        line = mark.line
        lineStart = mark.lineStart
    }

    /// Moves forward within the current line.
    @inline(__always) mutating func advance(_ count: Int = 1) { offset += count }

    /// Moves to `newOffset` on the current line.
    @inline(__always) mutating func move(to newOffset: Int) { offset = newOffset }

    /// Steps over the line feed at the cursor to the start of the next line.
    mutating func advanceLine() {
        offset += 1
        line += 1
        lineStart = offset
    }

    /// Moves to the line feed (or end) that ends the current line.
    mutating func skipToLineEnd() {
        while !peek().isYAMLBreakOrEnd { offset += 1 }
    }

    /// Skips spaces and tabs; returns whether there was a tab among them.
    @discardableResult
    mutating func skipBlanks() -> Bool {
        var sawTab = false
        while true {
            let byte = peek()
            if byte == .yamlSpace { offset += 1 } else if byte == .yamlTab { sawTab = true; offset += 1 } else { return sawTab }
        }
    }

    /// The number of spaces at the start of the line beginning at `start`.
    func leadingSpaces(fromLineStart start: Int) -> Int {
        var index = start
        while byte(at: index) == .yamlSpace { index += 1 }
        return index - start
    }

    /// Whether `---` or `...` followed by white space or the line end starts
    /// at `index` (which must be a line start).
    func isDocumentMarker(at index: Int) -> Bool {
        let first = byte(at: index)
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        return byte(at: index + 1) == first && byte(at: index + 2) == first && byte(at: index + 3).isYAMLWhiteOrEnd
    }

    /// The location of byte `index`, which must be on the cursor's line.
    mutating func location(at index: Int) -> SourceLocation {
        var from = lineStart
        var column = 1
        if cachedLineStart == lineStart && cachedOffset <= index {
            from = cachedOffset
            column = cachedColumn
        }
        var position = from
        while position < index {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        cachedLineStart = lineStart
        cachedOffset = index
        cachedColumn = column
        return SourceLocation(path: path, line: line, column: column)
    }

    /// The location of the cursor.
    mutating func location() -> SourceLocation { location(at: offset) }

    /// The location of a saved position (on any line).
    func location(of mark: Mark) -> SourceLocation {
        var column = 1
        var position = mark.lineStart
        while position < mark.offset {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return SourceLocation(path: path, line: mark.line, column: column)
    }
}
