#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What an export's `--output` names, so that only a regular file is ever
/// replaced: a device or a named pipe (`/dev/null`, `/dev/stdout`, a FIFO)
/// is written in place, anything else is refused.
extension Platform {
    /// The kind of file a path names, after following symbolic links.
    enum FileKind: Equatable {
        case regular, directory, characterDevice, fifo, blockDevice, socket, other
    }

    /// Why a file could not be opened for writing in place.
    struct OpenFailure: Error, Equatable {
        /// The system's reason.
        var reason: String
    }

    /// The kind of file at `path` (a link is followed, as `/dev/stdout`
    /// must be), or nil when nothing is there.
    static func fileKind(_ path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return kind(of: status.st_mode)
    }

    /// Opens the character device or FIFO at `path` for writing: never
    /// created, never truncated. Opening a FIFO waits for its reader, as a
    /// shell's `>` does. The opened file is checked again, so a regular
    /// file put there meanwhile is not written over.
    static func openStreamForWriting(_ path: String) throws(OpenFailure) -> FileHandle {
        var fd: Int32
        repeat { fd = open(path, O_WRONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw OpenFailure(reason: String(cString: strerror(errno))) }
        var status = stat()
        guard fstat(fd, &status) == 0, [.characterDevice, .fifo].contains(kind(of: status.st_mode)) else {
            close(fd)
            throw OpenFailure(reason: "it changed into something other than a device or a pipe while being opened")
        }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    private static func kind(of mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFCHR: .characterDevice
        case S_IFIFO: .fifo
        case S_IFBLK: .blockDevice
        case S_IFSOCK: .socket
        default: .other
        }
    }
}
