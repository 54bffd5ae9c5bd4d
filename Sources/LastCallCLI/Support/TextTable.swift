/// Plain terminal tables with aligned columns.
public enum TextTable {
    /// `header` and `rows` as aligned columns separated by two spaces; the
    /// header in bold when styling is on.
    public static func render(header: [String], rows: [[String]], style: Style) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        var text = style.bold(line(header)) + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }
}
