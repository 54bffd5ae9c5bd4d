/// Byte constants and classes the YAML reader tests bytes against.
///
/// Computed rather than stored so that the hot scanning loops compare against
/// literals instead of lazily initialised globals.
extension UInt8 {
    static var yamlLineFeed: UInt8 { 0x0A }
    static var yamlSpace: UInt8 { 0x20 }
    static var yamlTab: UInt8 { 0x09 }

    /// A space or a tab.
    @inline(__always) var isYAMLBlank: Bool { self == 0x20 || self == 0x09 }

    /// A line feed or the end of the text (the reader's 0 sentinel).
    @inline(__always) var isYAMLBreakOrEnd: Bool { self == 0x0A || self == 0 }

    /// A space, a tab, a line feed or the end of the text.
    @inline(__always) var isYAMLWhiteOrEnd: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0 }

    /// One of `,[]{}`, which end plain text inside flow collections.
    @inline(__always) var isYAMLFlowIndicator: Bool {
        self == UInt8(ascii: ",") || self == UInt8(ascii: "[") || self == UInt8(ascii: "]")
            || self == UInt8(ascii: "{") || self == UInt8(ascii: "}")
    }
}
