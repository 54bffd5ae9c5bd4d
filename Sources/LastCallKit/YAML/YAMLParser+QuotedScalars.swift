/// Single- and double-quoted scalars, with escapes and line folding.
extension YAMLParser {
    /// Parses `'...'`; the cursor is at the opening quote and ends after the
    /// closing one.
    mutating func parseSingleQuoted(minimumIndent: Int) throws(YAMLError) -> YAMLNode {
        if let node = oneLineQuoted(quote: UInt8(ascii: "'"), style: .singleQuoted) { return node }
        let location = cursor.location()
        cursor.advance(1)
        var out: [UInt8] = []
        var kept = 0
        while true {
            let byte = cursor.peek()
            switch byte {
            case UInt8(ascii: "'"):
                if cursor.peek(1) == UInt8(ascii: "'") {
                    out.append(byte)
                    cursor.advance(2)
                    kept = out.count
                } else {
                    cursor.advance(1)
                    return YAMLNode(.scalar(String(decoding: out, as: UTF8.self), style: .singleQuoted), at: location)
                }
            case 0x0A:
                try foldQuotedLineBreak(into: &out, kept: &kept, escaped: false, minimumIndent: minimumIndent, opening: location, isDouble: false)
            case 0:
                throw .unterminatedQuote(at: location, isDouble: false)
            default:
                out.append(byte)
                cursor.advance(1)
                if !byte.isYAMLBlank { kept = out.count }
            }
        }
    }

    /// Parses `"..."`; the cursor is at the opening quote and ends after the
    /// closing one.
    mutating func parseDoubleQuoted(minimumIndent: Int) throws(YAMLError) -> YAMLNode {
        if let node = oneLineQuoted(quote: UInt8(ascii: "\""), style: .doubleQuoted) { return node }
        let location = cursor.location()
        cursor.advance(1)
        var out: [UInt8] = []
        // Blanks before a line break are dropped unless they came from an
        // escape: `kept` is the length that must survive.
        var kept = 0
        while true {
            let byte = cursor.peek()
            switch byte {
            case UInt8(ascii: "\""):
                cursor.advance(1)
                return YAMLNode(.scalar(String(decoding: out, as: UTF8.self), style: .doubleQuoted), at: location)
            case UInt8(ascii: "\\"):
                if cursor.peek(1) == 0x0A {
                    cursor.advance(1)
                    kept = out.count
                    try foldQuotedLineBreak(into: &out, kept: &kept, escaped: true, minimumIndent: minimumIndent, opening: location, isDouble: true)
                } else {
                    try appendEscape(into: &out)
                    kept = out.count
                }
            case 0x0A:
                try foldQuotedLineBreak(into: &out, kept: &kept, escaped: false, minimumIndent: minimumIndent, opening: location, isDouble: true)
            case 0:
                throw .unterminatedQuote(at: location, isDouble: true)
            default:
                out.append(byte)
                cursor.advance(1)
                if !byte.isYAMLBlank { kept = out.count }
            }
        }
    }

