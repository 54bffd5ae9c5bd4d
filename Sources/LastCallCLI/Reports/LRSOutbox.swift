import Foundation
import LastCallKit

/// Statements waiting for the learning record store, kept beside the
/// progress folder in `.outbox/TRAINEE.jsonl`, one statement's JSON a line.
///
/// A session's statements are appended under the same lock the progress
/// files use (`TRAINEE.lock` in the outbox) and only after its progress line
/// is on disk. Sending (`flush`) never holds that lock while it talks to the
/// LRS: it reads the file under the lock, sends, then under the lock again
/// replaces the file atomically with what was not confirmed plus whatever
/// was appended meanwhile. One sender at a time per trainee
/// (`TRAINEE.send.lock`, taken only when free). Statement ids are stable, so
/// a statement sent twice (a reply lost on the way back) is stored once.
struct LRSOutbox {
    /// The outbox folder (`PROGRESS/.outbox`).
    let url: URL

    /// The outbox of the progress folder at `progress`.
    init(progress: URL) {
        url = progress.appendingPathComponent(".outbox")
    }

    /// What one `flush` did.
    struct Flush: Equatable {
        /// Statements the LRS confirmed (stored now or already stored).
        var confirmed = 0
        /// Statements it stored now.
        var stored = 0
        /// Statements still waiting afterwards.
        var waiting = 0
        /// Why sending stopped early, if it did.
        var error: String?
    }

    /// The last error the LRS gave and when (UTC ISO 8601), kept until the
    /// outbox is empty again.
    struct LastError: Equatable {
        var at: String
        var message: String
    }

    private func file(_ trainee: String) -> String { url.appendingPathComponent(trainee + ".jsonl").path }
    private func lock(_ trainee: String) -> String { url.appendingPathComponent(trainee + ".lock").path }
    private func sendLock(_ trainee: String) -> String { url.appendingPathComponent(trainee + ".send.lock").path }
    private var lastErrorPath: String { url.appendingPathComponent("last-error.txt").path }

    /// Appends `statements` to `trainee`'s outbox, flushed to disk.
    func add(_ statements: [JSONValue], trainee: String) throws(ProgressStoreError) {
        guard TraineeID.isValid(trainee) else { throw .invalidTrainee(trainee) }
        guard !statements.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(path: url.path, reason: FileProgressStore.plainReason(error))
        }
        var bytes: [UInt8] = []
        for statement in statements { bytes += Array(statement.jsonText.utf8) + [0x0A] }
        try Platform.appendLocked(bytes, to: file(trainee), lockPath: lock(trainee))
    }

    /// The trainees with an outbox file, in byte order.
    func trainees() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".jsonl".count)) }
            .filter(TraineeID.isValid)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// How many statements wait for each trainee (trainees with none left out).
    func waiting() throws(ProgressStoreError) -> [(trainee: String, count: Int)] {
        var counts: [(String, Int)] = []
        for trainee in trainees() {
            let bytes = try Platform.withLock(lock(trainee)) { () throws(ProgressStoreError) in try Platform.readWhole(file(trainee)) } ?? []
            let count = Self.lines(bytes).count
            if count > 0 { counts.append((trainee, count)) }
        }
        return counts
    }

    /// The last error recorded, if the outbox has not emptied since.
    func lastError() -> LastError? {
        guard let text = try? String(contentsOfFile: lastErrorPath, encoding: .utf8) else { return nil }
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        return LastError(at: String(parts[0]), message: parts[1].trimmingCharacters(in: .newlines))
    }

    /// Sends every trainee's waiting statements through `client`, starting
    /// no request after `deadline`, and records the outcome (the last error,
    /// or clears it once nothing waits). `now` gives the time for the record.
    func flush(_ client: LRSClient, deadline: Date, now: () -> Date) -> Flush {
        var total = Flush()
        for trainee in trainees() {
            let flush = flush(trainee, client, deadline: deadline)
            total.confirmed += flush.confirmed
            total.stored += flush.stored
            total.waiting += flush.waiting
            if total.error == nil { total.error = flush.error }
        }
        if let error = total.error {
            let line = Timestamp.iso8601(now()) + " " + error.replacingOccurrences(of: "\n", with: " ") + "\n"
            try? Platform.replaceAtomically(lastErrorPath, with: Array(line.utf8))
        } else if total.waiting == 0 {
            try? Platform.replaceAtomically(lastErrorPath, with: [])
        }
        return total
    }

    /// One trainee's part of `flush`.
    private func flush(_ trainee: String, _ client: LRSClient, deadline: Date) -> Flush {
        var result = Flush()
        do {
            let sent = try Platform.withLock(sendLock(trainee), wait: false) { () throws(ProgressStoreError) -> Flush in
                try send(trainee, client, deadline: deadline)
            }
            guard let sent else {
                // Another process is sending this trainee's statements now.
                result.waiting = try waitingCount(trainee)
                return result
            }
            return sent
        } catch {
            result.error = error.description
            result.waiting = (try? waitingCount(trainee)) ?? 0
            return result
        }
    }

    private func waitingCount(_ trainee: String) throws(ProgressStoreError) -> Int {
        Self.lines(try Platform.withLock(lock(trainee)) { () throws(ProgressStoreError) in try Platform.readWhole(file(trainee)) } ?? []).count
    }

    /// Called with the send lock held.
    private func send(_ trainee: String, _ client: LRSClient, deadline: Date) throws(ProgressStoreError) -> Flush {
        let snapshot = try Platform.withLock(lock(trainee)) { () throws(ProgressStoreError) in try Platform.readWhole(file(trainee)) } ?? []
        let lines = Self.lines(snapshot)
        var result = Flush()
        // Lines that are not JSON cannot be sent; they stay, and are counted.
        var statements: [(line: Int, value: JSONValue)] = []
        for (index, line) in lines.enumerated() {
            if let value = try? JSONParser.parse(bytes: Array(line)) { statements.append((index, value)) }
        }
        var confirmed = Set<Int>()
        var start = 0
        while start < statements.count {
            guard Date() < deadline else {
                result.error = "gave up for now: the time for sending ran out"
                break
            }
            let batch = statements[start..<min(start + client.batchSize, statements.count)]
            do {
                let tally = try client.send(batch.map(\.value))
                result.stored += tally.stored
                result.confirmed += batch.count
                batch.forEach { confirmed.insert($0.line) }
            } catch {
                result.error = error.description
                break
            }
            start += batch.count
        }
        if statements.count < lines.count, result.error == nil {
            result.error = "\(lines.count - statements.count) line(s) in \(file(trainee)) are not JSON and cannot be sent"
        }
        guard !confirmed.isEmpty else {
            result.waiting = lines.count
            return result
        }
        let kept = lines.enumerated().filter { !confirmed.contains($0.offset) }.map(\.element)
        result.waiting = try Platform.withLock(lock(trainee)) { () throws(ProgressStoreError) -> Int in
            let current = try Platform.readWhole(file(trainee))
            // Only this sender rewrites the file, and appends only add at
            // the end: what follows the snapshot arrived while sending.
            let appended = current.count >= snapshot.count && current.starts(with: snapshot)
                ? Array(current[snapshot.count...]) : current
            var bytes: [UInt8] = []
            for line in kept { bytes += line + [0x0A] }
            bytes += appended
            if bytes.allSatisfy({ $0 == 0x0A }) { bytes = [] }
            try Platform.replaceAtomically(file(trainee), with: bytes)
            return kept.count + Self.lines(appended).count
        } ?? 0
        return result
    }

    /// The non-empty lines of `bytes`.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
    }
}
