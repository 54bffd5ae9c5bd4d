/// Word wrapping for terminal text.
public enum TextWrap {
    /// `text` wrapped to `width` columns, every line after the first
    /// prefixed with `indent` (the first with `firstIndent`). Words longer
    /// than a line are split. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> String {
        let width = max(20, width)
        var lines: [String] = []
        var isFirst = true
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = isFirst ? firstIndent : indent
            var lineLength = line.count
            let prefixLength = lineLength
            isFirst = false
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width - prefixLength, width - prefixLength > 0 {
                    if lineLength > prefixLength { lines.append(line); line = indent; lineLength = indent.count }
                    let head = word.prefix(width - prefixLength)
                    lines.append(line + head)
                    line = indent
                    lineLength = indent.count
                    word = word.dropFirst(head.count)
                }
                if word.isEmpty { continue }
                if lineLength > prefixLength, lineLength + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                    lineLength = indent.count
                }
                if lineLength > prefixLength { line += " "; lineLength += 1 }
                line += word
                lineLength += word.count
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
