/// A recursive-descent reader for Last Call's YAML subset: block structure
/// (this file), flow collections, plain, quoted and block scalars (one
/// extension file each).
///
/// Every accepted document must mean exactly what a conforming YAML 1.2
/// parser reads from it; where the meaning is tricky the parser rejects the
/// document with a located error instead of guessing.
///
/// Convention: a block-level parse function returns with the cursor at the
/// start of the first line it did not consume (or at the end of the text).
struct YAMLParser {
    /// Where a value follows an indicator, which decides what may start on
    /// the same line.
    enum ValueSite {
        case mappingValue
        case sequenceEntry
        case documentStart
    }

    var cursor: YAMLCursor
    let maximumDepth: Int
    /// The last block collection that ended because a line was indented
    /// less than its entries: that line's number and the entries'
    /// indentation. When the parent then finds the line indented more than
    /// its own entries, the line sits between two levels, and the error can
    /// name the column of the entries it most likely belongs with.
    var lastClosed: (line: Int, indent: Int)?

    init(bytes: [UInt8], path: String, maximumDepth: Int) {
        self.cursor = YAMLCursor(bytes: bytes, path: path)
        self.maximumDepth = maximumDepth
    }

    // MARK: - Document

    mutating func parseDocument() throws(YAMLError) -> YAMLNode {
        skipBlankLines()
        let start = SourceLocation(path: cursor.path, line: 1, column: 1)
        if cursor.isAtEnd { return YAMLNode(.null, at: start) }
        if cursor.peek() == UInt8(ascii: "%") { throw .directive(at: cursor.location()) }
        var node: YAMLNode
        if cursor.isDocumentMarker(at: cursor.offset) && cursor.peek() == UInt8(ascii: "-") {
            let markerLocation = cursor.location()
            cursor.advance(3)
            node = try parseValue(site: .documentStart, parentIndent: -1, depth: 1, absentAt: markerLocation)
        } else if cursor.isDocumentMarker(at: cursor.offset) {
            node = YAMLNode(.null, at: cursor.location())
        } else {
            let indent = try contentIndent()
            node = try parseBlockNode(indent: indent, parentIndent: -1, depth: 1)
        }
        skipBlankLines()
        if cursor.isAtEnd { return node }
        if cursor.isDocumentMarker(at: cursor.offset) && cursor.peek() == UInt8(ascii: ".") {
            cursor.advance(3)
            try finishLine()
            skipBlankLines()
            if cursor.isAtEnd { return node }
            if cursor.isDocumentMarker(at: cursor.offset) && cursor.peek() == UInt8(ascii: "-") {
                throw .secondDocument(at: cursor.location())
            }
            if cursor.peek() == UInt8(ascii: "%") { throw .directive(at: cursor.location()) }
            cursor.advance(cursor.leadingSpaces(fromLineStart: cursor.offset))
            throw .contentAfterDocumentEnd(at: cursor.location())
        }
        if cursor.isDocumentMarker(at: cursor.offset) { throw .secondDocument(at: cursor.location()) }
        let indent = try contentIndent()
        cursor.advance(indent)
        throw indent > 0 ? .unexpectedIndentation(at: cursor.location()) : .unexpectedText(at: cursor.location())
    }

    // MARK: - Block nodes

