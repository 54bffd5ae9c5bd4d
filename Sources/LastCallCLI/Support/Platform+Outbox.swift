#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import LastCallKit

/// The locking and atomic replacement the LRS outbox needs beyond
/// `appendLocked`: a lock held around a read-then-replace, a lock that is
/// only taken when free (one sender at a time), and a replace that is on
/// disk before it is visible.
extension Platform {
    /// Runs `body` while holding an exclusive `flock` on `lockPath` (the
    /// same lock `appendLocked` takes), waiting for it. With `wait` false,
    /// returns nil at once when another process holds it.
    static func withLock<T>(_ lockPath: String, wait: Bool = true,
                            _ body: () throws(ProgressStoreError) -> T) throws(ProgressStoreError) -> T? {
        let lockFD = outboxRetrying { open(lockPath, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard lockFD >= 0 else {
            if errno == ELOOP { throw .symbolicLink(path: lockPath) }
            throw .cannotLock(path: lockPath, reason: outboxReason())
        }
        defer { close(lockFD) }
        if outboxRetrying({ flock(lockFD, LOCK_EX | (wait ? 0 : LOCK_NB)) }) != 0 {
            if !wait, errno == EWOULDBLOCK { return nil }
            throw .cannotLock(path: lockPath, reason: outboxReason())
        }
        defer { _ = flock(lockFD, LOCK_UN) }
        return try body()
    }

    /// The bytes of the regular file at `path`, or empty when there is none;
    /// a symbolic link is refused.
    static func readWhole(_ path: String) throws(ProgressStoreError) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil else {
            return []
        }
        let handle = try openForReading(path)
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .cannotRead(path: path, reason: error.localizedDescription)
        }
    }

    /// Replaces the file at `path` with `bytes` (or removes it when `bytes`
    /// is empty): a temporary file beside it is written, flushed to disk and
    /// renamed over it, so a crash leaves either the old file or the new one.
    static func replaceAtomically(_ path: String, with bytes: [UInt8]) throws(ProgressStoreError) {
        if bytes.isEmpty {
            guard unlink(path) == 0 || errno == ENOENT else { throw .cannotWrite(path: path, reason: outboxReason()) }
            return
        }
        let temporary = path + ".replacing"
        let fd = outboxRetrying { open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644) }
        guard fd >= 0 else { throw .cannotOpen(path: temporary, reason: outboxReason()) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + written, $0.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = outboxReason()
                close(fd)
                unlink(temporary)
                throw .cannotWrite(path: temporary, reason: reason)
            }
            written += result
        }
        guard fsync(fd) == 0 else {
            let reason = outboxReason()
            close(fd)
            unlink(temporary)
            throw .cannotWrite(path: temporary, reason: "cannot flush to disk: \(reason)")
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = outboxReason()
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    private static func outboxRetrying(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result >= 0 || errno != EINTR { return result }
        }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
        #else
        return Darwin.write(fd, buffer, count)
        #endif
    }

    private static func outboxReason() -> String { String(cString: strerror(errno)) }
}
