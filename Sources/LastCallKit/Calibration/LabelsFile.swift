/// A file of labelled replies, in either of two tab-separated forms:
///
/// - the rubric's labels file (`scoring/labels.tsv`): a header naming the
///   columns (each criterion id, `known-miss`, `source`, `reply`), then one
///   reply a line; a criterion's cell is `met`, `missed` or empty;
/// - the labelling guide's `FLAGS<TAB>REPLY`, where FLAGS lists the letters
///   `a o t b n` that hold (`b` for blamed), or `-` for none.
///
/// Lines starting with `#` and blank lines are skipped in both. Reading
/// collects every problem, each at its line and column, and keeps the
/// lines that read.
public struct LabelsFile: Sendable {
    /// The path, as given, for locations.
    public var path: String
    /// The columns in file order (the standard ones for the guide's form).
    public var columns: [LabelsColumn]
    /// The replies that read.
    public var replies: [LabelledReply]
    /// Whether the file is in the guide's `FLAGS<TAB>REPLY` form.
    public var isFlagsForm: Bool

    /// The guide's letter for each criterion.
    public static let letters: [(Character, CriterionID)] = [("a", .apology), ("o", .ownership), ("t", .timeFrame), ("b", .noBlame), ("n", .nameAndNumber)]

    /// Reads `text` (the file's contents) as a labels file at `path`.
    public static func read(text: String, path: String) -> (file: LabelsFile, diagnostics: [Diagnostic]) {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
        var problems: [Diagnostic] = []
        var file = LabelsFile(path: path, columns: LabelsColumn.standard, replies: [], isFlagsForm: true)
        var header: [LabelsColumn]?
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
            let cells = Self.cells(of: line)
            // The first line naming a known column is the header; the
            // guide's form never has one (its first cell is flag letters).
            if header == nil, file.replies.isEmpty, cells.contains(where: { LabelsColumn(name: $0.text.trimmingWhitespace()) != nil }) {
                header = readHeader(cells, line: number, path: path, problems: &problems)
                file.columns = header ?? LabelsColumn.standard
                file.isFlagsForm = false
                if header == nil { return (file, problems) }
                continue
            }
            let location = SourceLocation(path: path, line: number, column: 1)
            let reply = header.map { readLabelled(cells, columns: $0, location: location, problems: &problems) }
                ?? readFlags(cells, location: location, problems: &problems)
            if let reply { file.replies.append(reply) }
        }
        return (file, problems)
    }

    /// A cell of a line with the column (1-based, in characters) it starts at.
    struct Cell {
        var text: String
        var column: Int
    }

    /// The tab-separated cells of `line`; a cell a spreadsheet quoted
    /// (`"..."` with `""` inside) is unquoted.
    static func cells(of line: String) -> [Cell] {
        var cells: [Cell] = []
        var column = 1
        for raw in line.split(separator: "\t", omittingEmptySubsequences: false) {
            var text = String(raw)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            if text.hasSuffix("\r") { text.removeLast() }
            if text.hasPrefix("'"), Self.looksLikeFormula(text) { text.removeFirst() }
            cells.append(Cell(text: text, column: column))
            column += raw.count + 1
        }
        return cells
    }

    private static func readHeader(_ cells: [Cell], line: Int, path: String, problems: inout [Diagnostic]) -> [LabelsColumn]? {
        var columns: [LabelsColumn] = []
        var isUsable = true
        let known = LabelsColumn.standard.map(\.name)
        for cell in cells {
            let name = cell.text.trimmingWhitespace()
            let location = SourceLocation(path: path, line: line, column: cell.column)
            guard let column = LabelsColumn(name: name) else {
                problems.append(Diagnostic(.error, at: location, "unknown column '\(name)' in the header",
                                           hint: Spelling.suggestion(for: name, among: known).map { "did you mean '\($0)'?" }
                                               ?? "the columns are \(known.joined(separator: ", "))"))
                isUsable = false
                continue
            }
            if columns.contains(column) {
                problems.append(Diagnostic(.error, at: location, "column '\(name)' appears twice in the header"))
                isUsable = false
            }
            columns.append(column)
        }
        if isUsable, !columns.contains(.reply) {
            problems.append(Diagnostic(.error, at: SourceLocation(path: path, line: line, column: 1), "the header names no 'reply' column",
                                       hint: "the columns are \(known.joined(separator: ", "))"))
            return nil
        }
        return isUsable ? columns : nil
    }

    private static func readLabelled(_ cells: [Cell], columns: [LabelsColumn], location: SourceLocation,
                                     problems: inout [Diagnostic]) -> LabelledReply? {
        guard cells.count == columns.count else {
            problems.append(Diagnostic(.error, at: location, "\(cells.count) cell\(cells.count == 1 ? "" : "s") where the header names \(columns.count)",
                                       hint: "cells are separated by one tab each; a reply may not hold a tab"))
            return nil
        }
        var reply = LabelledReply(reply: "", labels: [:], location: location)
        var knownMisses: [(String, Int)] = []
        var isUsable = true
        for (cell, column) in zip(cells, columns) {
            let text = cell.text.trimmingWhitespace()
            switch column {
            case .criterion(let id):
                switch text.lowercased() {
                case "met": reply.labels[id] = true
                case "missed": reply.labels[id] = false
                case "": break
                default:
                    var at = location
                    at.column = cell.column
                    problems.append(Diagnostic(.error, at: at, "'\(text)' is no label for \(id.rawValue)",
                                               hint: "write met, missed, or leave the cell empty when not decided"))
                    isUsable = false
                }
            case .knownMiss:
                var offset = 0
                for word in cell.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == " " || $0 == "," }) {
                    if !word.isEmpty { knownMisses.append((String(word), cell.column + offset)) }
                    offset += word.count + 1
                }
            case .source: reply.source = text
            case .reply:
                reply.reply = text
                // Point at the reply, so a rendered diagnostic shows it under a caret.
                reply.location.column = cell.column
            }
        }
        for (word, column) in knownMisses {
            var at = location
            at.column = column
            guard let id = CriterionID(rawValue: word.lowercased()) else {
                problems.append(Diagnostic(.error, at: at, "unknown criterion '\(word)' in known-miss",
                                           hint: Spelling.suggestion(for: word, among: CriterionID.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
                                               ?? "list the criteria the scorer gets wrong here, separated by spaces"))
                isUsable = false
                continue
            }
            guard reply.labels[id] != nil else {
                problems.append(Diagnostic(.error, at: at, "known miss '\(id.rawValue)' has no label on this line",
                                           hint: "label \(id.rawValue) met or missed, or take it out of known-miss"))
                isUsable = false
                continue
            }
            reply.knownMisses.insert(id)
        }
        if reply.reply.isEmpty {
            problems.append(Diagnostic(.error, at: location, "no reply on this line"))
            isUsable = false
        }
        return isUsable ? reply : nil
    }

    private static func readFlags(_ cells: [Cell], location: SourceLocation, problems: inout [Diagnostic]) -> LabelledReply? {
        guard cells.count >= 2 else {
            problems.append(Diagnostic(.error, at: location, "expected FLAGS, a tab, then the reply",
                                       hint: "FLAGS lists the letters a o t b n that hold, or - for none; a labels file with a header needs a 'reply' column"))
            return nil
        }
        let flags = cells[0].text.trimmingWhitespace()
        var labels = Dictionary(uniqueKeysWithValues: CriterionID.allCases.map { ($0, LabelledReply.positive($0, met: false)) })
        if flags != "-" {
            for (offset, letter) in flags.enumerated() {
                guard let id = letters.first(where: { $0.0 == letter })?.1 else {
                    var at = location
                    at.column = cells[0].column + offset
                    problems.append(Diagnostic(.error, at: at, "'\(letter)' is no criterion letter",
                                               hint: "the letters are a (apology), o (ownership), t (time-frame), b (blamed), n (name), or - for none"))
                    return nil
                }
                labels[id] = LabelledReply.positive(id, met: true)
            }
        }
        let reply = cells.dropFirst().map(\.text).joined(separator: " ").trimmingWhitespace()
        guard !reply.isEmpty else {
            problems.append(Diagnostic(.error, at: location, "no reply after the flags"))
            return nil
        }
        var at = location
        at.column = cells[1].column
        return LabelledReply(reply: reply, labels: labels, location: at)
    }

    /// One line of a labels file for `reply` in `columns` order, without the
    /// line break. Tabs and line breaks in the text become spaces, so the
    /// line stays one line of the right number of cells.
    public static func line(for reply: LabelledReply, columns: [LabelsColumn]) -> String {
        columns.map { column -> String in
            switch column {
            case .criterion(let id): return reply.labels[id].map { $0 ? "met" : "missed" } ?? ""
            case .knownMiss: return reply.knownMisses.sorted().map(\.rawValue).joined(separator: " ")
            case .source: return flattened(reply.source)
            case .reply: return flattened(reply.reply)
            }
        }.joined(separator: "\t")
    }

    /// The header line for `columns`.
    public static func header(_ columns: [LabelsColumn]) -> String {
        columns.map(\.name).joined(separator: "\t")
    }

    /// A cell starting with one of these is run as a formula by a
    /// spreadsheet; written with a leading `'`, which reading takes off.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    private static func flattened(_ text: String) -> String {
        let flat = String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }).trimmingWhitespace()
        return looksLikeFormula(flat) ? "'" + flat : flat
    }

    /// Whether `text`, past any leading `'`, starts like a formula (so a
    /// quote added on writing is told from one the text already had).
    static func looksLikeFormula(_ text: String) -> Bool {
        text.drop(while: { $0 == "'" }).first.map(formulaStarts.contains) ?? false
    }
}