    /// Parses the value after `:`, `-` or `---` (the cursor is just past it).
    mutating func parseValue(site: ValueSite, parentIndent: Int, depth: Int, absentAt absent: SourceLocation) throws(YAMLError) -> YAMLNode {
        let sawTab = cursor.skipBlanks()
        let byte = cursor.peek()
        if byte.isYAMLBreakOrEnd || byte == UInt8(ascii: "#") {
            try finishLine()
            skipBlankLines()
            if cursor.isAtEnd || cursor.isDocumentMarker(at: cursor.offset) { return YAMLNode(.null, at: absent) }
            let spaces = cursor.leadingSpaces(fromLineStart: cursor.offset)
            if spaces > parentIndent && cursor.byte(at: cursor.offset + spaces) == .yamlTab {
                return try parseTabSeparatedValue(parentIndent: parentIndent, depth: depth)
            }
            let indent = try contentIndent()
            if indent > parentIndent {
                return try parseBlockNode(indent: indent, parentIndent: parentIndent, depth: depth)
            }
            if indent == parentIndent && site == .mappingValue && isSequenceEntry(at: cursor.offset + indent) {
                cursor.advance(indent)
                return try parseBlockSequence(indent: indent, depth: depth)
            }
            return YAMLNode(.null, at: absent)
        }
        let column = cursor.columnIndex
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try parseBlockScalar(parentIndent: parentIndent)
        case UInt8(ascii: "-") where cursor.peek(1).isYAMLWhiteOrEnd:
            guard site == .sequenceEntry else { throw .sequenceNotAllowed(at: cursor.location()) }
            guard !sawTab else { throw .tabIndentation(at: cursor.location()) }
            return try parseBlockSequence(indent: column, depth: depth)
        case UInt8(ascii: "?") where cursor.peek(1).isYAMLWhiteOrEnd:
            throw .explicitKey(at: cursor.location())
        default:
            let startLine = cursor.line
            let startOffset = cursor.offset
            let node = try parseFlowNodeInBlock(minimumIndent: parentIndent + 1, depth: depth)
            if isKeyIndicatorAhead() {
                if cursor.line != startLine {
                    // `a: b` over an over-indented `  c: d`: point at the line the author indented.
                    let spaces = cursor.leadingSpaces(fromLineStart: cursor.lineStart)
                    if site == .mappingValue {
                        throw .misindentedKey(at: cursor.location(at: cursor.lineStart + spaces), spaces: spaces, siblingIndent: parentIndent)
                    }
                    throw .unexpectedIndentation(at: cursor.location(at: cursor.lineStart + spaces))
                }
                guard site == .sequenceEntry else { throw .mappingNotAllowed(at: node.location) }
                guard !sawTab else { throw .tabIndentation(at: node.location) }
                try validateKey(node, startLine: startLine, startOffset: startOffset)
                return try parseBlockMapping(indent: column, firstKey: node, depth: depth)
            }
            try finishLine()
            return node
        }
    }

    /// Parses a value on the line after its key or `-` whose indentation
    /// is spaces and then tabs: YAML allows a scalar or flow collection
    /// there, but no block collection (its indentation would be unclear).
    mutating func parseTabSeparatedValue(parentIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        cursor.advance(cursor.leadingSpaces(fromLineStart: cursor.offset))
        let tab = cursor.location()
        cursor.skipBlanks()
        let byte = cursor.peek()
        if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) && cursor.peek(1).isYAMLWhiteOrEnd {
            throw .tabIndentation(at: tab)
        }
        if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") { return try parseBlockScalar(parentIndent: parentIndent) }
        let node = try parseFlowNodeInBlock(minimumIndent: parentIndent + 1, depth: depth)
        if isKeyIndicatorAhead() { throw .tabIndentation(at: tab) }
        try finishLine()
        return node
    }

    /// Parses a node whose first line starts at indentation `indent` (the
    /// cursor is at the start of that line).
    mutating func parseBlockNode(indent: Int, parentIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        cursor.advance(indent)
        let byte = cursor.peek()
        if byte == UInt8(ascii: "-") && cursor.peek(1).isYAMLWhiteOrEnd {
            return try parseBlockSequence(indent: indent, depth: depth)
        }
        if byte == UInt8(ascii: "?") && cursor.peek(1).isYAMLWhiteOrEnd { throw .explicitKey(at: cursor.location()) }
        if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") { return try parseBlockScalar(parentIndent: parentIndent) }
        let startLine = cursor.line
        let startOffset = cursor.offset
        let node = try parseFlowNodeInBlock(minimumIndent: parentIndent + 1, depth: depth)
        if isKeyIndicatorAhead() {
            try validateKey(node, startLine: startLine, startOffset: startOffset)
            return try parseBlockMapping(indent: indent, firstKey: node, depth: depth)
        }
        try finishLine()
        return node
    }

    /// Parses a block mapping whose first key is parsed; the cursor is at the
    /// `:` after it.
    mutating func parseBlockMapping(indent: Int, firstKey: YAMLNode, depth: Int) throws(YAMLError) -> YAMLNode {
        guard depth <= maximumDepth else { throw .nestingTooDeep(at: firstKey.location, limit: maximumDepth) }
        var pairs: [YAMLPair] = []
        var index: [String: Int] = [:]
        var key = firstKey
        while true {
            try checkDuplicate(key, in: pairs, index: &index)
            cursor.advance(1)
            let value = try parseValue(site: .mappingValue, parentIndent: indent, depth: depth + 1, absentAt: key.location)
            pairs.append(YAMLPair(key: key, value: value))
            skipBlankLines()
            if cursor.isAtEnd || cursor.isDocumentMarker(at: cursor.offset) { break }
            let lineIndent = try contentIndent()
            if lineIndent < indent {
                lastClosed = (cursor.line, indent)
                break
            }
            let closed = lastClosed
            cursor.advance(lineIndent)
            if lineIndent > indent {
                // A key between this mapping's keys and those of the value
                // that just ended belongs with the latter; one deeper than
                // a scalar value's key belongs with this mapping's keys.
                if looksLikeKey(at: cursor.offset) {
                    let siblings = closed.flatMap { $0.line == cursor.line && $0.indent > lineIndent ? $0.indent : nil } ?? indent
                    throw .misindentedKey(at: cursor.location(), spaces: lineIndent, siblingIndent: siblings)
                }
                throw .unexpectedIndentation(at: cursor.location())
            }
            let byte = cursor.peek()
            if byte == UInt8(ascii: "?") && cursor.peek(1).isYAMLWhiteOrEnd { throw .explicitKey(at: cursor.location()) }
            if byte == UInt8(ascii: "-") && cursor.peek(1).isYAMLWhiteOrEnd { throw .expectedKey(at: cursor.location()) }
            if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") { throw .expectedKey(at: cursor.location()) }
            let startLine = cursor.line
            let startOffset = cursor.offset
            let next = try parseFlowNodeInBlock(minimumIndent: indent + 1, depth: depth + 1)
            guard isKeyIndicatorAhead() else { throw .expectedKey(at: next.location) }
            try validateKey(next, startLine: startLine, startOffset: startOffset)
            key = next
        }
        return YAMLNode(.mapping(pairs), at: firstKey.location)
    }

    /// Whether the line from `offset` reads as `key: value` (a plain or
    /// quoted key, then `:` before a blank or the line end), for choosing
    /// which indentation error to report.
    func looksLikeKey(at offset: Int) -> Bool {
        var index = offset
        let first = cursor.byte(at: index)
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "#") || first.isYAMLBreakOrEnd { return false }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            index += 1
            while !cursor.byte(at: index).isYAMLBreakOrEnd, cursor.byte(at: index) != first { index += 1 }
        }
        while !cursor.byte(at: index).isYAMLBreakOrEnd {
            let byte = cursor.byte(at: index)
            if byte == UInt8(ascii: ":"), cursor.byte(at: index + 1).isYAMLWhiteOrEnd { return true }
            if byte == UInt8(ascii: "#"), index > offset, cursor.byte(at: index - 1).isYAMLBlank { return false }
            index += 1
        }
        return false
    }

    /// Parses a block sequence; the cursor is at its first `-`.
    mutating func parseBlockSequence(indent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let start = cursor.location()
        guard depth <= maximumDepth else { throw .nestingTooDeep(at: start, limit: maximumDepth) }
        var items: [YAMLNode] = []
        while true {
            let dash = cursor.location()
            cursor.advance(1)
            items.append(try parseValue(site: .sequenceEntry, parentIndent: indent, depth: depth + 1, absentAt: dash))
            skipBlankLines()
            if cursor.isAtEnd || cursor.isDocumentMarker(at: cursor.offset) { break }
            let lineIndent = try contentIndent()
            if lineIndent < indent {
                lastClosed = (cursor.line, indent)
                break
            }
            if lineIndent > indent {
                let closed = lastClosed
                cursor.advance(lineIndent)
                // `- when: x` over `   goto: y` one space short: the key
                // belongs with the entry's keys
                if let closed, closed.line == cursor.line, closed.indent > lineIndent, looksLikeKey(at: cursor.offset) {
                    throw .misindentedKey(at: cursor.location(), spaces: lineIndent, siblingIndent: closed.indent)
                }
                throw .unexpectedIndentation(at: cursor.location())
            }
            // A non-entry line at this indentation belongs to the parent (a
            // mapping whose list is not indented) or is an error it reports.
            guard isSequenceEntry(at: cursor.offset + indent) else { break }
            cursor.advance(indent)
        }
        return YAMLNode(.sequence(items), at: start)
    }

    /// Parses a scalar or flow collection in block context; the cursor is at
    /// its first character and stays just after it.
    mutating func parseFlowNodeInBlock(minimumIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let byte = cursor.peek()
        switch byte {
        case UInt8(ascii: "\""): return try parseDoubleQuoted(minimumIndent: max(0, minimumIndent))
        case UInt8(ascii: "'"): return try parseSingleQuoted(minimumIndent: max(0, minimumIndent))
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try parseFlowCollection(minimumIndent: max(0, minimumIndent), depth: depth)
        default:
            try checkPlainStart(inFlow: false)
            return try parsePlain(minimumIndent: max(0, minimumIndent), inFlow: false)
        }
    }

    /// Throws the right error when the byte at the cursor cannot start plain text.
    mutating func checkPlainStart(inFlow: Bool) throws(YAMLError) {
        let byte = cursor.peek()
        let next = cursor.peek(1)
        let nextIsSafe = !(next.isYAMLWhiteOrEnd || (inFlow && next.isYAMLFlowIndicator))
        switch byte {
        case UInt8(ascii: "&"): throw .anchor(at: cursor.location())
        case UInt8(ascii: "*"): throw .alias(at: cursor.location())
        case UInt8(ascii: "!"): throw .tag(at: cursor.location())
        case UInt8(ascii: "%"):
            if cursor.columnIndex == 0 { throw .directive(at: cursor.location()) }
            throw .cannotStartText(at: cursor.location(), character: "%")
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            if inFlow { throw .blockScalarInFlow(at: cursor.location()) }
            throw .cannotStartText(at: cursor.location(), character: String(UnicodeScalar(byte)))
        case UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#"):
            throw .cannotStartText(at: cursor.location(), character: String(UnicodeScalar(byte)))
        case UInt8(ascii: "?") where inFlow, UInt8(ascii: ":") where inFlow:
            // YAML 1.2 reads `?x` and `:x` in brackets as text, YAML 1.1
            // parsers as a key indicator: too ambiguous to accept.
            throw .cannotStartText(at: cursor.location(), character: String(UnicodeScalar(byte)))
        case UInt8(ascii: "?") where !nextIsSafe:
            throw .explicitKey(at: cursor.location())
        case UInt8(ascii: ":") where !nextIsSafe:
            throw .emptyKey(at: cursor.location())
        case UInt8(ascii: "-") where !nextIsSafe:
            if inFlow { throw .cannotStartText(at: cursor.location(), character: "-") }
            throw .sequenceNotAllowed(at: cursor.location())
        case 0x0A, 0:
            throw .unexpectedText(at: cursor.location())
        default:
            return
        }
    }

    // MARK: - Keys

    /// Whether `:` followed by white space comes next on this line (skipping
    /// blanks); if so the cursor is left at the `:`.
    mutating func isKeyIndicatorAhead() -> Bool {
        var index = cursor.offset
        while cursor.byte(at: index).isYAMLBlank { index += 1 }
        guard cursor.byte(at: index) == UInt8(ascii: ":"), cursor.byte(at: index + 1).isYAMLWhiteOrEnd else { return false }
        cursor.move(to: index)
        return true
    }

    /// Checks that a parsed node can be a key written without `?`.
    mutating func validateKey(_ key: YAMLNode, startLine: Int, startOffset: Int) throws(YAMLError) {
        guard case .scalar = key.content else {
            throw .nonScalarKey(at: key.location, kind: key.kindDescription)
        }
        guard cursor.line == startLine else { throw .multilineKey(at: key.location) }
        var characters = 0
        for index in startOffset..<cursor.offset where cursor.bytes[index] & 0xC0 != 0x80 { characters += 1 }
        if characters > 1024 { throw .keyTooLong(at: key.location, limit: 1024) }
    }

    /// Throws if `key` repeats a key of `pairs`; small mappings are searched
    /// directly, larger ones through `index`.
    func checkDuplicate(_ key: YAMLNode, in pairs: [YAMLPair], index: inout [String: Int]) throws(YAMLError) {
        guard let text = key.scalar else { return }
        if pairs.count < 16 {
            for pair in pairs where pair.key.scalar == text {
                throw .duplicateKey(at: key.location, key: text, firstLine: pair.key.location.line)
            }
            return
        }
        if index.isEmpty {
            for pair in pairs { if let existing = pair.key.scalar { index[existing] = pair.key.location.line } }
        }
        if let firstLine = index[text] { throw .duplicateKey(at: key.location, key: text, firstLine: firstLine) }
        index[text] = key.location.line
    }

    // MARK: - Lines

    /// Whether a block sequence entry (`-` then white space) starts at `index`.
    func isSequenceEntry(at index: Int) -> Bool {
        cursor.byte(at: index) == UInt8(ascii: "-") && cursor.byte(at: index + 1).isYAMLWhiteOrEnd
    }

    /// The indentation of the content line at the cursor (a line start);
    /// throws when a tab follows the leading spaces.
    func contentIndent() throws(YAMLError) -> Int {
        let spaces = cursor.leadingSpaces(fromLineStart: cursor.offset)
        if cursor.byte(at: cursor.offset + spaces) == .yamlTab {
            var mark = cursor.mark
            mark.offset += spaces
            throw .tabIndentation(at: cursor.location(of: mark))
        }
        return spaces
    }

    /// Skips blanks and a comment to the end of the line and past its line
    /// feed; throws if anything else is left on the line.
    mutating func finishLine() throws(YAMLError) {
        let before = cursor.offset
        cursor.skipBlanks()
        let byte = cursor.peek()
        if byte == UInt8(ascii: "#") {
            let preceded = cursor.offset > before || cursor.offset == cursor.lineStart || cursor.byte(at: cursor.offset - 1).isYAMLBlank
            guard preceded else { throw .unexpectedText(at: cursor.location()) }
            cursor.skipToLineEnd()
        } else if byte == 0x0A || byte == 0 {
        } else {
            throw .unexpectedText(at: cursor.location())
        }
        if cursor.peek() == 0x0A { cursor.advanceLine() }
    }

    /// From a line start, skips lines holding only blanks or a comment.
    mutating func skipBlankLines() {
        while !cursor.isAtEnd {
            let start = cursor.offset
            cursor.skipBlanks()
            let byte = cursor.peek()
            if byte == UInt8(ascii: "#") { cursor.skipToLineEnd() }
            if cursor.peek() == 0x0A {
                cursor.advanceLine()
            } else if cursor.isAtEnd {
                return
            } else {
                cursor.move(to: start)
                return
            }
        }
    }
}
