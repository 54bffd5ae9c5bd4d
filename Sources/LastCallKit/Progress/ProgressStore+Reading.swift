extension ProgressStore {
    /// Streams `trainee`'s sessions as report facts (the fast line reader),
    /// handing each unreadable line to `warn` with its place. Blank lines
    /// are passed over silently.
    public func forEachFacts(of trainee: String, warn: (ProgressWarning) -> Void,
                             _ each: (SessionFacts) -> Void) -> ProgressTally {
        forEachDecoded(of: trainee, warn: warn) { _, line throws(RecordError) in each(try SessionFacts(line: line)) }
    }

    /// Streams `trainee`'s sessions as report facts as `forEachFacts` reads
    /// a store's lines, with each one's line number: for picking lines to
    /// read again. (A store that serves its facts whole, without lines, is
    /// read with `forEachFacts`.)
    public func forEachNumberedFacts(of trainee: String, warn: (ProgressWarning) -> Void,
                                     _ each: (Int, SessionFacts) -> Void) -> ProgressTally {
        forEachDecoded(of: trainee, warn: warn) { number, line throws(RecordError) in each(number, try SessionFacts(line: line)) }
    }

    /// Streams `trainee`'s sessions with their missed replies (the light
    /// reader, `SessionReplies(line:)`). It accepts exactly the lines
    /// `forEachFacts` accepts.
    public func forEachReplies(of trainee: String, warn: (ProgressWarning) -> Void,
                               _ each: (SessionReplies) -> Void) -> ProgressTally {
        forEachDecoded(of: trainee, warn: warn) { _, line throws(RecordError) in each(try SessionReplies(line: line)) }
    }

    /// Streams `trainee`'s full session records (the full JSON decoder, for
    /// exports with the turns). It accepts exactly the lines
    /// `forEachFacts` accepts, so a report and an export count the same
    /// sessions.
    public func forEachRecord(of trainee: String, warn: (ProgressWarning) -> Void,
                              _ each: (SessionRecord) -> Void) -> ProgressTally {
        forEachDecoded(of: trainee, warn: warn) { _, line throws(RecordError) in each(try SessionRecord(line: line)) }
    }

    private func forEachDecoded(of trainee: String, warn: (ProgressWarning) -> Void,
                                _ decode: (Int, UnsafeBufferPointer<UInt8>) throws(RecordError) -> Void) -> ProgressTally {
        var tally = ProgressTally()
        tally.histories = 1
        let source = source(of: trainee)
        do {
            try forEachLine(of: trainee) { number, line in
                guard let line else {
                    tally.skipped += 1
                    warn(ProgressWarning(source: source, line: number,
                                         message: "line longer than \(SessionRecord.maximumLineLength >> 20) MB"))
                    return
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                do throws(RecordError) {
                    try decode(number, line)
                    tally.sessions += 1
                } catch {
                    tally.skipped += 1
                    warn(ProgressWarning(source: source, line: number, message: error.message))
                }
            }
        } catch {
            tally.skipped += 1
            warn(ProgressWarning(source: source, line: nil, message: "cannot be read (\(error))"))
        }
        return tally
    }
}