    /// A quoted scalar closed on its own line with no escape (`\` in double
    /// quotes, `''` in single ones), read as the bytes between its quotes;
    /// nil, with the cursor unmoved, for any other (read byte by byte
    /// then). Nearly every rubric phrase is one: copying them a byte at a
    /// time into a buffer was some 4 M instructions of start-up.
    mutating func oneLineQuoted(quote: UInt8, style: ScalarStyle) -> YAMLNode? {
        let bytes = cursor.bytes
        let start = cursor.offset + 1
        var end = start
        while end < bytes.count {
            let byte = bytes[end]
            if byte == quote || byte == 0x0A || (byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"")) { break }
            end += 1
        }
        guard end < bytes.count, bytes[end] == quote else { return nil }
        if quote == UInt8(ascii: "'"), end + 1 < bytes.count, bytes[end + 1] == quote { return nil }
        let location = cursor.location()
        cursor.move(to: end + 1)
        return YAMLNode(.scalar(String(decoding: bytes[start..<end], as: UTF8.self), style: style), at: location)
    }

    /// Handles the line feed at the cursor inside a quoted scalar: trims the
    /// blanks before it, counts empty lines, checks the next line's
    /// indentation and appends a space, line feeds, or (after an escaped
    /// line break) only the line feeds of the empty lines.
    mutating func foldQuotedLineBreak(into out: inout [UInt8], kept: inout Int, escaped: Bool, minimumIndent: Int, opening: SourceLocation, isDouble: Bool) throws(YAMLError) {
        if out.count > kept { out.removeLast(out.count - kept) }
        var emptyLines = 0
        while true {
            cursor.advanceLine()
            let spaces = cursor.leadingSpaces(fromLineStart: cursor.offset)
            if spaces == 0 && cursor.isDocumentMarker(at: cursor.offset) { throw .documentMarkerInside(at: cursor.location()) }
            cursor.advance(spaces)
            let byte = cursor.peek()
            if spaces < minimumIndent {
                if byte == .yamlTab { throw .tabIndentation(at: cursor.location()) }
                // A quoted text that runs into a line too shallow to continue
                // it was almost always left unclosed: report the quote.
                if byte != 0x0A && byte != 0 { throw .unclosedQuote(at: opening, isDouble: isDouble, nextLine: cursor.line) }
            }
            cursor.skipBlanks()
            let next = cursor.peek()
            if next == 0 { throw .unterminatedQuote(at: opening, isDouble: isDouble) }
            if next == 0x0A {
                emptyLines += 1
                continue
            }
            break
        }
        if emptyLines == 0 {
            if !escaped { out.append(.yamlSpace) }
        } else {
            out.append(contentsOf: repeatElement(UInt8.yamlLineFeed, count: emptyLines))
        }
        kept = out.count
    }

    /// Reads the escape sequence at the cursor (a backslash not before a
    /// line feed) and appends what it stands for.
    mutating func appendEscape(into out: inout [UInt8]) throws(YAMLError) {
        let start = cursor.offset
        let code = cursor.peek(1)
        var digits = 0
        switch code {
        case UInt8(ascii: "0"): out.append(0x00)
        case UInt8(ascii: "a"): out.append(0x07)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"), 0x09: out.append(0x09)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "v"): out.append(0x0B)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "e"): out.append(0x1B)
        case UInt8(ascii: " "): out.append(0x20)
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "N"): out.append(contentsOf: [0xC2, 0x85])
        case UInt8(ascii: "_"): out.append(contentsOf: [0xC2, 0xA0])
        case UInt8(ascii: "L"): out.append(contentsOf: [0xE2, 0x80, 0xA8])
        case UInt8(ascii: "P"): out.append(contentsOf: [0xE2, 0x80, 0xA9])
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default:
            throw .invalidEscape(at: cursor.location(), escape: escapeText(from: start, length: 2))
        }
        guard digits > 0 else {
            cursor.advance(2)
            return
        }
        var value: UInt32 = 0
        for position in 0..<digits {
            guard let digit = hexValue(cursor.peek(2 + position)) else {
                throw .invalidEscape(at: cursor.location(), escape: escapeText(from: start, length: 2 + position + 1))
            }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw .invalidEscape(at: cursor.location(), escape: escapeText(from: start, length: 2 + digits))
        }
        out.append(contentsOf: String(Character(scalar)).utf8)
        cursor.advance(2 + digits)
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The escape as written, for the error message (stopping at the line end).
    private func escapeText(from start: Int, length: Int) -> String {
        var end = start
        while end < start + length && !cursor.byte(at: end).isYAMLBreakOrEnd { end += 1 }
        while cursor.byte(at: end) & 0xC0 == 0x80 { end += 1 }
        return String(decoding: cursor.bytes[start..<end], as: UTF8.self)
    }
}
