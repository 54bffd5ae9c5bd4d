/// Reads Last Call's strict YAML subset into a `YAMLNode` tree.
///
/// The subset is block mappings and sequences, flow `[ ]` and `{ }`, plain,
/// quoted, literal and folded scalars and comments, all read exactly as a
/// YAML 1.2 parser would, with every scalar kept as a string. Anchors,
/// aliases, tags, directives, explicit `?` keys, several documents, keys
/// that are not text and duplicate keys are rejected with a located error,
/// as is anything whose meaning the reader cannot be sure of.
public enum YAMLReader {
    /// How deeply lists and mappings may nest before the reader gives up,
    /// which keeps hostile input from exhausting the stack.
    public static let maximumDepth = 256

    /// Reads a document from text.
    ///
    /// - Parameters:
    ///   - text: the document.
    ///   - path: the file name used in locations and errors.
    public static func read(_ text: String, path: String) throws(YAMLError) -> YAMLNode {
        try read(bytes: Array(text.utf8), path: path)
    }

    /// Reads a document from a file's raw bytes: skips a leading byte order
    /// mark, accepts CRLF line ends, and reports invalid UTF-8 or binary
    /// content at the first offending byte.
    public static func read(bytes: [UInt8], path: String) throws(YAMLError) -> YAMLNode {
        let normalized = try YAMLInput.normalize(bytes, path: path)
        var parser = YAMLParser(bytes: normalized, path: path, maximumDepth: maximumDepth)
        return try parser.parseDocument()
    }
}
