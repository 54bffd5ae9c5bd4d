/// A cursor over the UTF-8 bytes of one progress-file line that reads the
/// few JSON fields reports need and skips the rest (above all the `turns`
/// array) without building values, while still checking that the line is
/// well-formed JSON. Used only by `SessionFacts(line:)`.
struct LineScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { index >= bytes.count }

    func fail(_ message: String) -> RecordError {
        RecordError("not a valid JSON line: \(message) at byte \(index + 1)")
    }

    func truncated() -> RecordError {
        RecordError("the line ends in the middle of the JSON at byte \(index + 1) (torn or cut-off line)")
    }

    mutating func skipSpace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            index += 1
        }
    }

    /// The next non-space byte, not consumed.
    mutating func peek() throws(RecordError) -> UInt8 {
        skipSpace()
        guard index < bytes.count else { throw truncated() }
        return bytes[index]
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws(RecordError) {
        guard try peek() == byte else { throw fail("expected \(what)") }
        index += 1
    }

    /// Skips a string whose opening quote is at `index`, checking it as the
    /// full decoder does (escapes, surrogate pairs, UTF-8); returns the
    /// range of its content and whether it holds escapes. Runs of plain
    /// ASCII are skipped eight bytes at a time: most of a line is reply text.
    mutating func skipString() throws(RecordError) -> (range: Range<Int>, hasEscapes: Bool) {
        index += 1
        let start = index
        var hasEscapes = false
        let count = bytes.count
        guard let base = bytes.baseAddress else { throw truncated() }
        let raw = UnsafeRawPointer(base)
        while true {
            while index &+ 8 <= count, Self.isPlain(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index &+= 8
            }
            guard index < count else { break }
            let byte = base[index]
            if byte == 0x22 {
                let range = start..<index
                index += 1
                return (range, hasEscapes)
            }
            if byte == 0x5C {
                hasEscapes = true
                try skipEscape()
                continue
            }
            if byte < 0x20 { throw fail("unescaped control character in a string") }
            if byte >= 0x80 {
                try skipUTF8Sequence()
                continue
            }
            index += 1
        }
        index = count
        throw truncated()
    }

    /// Whether none of the eight bytes in `word` is a quote, a backslash, a
    /// control character or outside ASCII (the classic SWAR zero-byte
    /// tests, exact as a yes/no).
    @inline(__always)
    static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        let hasQuote = (quotes &- ones) & ~quotes & highs
        let hasBackslash = (backslashes &- ones) & ~backslashes & highs
        let hasControl = (word &- ones &* 0x20) & ~word & highs
        return hasQuote | hasBackslash | hasControl | (word & highs) == 0
    }

    /// Skips the escape whose backslash is at `index`, accepting exactly
    /// what `JSONParser` decodes: both read it through ``JSONEscape``.
    private mutating func skipEscape() throws(RecordError) {
        let bytes = self.bytes
        do {
            _ = try JSONEscape.read(bytes, at: &index)
        } catch .truncated {
            throw truncated()
        } catch {
            throw fail(error.message)
        }
    }

    /// Skips one multi-byte UTF-8 sequence starting at `index`, accepting
    /// exactly what `String(validating:)` accepts (no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    private mutating func skipUTF8Sequence() throws(RecordError) {
        let lead = bytes[index]
        let length: Int, second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: length = 2; second = 0x80...0xBF
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3; second = 0x80...0xBF
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4; second = 0x80...0xBF
        case 0xF4: length = 4; second = 0x80...0x8F
        default: throw RecordError("invalid UTF-8 in a string at byte \(index + 1)")
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]),
              length < 3 || (0x80...0xBF).contains(bytes[index + 2]),
              length < 4 || (0x80...0xBF).contains(bytes[index + 3]) else {
            throw RecordError("invalid UTF-8 in a string at byte \(index + 1)")
        }
        index += length
    }

    /// The next key (the cursor at its opening quote) as an index into
    /// `names`, or nil for a key not in it; checks the `:` after it.
    mutating func key(in names: [[UInt8]]) throws(RecordError) -> Int? {
        let (range, hasEscapes) = try skipString()
        try expect(0x3A, "':' after a key")
        if hasEscapes {
            // Rare: a key written with escapes; decode it and compare.
            let text = try Self.unescaped(bytes, range)
            return names.firstIndex { $0.elementsEqual(text.utf8) }
        }
        let length = range.count
        for (position, name) in names.enumerated() where name.count == length {
            var offset = 0
            while offset < length, name[offset] == bytes[range.lowerBound + offset] { offset += 1 }
            if offset == length { return position }
        }
        return nil
    }

    private static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws(RecordError) -> String {
        do {
            let value = try JSONParser.parse(bytes: [0x22] + Array(bytes[range]) + [0x22])
            if case .string(let text) = value { return text }
        } catch {
            throw RecordError("not a valid JSON line: \(error.message) in a key at byte \(range.lowerBound + 1)")
        }
        throw RecordError("not a valid JSON line: bad key at byte \(range.lowerBound + 1)")
    }

    /// Reads a string value (the cursor at its opening quote).
    mutating func string() throws(RecordError) -> String {
        let start = index
        let (range, hasEscapes) = try skipString()
        if !hasEscapes {
            // `skipString` has checked the UTF-8 already.
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: Array(bytes[start..<index]))
        } catch {
            throw RecordError("not a valid JSON line: \(error.message) in the string at byte \(start + 1)")
        }
        guard case .string(let text) = value else { throw fail("expected a string") }
        return text
    }

    /// Reads a whole number (a number with a zero fraction is accepted, as
    /// the full decoder does).
    mutating func integer() throws(RecordError) -> Int? {
        let start = index
        let isNegative = bytes[index] == 0x2D
        if isNegative { index += 1 }
        // Accumulated as a negative number, whose range reaches one further,
        // so that Int.min reads as `Int(text)` in the full decoder reads it.
        var value = 0
        let digitsStart = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.subtractingReportingOverflow(Int(bytes[index] - 0x30))
            if overflow1 || overflow2 { index = start; return try fractionalWhole(from: start) }
            value = sum
            index += 1
        }
        guard index > digitsStart else { throw fail("unexpected character") }
        if bytes[digitsStart] == 0x30, index - digitsStart > 1 { throw fail("a number may not start with 0") }
        if index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x65 || bytes[index] == 0x45 {
            index = start
            return try fractionalWhole(from: start)
        }
        if isNegative { return value }
        guard value != Int.min else { index = start; return try fractionalWhole(from: start) }
        return -value
    }

    private mutating func fractionalWhole(from start: Int) throws(RecordError) -> Int? {
        try skipNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let number = Double(text), number == number.rounded(), abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    mutating func skipNumber() throws(RecordError) {
        if bytes[index] == 0x2D { index += 1 }
        let digitsStart = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        guard index > digitsStart else { throw fail("unexpected character") }
        if bytes[digitsStart] == 0x30, index - digitsStart > 1 { throw fail("a number may not start with 0") }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > start else { throw fail("expected digits after '.'") }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            guard index > start else { throw fail("expected digits in the exponent") }
        }
    }

    mutating func literal(_ word: StaticString) throws(RecordError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { index = bytes.count; throw truncated() }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] { throw fail("unexpected character") }
        index += count
    }

    /// Skips any JSON value, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(RecordError) {
        guard depth < JSONParser.maximumDepth else { throw fail("nesting too deep") }
        switch try peek() {
        case 0x22: _ = try skipString()
        case 0x7B:
            index += 1
            if try peek() == 0x7D { index += 1; return }
            while true {
                guard try peek() == 0x22 else { throw fail("expected a quoted key") }
                _ = try skipString()
                try expect(0x3A, "':' after a key")
                try skipValue(depth: depth + 1)
                let next = try peek()
                index += 1
                if next == 0x2C { continue }
                if next == 0x7D { return }
                index -= 1
                throw fail("expected ',' or '}' in an object")
            }
        case 0x5B:
            index += 1
            if try peek() == 0x5D { index += 1; return }
            while true {
                try skipValue(depth: depth + 1)
                let next = try peek()
                index += 1
                if next == 0x2C { continue }
                if next == 0x5D { return }
                index -= 1
                throw fail("expected ',' or ']' in an array")
            }
        case 0x74: try literal("true")
        case 0x66: try literal("false")
        case 0x6E: try literal("null")
        default: try skipNumber()
        }
    }
}
