import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `Fixtures/fake-lrs.py` running on 127.0.0.1: a real HTTP server whose
/// first path segment picks a fault. It stops when its standard input
/// closes (``stop()``) and in any case after `lifetime` seconds.
final class FakeLRSServer {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// The port it listens on.
    let port: Int

    init(lifetime: Int = 60, stall: Int = 30) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fake-lrs.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, String(lifetime), String(stall)]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "fake-lrs.py printed no port"])
        }
        self.port = port
    }

    /// The xAPI endpoint that answers in `mode` (ok, challenge, badbody, ...).
    func endpoint(_ mode: String) -> String { "http://127.0.0.1:\(port)/\(mode)/xAPI" }

    /// The requests it has seen: method, path, whether they carried
    /// credentials, and the body's length.
    func log() throws -> [(method: String, path: String, authorization: Bool, body: Int)] {
        let text = try String(contentsOf: URL(string: "http://127.0.0.1:\(port)/log")!, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return (object["method"] as? String ?? "", object["path"] as? String ?? "",
                    object["authorization"] as? Bool ?? false, object["body"] as? Int ?? -1)
        }.filter { $0.path != "/log" }
    }

    /// Closes its standard input, which stops it, and waits.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
