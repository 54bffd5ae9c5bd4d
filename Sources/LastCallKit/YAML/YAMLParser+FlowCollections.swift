/// Flow sequences `[a, b]` and flow mappings `{a: 1}`, possibly nested and
/// spread over several lines.
extension YAMLParser {
    /// Parses a flow collection; the cursor is at `[` or `{` and ends after
    /// the closing bracket. Lines inside must be indented at least
    /// `minimumIndent` spaces.
    mutating func parseFlowCollection(minimumIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        let location = cursor.location()
        guard depth <= maximumDepth else { throw .nestingTooDeep(at: location, limit: maximumDepth) }
        let isSequence = cursor.peek() == UInt8(ascii: "[")
        let opening: Character = isSequence ? "[" : "{"
        let closing: Character = isSequence ? "]" : "}"
        let closingByte = isSequence ? UInt8(ascii: "]") : UInt8(ascii: "}")
        cursor.advance(1)
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var index: [String: Int] = [:]
        while true {
            try skipFlowSeparation(minimumIndent: minimumIndent)
            let byte = cursor.peek()
            if byte == closingByte { break }
            if byte == 0 { throw .unterminatedFlow(at: location, opening: opening) }
            if byte == UInt8(ascii: "?") && (cursor.peek(1).isYAMLWhiteOrEnd || cursor.peek(1).isYAMLFlowIndicator) {
                throw .explicitKey(at: cursor.location())
            }
            if isSequence {
                items.append(try parseFlowNode(minimumIndent: minimumIndent, depth: depth))
                try skipFlowSeparation(minimumIndent: minimumIndent)
                if cursor.peek() == UInt8(ascii: ":") { throw .pairInFlowSequence(at: cursor.location()) }
            } else {
                pairs.append(try parseFlowPair(minimumIndent: minimumIndent, depth: depth, pairs: pairs, index: &index))
            }
            let separator = cursor.peek()
            if separator == UInt8(ascii: ",") {
                cursor.advance(1)
                continue
            }
            if separator == closingByte { break }
            if separator == 0 { throw .unterminatedFlow(at: location, opening: opening) }
            throw .expectedFlowSeparator(at: cursor.location(), closing: closing)
        }
        cursor.advance(1)
        return YAMLNode(isSequence ? .sequence(items) : .mapping(pairs), at: location)
    }

    /// Parses one `key: value`, `key:` or `key` entry of a flow mapping and
    /// the separation after it.
    private mutating func parseFlowPair(minimumIndent: Int, depth: Int, pairs: [YAMLPair], index: inout [String: Int]) throws(YAMLError) -> YAMLPair {
        if cursor.peek() == UInt8(ascii: ":") {
            let next = cursor.peek(1)
            if next.isYAMLWhiteOrEnd || next.isYAMLFlowIndicator { throw .emptyKey(at: cursor.location()) }
        }
        let startLine = cursor.line
        let startOffset = cursor.offset
        let key = try parseFlowNode(minimumIndent: minimumIndent, depth: depth)
        guard case .scalar = key.content else { throw .nonScalarKey(at: key.location, kind: key.kindDescription) }
        guard cursor.line == startLine else { throw .multilineKey(at: key.location) }
        try checkDuplicate(key, in: pairs, index: &index)
        cursor.skipBlanks()
        let byte = cursor.peek()
        if byte == UInt8(ascii: ":") {
            try validateKey(key, startLine: startLine, startOffset: startOffset)
            cursor.advance(1)
            try skipFlowSeparation(minimumIndent: minimumIndent)
            let next = cursor.peek()
            if next == UInt8(ascii: ",") || next == UInt8(ascii: "}") {
                return YAMLPair(key: key, value: YAMLNode(.null, at: key.location))
            }
            let value = try parseFlowNode(minimumIndent: minimumIndent, depth: depth)
            try skipFlowSeparation(minimumIndent: minimumIndent)
            return YAMLPair(key: key, value: value)
        }
        try skipFlowSeparation(minimumIndent: minimumIndent)
        if cursor.peek() == UInt8(ascii: ":") { throw .multilineKey(at: key.location) }
        return YAMLPair(key: key, value: YAMLNode(.null, at: key.location))
    }

    /// Parses one node inside a flow collection.
    private mutating func parseFlowNode(minimumIndent: Int, depth: Int) throws(YAMLError) -> YAMLNode {
        switch cursor.peek() {
        case UInt8(ascii: "["), UInt8(ascii: "{"): return try parseFlowCollection(minimumIndent: minimumIndent, depth: depth + 1)
        case UInt8(ascii: "\""): return try parseDoubleQuoted(minimumIndent: minimumIndent)
        case UInt8(ascii: "'"): return try parseSingleQuoted(minimumIndent: minimumIndent)
        default:
            try checkPlainStart(inFlow: true)
            return try parsePlain(minimumIndent: minimumIndent, inFlow: true)
        }
    }

    /// Skips blanks, comments and line breaks inside a flow collection,
    /// checking the indentation of each new line that holds content.
    mutating func skipFlowSeparation(minimumIndent: Int) throws(YAMLError) {
        while true {
            let byte = cursor.peek()
            if byte.isYAMLBlank {
                cursor.advance(1)
            } else if byte == UInt8(ascii: "#") {
                let preceded = cursor.offset == cursor.lineStart || cursor.byte(at: cursor.offset - 1).isYAMLBlank
                guard preceded else { return }
                cursor.skipToLineEnd()
            } else if byte == 0x0A {
                cursor.advanceLine()
                let spaces = cursor.leadingSpaces(fromLineStart: cursor.offset)
                if spaces == 0 && cursor.isDocumentMarker(at: cursor.offset) { throw .documentMarkerInside(at: cursor.location()) }
                var first = cursor.offset + spaces
                while cursor.byte(at: first).isYAMLBlank { first += 1 }
                let content = cursor.byte(at: first)
                if spaces < minimumIndent && !content.isYAMLBreakOrEnd && content != UInt8(ascii: "#") {
                    cursor.advance(spaces)
                    if cursor.peek() == .yamlTab { throw .tabIndentation(at: cursor.location()) }
                    throw .insufficientIndentation(at: cursor.location())
                }
                cursor.move(to: first)
            } else {
                return
            }
        }
    }
}
