/// Word wrapping for terminal text.
public enum TextWrap {
    /// `text` wrapped to `width` columns (at least 20), the first line
    /// prefixed with `firstIndent` and every later one with `indent`. Words
    /// longer than a line are split. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> String {
        let width = max(20, width)
        var lines: [String] = []
        var line = firstIndent
        var prefixLength = firstIndent.count
        var lineLength = prefixLength

        func breakLine() {
            lines.append(line)
            line = indent
            prefixLength = indent.count
            lineLength = prefixLength
        }

        for (number, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { breakLine() }
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                // Split a word that cannot fit on any line.
                while word.count > width - indent.count, width - indent.count > 0 {
                    if lineLength > prefixLength { breakLine() }
                    let head = word.prefix(max(1, width - lineLength))
                    line += head
                    word = word.dropFirst(head.count)
                    breakLine()
                }
                if word.isEmpty { continue }
                let space = lineLength > prefixLength ? 1 : 0
                if lineLength > prefixLength, lineLength + space + word.count > width { breakLine() }
                if lineLength > prefixLength { line += " "; lineLength += 1 }
                line += word
                lineLength += word.count
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Text to pack: as measured, and as printed (with colour).
    public typealias Cell = (plain: String, styled: String)

    /// `items` in order, `separator` between them, a new line (starting
    /// with `indent`) before an item that would pass `width`; the first
    /// line starts with `firstIndent`. Measured on the plain text and
    /// written styled, so colour never counts towards the width. An item
    /// wider than a line has one to itself.
    public static func pack(_ items: [Cell], width: Int, firstIndent: String = "", indent: String = "", separator: String = " ") -> String {
        var lines: [String] = []
        var line = firstIndent
        var used = firstIndent.count
        var isEmpty = true
        for item in items {
            if !isEmpty, used + separator.count + item.plain.count > width {
                lines.append(line)
                line = indent
                used = indent.count
                isEmpty = true
            }
            if !isEmpty {
                line += separator
                used += separator.count
            }
            line += item.styled
            used += item.plain.count
            isEmpty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// `text` as items of one word each, styled alike, for `pack`.
    public static func words(_ text: String, _ styled: (String) -> String = { $0 }) -> [Cell] {
        text.split(separator: " ").map { (String($0), styled(String($0))) }
    }
}
