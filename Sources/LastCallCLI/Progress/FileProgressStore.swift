import Foundation
import LastCallKit

/// The progress store on disk: one `TRAINEE.jsonl` file per trainee in the
/// progress folder, one session record a line. Appends go through
/// `Platform.appendLocked` (an exclusive lock on `TRAINEE.lock` beside the
/// file, a torn last line closed first, nothing rewritten); neither file is
/// followed through a symbolic link. Files are read in 1 MB chunks with flat
/// memory; a line longer than `SessionRecord.maximumLineLength` is not held.
struct FileProgressStore: ProgressStore {
    /// The folder as the user named it (for messages).
    let folder: String
    /// The folder resolved against the current folder.
    let url: URL

    /// Bytes read at a time.
    static let chunkSize = 1 << 20

    /// A store over the folder `folder` (which need not exist until the
    /// first append).
    init(folder: String, context: CommandContext) {
        self.folder = folder
        self.url = context.url(for: folder)
    }

    func trainees() throws(ProgressStoreError) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
            throw .cannotRead(path: url.path, reason: "the folder cannot be listed (check its permissions)")
        }
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(".jsonl".count)) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func append(_ record: SessionRecord) throws(ProgressStoreError) {
        guard TraineeID.isValid(record.trainee) else { throw .invalidTrainee(record.trainee) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(path: url.path) }
        } else {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path: url.path, reason: Self.plainReason(error))
            }
        }
        try Platform.appendLocked(record.storedLine, to: url.appendingPathComponent(record.trainee + ".jsonl").path,
                                  lockPath: url.appendingPathComponent(record.trainee + ".lock").path)
    }

    func source(of trainee: String) -> String {
        (folder.hasSuffix("/") ? folder : folder + "/") + trainee + ".jsonl"
    }

    func forEachLine(of trainee: String, _ body: (Int, UnsafeBufferPointer<UInt8>?) -> Void) throws(ProgressStoreError) {
        let handle = try Platform.openForReading(url.appendingPathComponent(trainee + ".jsonl").path)
        defer { try? handle.close() }
        var reader = LineReader(handle: handle, chunkSize: Self.chunkSize, maximumLineLength: SessionRecord.maximumLineLength)
        while let line = reader.nextLine() {
            switch line {
            case .bytes(let bytes): bytes.withUnsafeBufferPointer { body(reader.lineNumber, $0) }
            case .tooLong: body(reader.lineNumber, nil)
            }
        }
    }

    /// The system's reason for a Foundation file error, without the
    /// `NSCocoaErrorDomain` wrapping.
    static func plainReason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return POSIXError(code).localizedDescription
        }
        return error.localizedDescription
    }
}
