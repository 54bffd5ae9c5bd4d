/// One export format (`lastcall export --format ...`): a small value that
/// knows its name, whether it streams, and how to write itself. The command
/// picks the exporter and supplies the sessions; every format is written the
/// same way, and each is tested against a stored expected file.
public protocol ReportExporter: Sendable {
    /// The name `--format` takes: `csv`, `json`, `xapi` or `html`.
    var identifier: String { get }
    /// Whether the export is written session by session as the progress
    /// files are read (memory stays flat however many sessions there are);
    /// otherwise it needs the whole team report first (memory grows with the
    /// number of trainees).
    var isStreaming: Bool { get }
    /// Writes the whole export, piece by piece, to `output`, reading from
    /// `source` only what it needs (the team report or the sessions).
    func write<Source: ExportSource>(_ source: Source, to output: (String) -> Void)
}
