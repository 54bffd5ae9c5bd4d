/// UUID-shaped text from digest bytes (version 5 layout: the version and
/// variant bits are set), for ids derived from content.
public enum UUIDText {
    /// The first 32 hex digits of `hex` as a lowercase 8-4-4-4-12 UUID.
    public static func from(hex: String) -> String {
        var digits = Array(hex.prefix(32).utf8)
        while digits.count < 32 { digits.append(UInt8(ascii: "0")) }
        digits[12] = UInt8(ascii: "5")
        let variant = "89ab".utf8.map { $0 }
        let nibble = Int(hexValue(digits[16]) & 0x3)
        digits[16] = variant[nibble]
        let text = String(decoding: digits, as: UTF8.self)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x61...0x66: return byte - 0x61 + 10
        case 0x41...0x46: return byte - 0x41 + 10
        default: return 0
        }
    }
}
