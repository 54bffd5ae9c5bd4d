/// Turns the raw bytes of a file into the text the YAML reader scans: checked
/// to be UTF-8 made of characters YAML allows, with a leading byte order mark
/// dropped and every CRLF or lone CR turned into LF.
///
/// Doing this once up front lets the scanner treat a 0 byte as the end of the
/// text and assume every line ends in LF.
enum YAMLInput {
    /// The normalized bytes of `input`, or the first problem found.
    static func normalize(_ input: [UInt8], path: String) throws(YAMLError) -> [UInt8] {
        var index = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { index = 3 }
        let firstContent = index
        // Most files need no change (no byte order mark, no CR): check
        // them without copying and hand back the input itself. (Copying
        // byte by byte was 3.6 M instructions for the rubric.) The first
        // byte to change or to report ends the check; the loop below
        // copies from there on, and reports as before.
        let count = input.count
        let clean = input.withUnsafeBufferPointer { buffer in
            // every index read is below `count`, checked by the loop
            // (UTF8Decoding checks its own continuation bytes)
            var position = index
            while position < count {
                let byte = buffer[position]
                if byte < 0x80 {
                    guard byte >= 0x20 && byte != 0x7F || byte == 0x0A || byte == 0x09 else { break }
                    position += 1
                    continue
                }
                let (scalar, length) = UTF8Decoding.scalar(in: buffer, at: position)
                guard length > 0, scalar > 0x9F, scalar != 0x2028, scalar != 0x2029, scalar != 0xFFFE,
                      scalar != 0xFFFF, scalar != 0xFEFF else { break }
                position += length
            }
            return position
        }
        // (a NUL stops the check, so a file that passes it has none)
        if clean == count { return index == 0 ? input : Array(input[index...]) }
        if let nul = input.firstIndex(of: 0) {
            throw .binaryFile(at: location(of: nul, in: input, from: firstContent, path: path))
        }
        var out: [UInt8] = []
        out.reserveCapacity(input.count - index)
        out.append(contentsOf: input[index..<clean])
        index = clean
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                if byte >= 0x20 && byte != 0x7F || byte == 0x0A || byte == 0x09 {
                    out.append(byte)
                    index += 1
                } else if byte == 0x0D {
                    out.append(0x0A)
                    index += (index + 1 < count && input[index + 1] == 0x0A) ? 2 : 1
                } else {
                    throw .disallowedCharacter(at: location(of: index, in: input, from: firstContent, path: path), codePoint: UInt32(byte))
                }
                continue
            }
            let (scalar, length) = input.withUnsafeBufferPointer { UTF8Decoding.scalar(in: $0, at: index) }
            guard length > 0 else {
                throw .invalidUTF8(at: location(of: index, in: input, from: firstContent, path: path))
            }
            // C1 controls (NEL included: YAML 1.1 and 1.2 disagree on it),
            // the Unicode line and paragraph separators (same), and non-characters.
            if scalar <= 0x9F || scalar == 0x2028 || scalar == 0x2029 || scalar == 0xFFFE || scalar == 0xFFFF {
                throw .disallowedCharacter(at: location(of: index, in: input, from: firstContent, path: path), codePoint: scalar)
            }
            if scalar == 0xFEFF {
                throw .byteOrderMark(at: location(of: index, in: input, from: firstContent, path: path))
            }
            for offset in 0..<length { out.append(input[index + offset]) }
            index += length
        }
        return out
    }

    /// The line and column of byte `index`, counting line breaks the way the
    /// reader does (LF, CRLF, CR) and columns in Unicode scalars. Only called
    /// for an error, so it simply rescans from the start.
    private static func location(of index: Int, in bytes: [UInt8], from start: Int, path: String) -> SourceLocation {
        var line = 1
        var lineStart = start
        var position = start
        while position < index {
            let byte = bytes[position]
            if byte == 0x0A || (byte == 0x0D && !(position + 1 < bytes.count && bytes[position + 1] == 0x0A)) {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        var column = 1
        for position in lineStart..<index where bytes[position] & 0xC0 != 0x80 && bytes[position] != 0x0D {
            column += 1
        }
        return SourceLocation(path: path, line: line, column: column)
    }
}
