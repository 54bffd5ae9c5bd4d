/// Small charts for a terminal, as plain text: bars and sparklines.
public enum TextChart {
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A bar `width` cells wide filled to `percent` (`█████░░░░░`).
    public static func bar(percent: Int, width: Int) -> String {
        let filled = max(0, min(width, (percent * width * 2 + 100) / 200))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// One block character per score (0-100), oldest first.
    public static func sparkline(_ scores: [Int]) -> String {
        String(scores.map { levels[min(7, max(0, $0) * 8 / 101)] })
    }
}
