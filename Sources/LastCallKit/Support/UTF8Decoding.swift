/// The one UTF-8 decoder of the core, by the Unicode Standard's table 3-7
/// (well-formed byte sequences): no overlong forms, no surrogates, nothing
/// above U+10FFFF, no stray or missing continuation bytes. The YAML reader
/// uses it to find the first bad byte, the scorer to decide whether a reply
/// can be kept byte for byte.
enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes (1 to 4), or a
    /// length of 0 when the bytes there are not well-formed UTF-8.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            let at = index + offset
            guard at < bytes.count, bytes[at] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[at] & 0x3F)
        }
        switch lead {
        case 0xC2...0xDF:
            guard let b1 = continuation(1) else { return (0, 0) }
            return (UInt32(lead & 0x1F) << 6 | b1, 2)
        case 0xE0...0xEF:
            guard let b1 = continuation(1), let b2 = continuation(2) else { return (0, 0) }
            let value = UInt32(lead & 0x0F) << 12 | b1 << 6 | b2
            // Below U+0800 is an overlong form; U+D800-U+DFFF are surrogates.
            guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return (0, 0) }
            return (value, 3)
        case 0xF0...0xF4:
            guard let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) else { return (0, 0) }
            let value = UInt32(lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
            guard value >= 0x10000, value <= 0x10FFFF else { return (0, 0) }
            return (value, 4)
        default:
            // 0x80-0xBF (a continuation byte with no lead), 0xC0-0xC1 (always
            // overlong) and 0xF5-0xFF (beyond U+10FFFF).
            return (0, 0)
        }
    }

    /// Whether all of `bytes` is well-formed UTF-8, so that
    /// `String(decoding:as:)` keeps it byte for byte.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            // ASCII sixteen, then eight bytes at a time (replies are mostly
            // ASCII): no high bit set. Sixteen halve the loop's steps on a
            // reply (about 100 instructions of its 250).
            if index + 16 <= bytes.count {
                let start = UnsafeRawPointer(bytes.baseAddress! + index)
                if (start.loadUnaligned(as: UInt64.self) | start.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                    index += 16
                    continue
                }
            }
            if index + 8 <= bytes.count,
               UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = scalar(in: bytes, at: index).length
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    /// Whether all of `bytes` is well-formed UTF-8.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValid($0) }
    }
}
