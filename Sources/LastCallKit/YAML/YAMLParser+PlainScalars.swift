/// Plain (unquoted) scalars, including multi-line ones with line folding.
extension YAMLParser {
    /// Where a plain scalar's text on one line ends.
    struct PlainLine {
        /// One past the last non-blank byte of the text.
        var end: Int
        /// Whether the scan reached the line end (so the text may go on).
        var reachedLineEnd: Bool
        /// The line feed (or end of text) that ends the line.
        var lineEnd: Int
    }

    /// A line that continues a plain scalar.
    struct Continuation {
        /// Empty lines between the previous line and this one.
        var emptyLines: Int
        /// The first text byte of the continuation line.
        var start: YAMLCursor.Mark
    }

    /// Parses a plain scalar; the cursor is at its first character (already
    /// checked to be allowed) and ends just after its last non-blank one.
    mutating func parsePlain(minimumIndent: Int, inFlow: Bool) throws(YAMLError) -> YAMLNode {
        let location = cursor.location()
        var segmentStart = cursor.offset
        var folded: [UInt8]? = nil
        while true {
            let scan = scanPlainLine(from: segmentStart, inFlow: inFlow)
            var continuation: Continuation? = nil
            if scan.reachedLineEnd {
                continuation = try plainContinuation(after: scan.lineEnd, minimumIndent: minimumIndent, inFlow: inFlow)
            }
            guard let next = continuation else {
                cursor.move(to: scan.end)
                let text: String
                if var buffer = folded {
                    buffer.append(contentsOf: cursor.bytes[segmentStart..<scan.end])
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    text = String(decoding: cursor.bytes[segmentStart..<scan.end], as: UTF8.self)
                }
                return YAMLNode(.scalar(text, style: .plain), at: location)
            }
            var buffer = folded ?? []
            buffer.append(contentsOf: cursor.bytes[segmentStart..<scan.end])
            if next.emptyLines == 0 {
                buffer.append(.yamlSpace)
            } else {
                buffer.append(contentsOf: repeatElement(UInt8.yamlLineFeed, count: next.emptyLines))
            }
            folded = buffer
            cursor.jump(to: next.start)
            segmentStart = next.start.offset
        }
    }

    /// Scans plain text on one line from `start`.
    func scanPlainLine(from start: Int, inFlow: Bool) -> PlainLine {
        let bytes = cursor.bytes
        let count = bytes.count
        var index = start
        var end = start
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A { return PlainLine(end: end, reachedLineEnd: true, lineEnd: index) }
            if byte == .yamlSpace || byte == .yamlTab {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ":") {
                let next = index + 1 < count ? bytes[index + 1] : 0
                if next.isYAMLWhiteOrEnd || (inFlow && next.isYAMLFlowIndicator) {
                    return PlainLine(end: end, reachedLineEnd: false, lineEnd: index)
                }
            } else if byte == UInt8(ascii: "#") {
                if index > start && bytes[index - 1].isYAMLBlank {
                    return PlainLine(end: end, reachedLineEnd: false, lineEnd: index)
                }
            } else if inFlow && byte.isYAMLFlowIndicator {
                return PlainLine(end: end, reachedLineEnd: false, lineEnd: index)
            }
            index += 1
            end = index
        }
        return PlainLine(end: end, reachedLineEnd: true, lineEnd: index)
    }

    /// Looks past the line feed at `lineEnd` for a line that continues the
    /// plain scalar; nil when the scalar ends there.
    func plainContinuation(after lineEnd: Int, minimumIndent: Int, inFlow: Bool) throws(YAMLError) -> Continuation? {
        var position = lineEnd
        var line = cursor.line
        var emptyLines = 0
        var badTab: YAMLCursor.Mark? = nil
        while cursor.byte(at: position) == 0x0A {
            position += 1
            line += 1
            let lineStart = position
            let spaces = cursor.leadingSpaces(fromLineStart: lineStart)
            var first = lineStart + spaces
            while cursor.byte(at: first).isYAMLBlank { first += 1 }
            let byte = cursor.byte(at: first)
            if byte == 0x0A {
                if spaces < minimumIndent && first > lineStart + spaces && badTab == nil {
                    badTab = YAMLCursor.Mark(offset: lineStart + spaces, line: line, lineStart: lineStart)
                }
                emptyLines += 1
                position = first
                continue
            }
            if byte == 0 || byte == UInt8(ascii: "#") { return nil }
            if spaces == 0 && cursor.isDocumentMarker(at: lineStart) { return nil }
            if spaces < minimumIndent { return nil }
            if inFlow && byte.isYAMLFlowIndicator { return nil }
            if byte == UInt8(ascii: ":") {
                let next = cursor.byte(at: first + 1)
                if next.isYAMLWhiteOrEnd || (inFlow && next.isYAMLFlowIndicator) { return nil }
            }
            if let badTab { throw .tabIndentation(at: cursor.location(of: badTab)) }
            return Continuation(emptyLines: emptyLines, start: YAMLCursor.Mark(offset: first, line: line, lineStart: lineStart))
        }
        return nil
    }
}
