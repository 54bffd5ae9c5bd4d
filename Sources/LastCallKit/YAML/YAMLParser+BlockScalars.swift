/// Literal (`|`) and folded (`>`) block scalars with chomping and
/// indentation indicators.
extension YAMLParser {
    /// How a block scalar treats its final line break and trailing empty lines.
    enum Chomping {
        case strip
        case clip
        case keep
    }

    /// One line of a block scalar's body.
    struct BlockLine {
        /// The text after the content indentation, or nil for an empty line.
        var text: Range<Int>?
        /// Whether a line feed ends the line (only the file's last line lacks one).
        var hasBreak: Bool
    }

    /// Parses a block scalar; the cursor is at `|` or `>` and ends at the
    /// start of the first line after the scalar.
    mutating func parseBlockScalar(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        let location = cursor.location()
        let isLiteral = cursor.peek() == UInt8(ascii: "|")
        cursor.advance(1)
        var chomping = Chomping.clip
        var explicitIndent: Int? = nil
        for _ in 0..<2 {
            let byte = cursor.peek()
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                guard chomping == .clip else { throw .invalidBlockScalarHeader(at: cursor.location()) }
                chomping = byte == UInt8(ascii: "-") ? .strip : .keep
                cursor.advance(1)
            } else if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") {
                guard explicitIndent == nil else { throw .invalidBlockScalarHeader(at: cursor.location()) }
                explicitIndent = Int(byte - UInt8(ascii: "0"))
                cursor.advance(1)
            }
        }
        guard cursor.peek().isYAMLWhiteOrEnd else { throw .invalidBlockScalarHeader(at: cursor.location()) }
        try finishLine()

        var contentIndent: Int? = nil
        if let explicitIndent {
            // YAML 1.2 counts the digit from the parent's indentation, which is
            // -1 at the top level; parsers disagree there, so refuse it.
            guard parentIndent >= 0 else { throw .topLevelIndentationIndicator(at: location) }
            contentIndent = parentIndent + explicitIndent
        }
        let minimumIndent = parentIndent + 1
        var lines: [BlockLine] = []
        var leadingEmptyMaxSpaces = 0
        var leadingEmptyMaxMark: YAMLCursor.Mark? = nil
        while !cursor.isAtEnd {
            let lineStart = cursor.offset
            if cursor.isDocumentMarker(at: lineStart) { break }
            let spaces = cursor.leadingSpaces(fromLineStart: lineStart)
            let afterSpaces = cursor.byte(at: lineStart + spaces)
            guard let indent = contentIndent else {
                // Still looking for the first text line, which sets the indentation.
                if afterSpaces.isYAMLBreakOrEnd {
                    if spaces > leadingEmptyMaxSpaces {
                        leadingEmptyMaxSpaces = spaces
                        leadingEmptyMaxMark = YAMLCursor.Mark(offset: lineStart + spaces, line: cursor.line, lineStart: lineStart)
                    }
                    lines.append(BlockLine(text: nil, hasBreak: afterSpaces == 0x0A))
                    cursor.move(to: lineStart + spaces)
                    if afterSpaces == 0x0A { cursor.advanceLine() }
                    continue
                }
                if afterSpaces == .yamlTab {
                    cursor.move(to: lineStart + spaces)
                    throw .tabIndentation(at: cursor.location())
                }
                if spaces < minimumIndent { break }
                if leadingEmptyMaxSpaces > spaces, let mark = leadingEmptyMaxMark {
                    throw .blockScalarLeadingSpaces(at: cursor.location(of: mark))
                }
                contentIndent = spaces
                continue
            }
            if spaces >= indent {
                cursor.move(to: lineStart + indent)
                let textStart = cursor.offset
                cursor.skipToLineEnd()
                let hasBreak = cursor.peek() == 0x0A
                if cursor.offset == textStart {
                    lines.append(BlockLine(text: nil, hasBreak: hasBreak))
                } else {
                    lines.append(BlockLine(text: textStart..<cursor.offset, hasBreak: hasBreak))
                }
                if hasBreak { cursor.advanceLine() }
                continue
            }
            if afterSpaces.isYAMLBreakOrEnd {
                lines.append(BlockLine(text: nil, hasBreak: afterSpaces == 0x0A))
                cursor.move(to: lineStart + spaces)
                if afterSpaces == 0x0A { cursor.advanceLine() }
                continue
            }
            if afterSpaces == .yamlTab {
                cursor.move(to: lineStart + spaces)
                throw .tabIndentation(at: cursor.location())
            }
            break
        }
        if !cursor.isAtEnd && cursor.offset != cursor.lineStart { cursor.move(to: cursor.lineStart) }
        let text = isLiteral ? literalText(lines, chomping: chomping) : foldedText(lines, chomping: chomping)
        return YAMLNode(.scalar(text, style: isLiteral ? .literal : .folded), at: location)
    }

    private func literalText(_ lines: [BlockLine], chomping: Chomping) -> String {
        var out: [UInt8] = []
        guard let last = lines.lastIndex(where: { $0.text != nil }) else {
            return chompedEmpty(lines, chomping: chomping)
        }
        for index in 0...last {
            if index > 0 { out.append(.yamlLineFeed) }
            if let range = lines[index].text { out.append(contentsOf: cursor.bytes[range]) }
        }
        appendChompedTail(lines, last: last, chomping: chomping, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func foldedText(_ lines: [BlockLine], chomping: Chomping) -> String {
        var out: [UInt8] = []
        guard let last = lines.lastIndex(where: { $0.text != nil }) else {
            return chompedEmpty(lines, chomping: chomping)
        }
        var previousText: Range<Int>? = nil
        var emptyLines = 0
        for index in 0...last {
            guard let range = lines[index].text else {
                emptyLines += 1
                continue
            }
            if let previous = previousText {
                let previousSpaced = cursor.bytes[previous.lowerBound].isYAMLBlank
                let spaced = cursor.bytes[range.lowerBound].isYAMLBlank
                if previousSpaced || spaced {
                    out.append(contentsOf: repeatElement(UInt8.yamlLineFeed, count: emptyLines + 1))
                } else if emptyLines == 0 {
                    out.append(.yamlSpace)
                } else {
                    out.append(contentsOf: repeatElement(UInt8.yamlLineFeed, count: emptyLines))
                }
            } else {
                out.append(contentsOf: repeatElement(UInt8.yamlLineFeed, count: emptyLines))
            }
            out.append(contentsOf: cursor.bytes[range])
            previousText = range
            emptyLines = 0
        }
        appendChompedTail(lines, last: last, chomping: chomping, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the final line break and trailing empty lines as `chomping` says.
    private func appendChompedTail(_ lines: [BlockLine], last: Int, chomping: Chomping, into out: inout [UInt8]) {
        switch chomping {
        case .strip:
            return
        case .clip:
            if lines[last].hasBreak { out.append(.yamlLineFeed) }
        case .keep:
            if lines[last].hasBreak { out.append(.yamlLineFeed) }
            for line in lines[(last + 1)...] where line.hasBreak { out.append(.yamlLineFeed) }
        }
    }

    /// The value of a block scalar with no text lines at all.
    private func chompedEmpty(_ lines: [BlockLine], chomping: Chomping) -> String {
        guard chomping == .keep else { return "" }
        return String(repeating: "\n", count: lines.filter(\.hasBreak).count)
    }
}
