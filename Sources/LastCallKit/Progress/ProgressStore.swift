/// Where sessions are kept: one history per trainee, appended to and never
/// rewritten. The core reads and writes sessions only through this seam;
/// the CLI keeps histories as `TRAINEE.jsonl` files under a lock, and tests
/// keep them in memory.
///
/// A history is a sequence of lines, each meant to be one session record's
/// JSON. Lines are handed out as bytes, not records, so that every reader
/// (the fast one for reports, the full one for exports) decodes the same
/// bytes and reports a bad line at the same place: see
/// `ProgressStore+Reading.swift`.
public protocol ProgressStore: Sendable {
    /// The keys of the histories in the store (trainee ids as stored), in
    /// byte order.
    func trainees() throws(ProgressStoreError) -> [String]

    /// Appends `record` as one line to the history of `record.trainee`.
    /// Earlier lines are never rewritten; when the history ends in a torn
    /// line, the new line still starts on a line of its own.
    func append(_ record: SessionRecord) throws(ProgressStoreError)

    /// How warnings name `trainee`'s history (a file path for the file store).
    func source(of trainee: String) -> String

    /// Calls `body` with each line of `trainee`'s history in order: its
    /// 1-based line number and its bytes without the line break, or nil
    /// for a line too long to hold (longer than `maximumLineLength`).
    /// Throws only when the history cannot be read at all.
    func forEachLine(of trainee: String, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws(ProgressStoreError)

    /// Streams `trainee`'s sessions as report facts, each unreadable line
    /// handed to `warn`. The default reads `forEachLine` with the fast line
    /// reader; a store that holds the facts themselves (sessions read back
    /// from an LRS, which a record line without turns cannot carry whole)
    /// serves them as they are.
    func forEachFacts(of trainee: String, warn: (ProgressWarning) -> Void, _ each: (SessionFacts) -> Void) -> ProgressTally
}
