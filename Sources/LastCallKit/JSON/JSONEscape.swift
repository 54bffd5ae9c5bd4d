/// A backslash escape inside a JSON string, read by the one rule both JSON
/// readers share: ``JSONParser``, which decodes strings, and the reports'
/// fast `LineScanner`, which steps over them. Kept in one place so the two
/// accept and refuse exactly the same escapes: the eight one-letter ones and
/// `\uXXXX`, a high surrogate only when a `\u` low surrogate follows.
enum JSONEscape {
    /// Why an escape was refused.
    enum Problem: Error, Equatable {
        /// The text ends inside the escape.
        case truncated
        /// A letter after the backslash that JSON does not know.
        case unknown
        /// A `\u` escape with a character that is no hex digit.
        case badHexDigit
        /// A surrogate that is not a high one followed by a low one.
        case unpairedSurrogate

        /// The words a reader puts in its error (the reports' reader says
        /// more of a truncated line: a torn write).
        var message: String {
            switch self {
            case .truncated: return "unterminated string"
            case .unknown: return "unknown escape in a string"
            case .badHexDigit: return #"bad hex digit in a \u escape"#
            case .unpairedSurrogate: return "unpaired surrogate in a string"
            }
        }
    }

    /// Reads the escape whose backslash is at `index` of `bytes`, moves
    /// `index` past it and returns the scalar it stands for. On a problem,
    /// `index` is where it was found: just past an unknown letter, at a bad
    /// hex digit, past the first `\u` of an unpaired surrogate.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) throws(Problem) -> Unicode.Scalar {
        guard index + 1 < bytes.count else { index = bytes.count; throw .truncated }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): break
        default: throw .unknown
        }
        var scalar = try hex4(bytes, at: &index)
        if (0xD800..<0xDC00).contains(scalar) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw .unpairedSurrogate
            }
            index += 2
            let low = try hex4(bytes, at: &index)
            guard (0xDC00..<0xE000).contains(low) else { throw .unpairedSurrogate }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw .unpairedSurrogate
        }
        // every value left is a scalar: surrogates are paired or refused above
        return Unicode.Scalar(scalar)!
    }

    /// The four hex digits at `index`, as a number; `index` moves past them.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) throws(Problem) -> UInt32 {
        guard index + 4 <= bytes.count else { index = bytes.count; throw .truncated }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw .badHexDigit
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
