import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import LastCallCLI

/// A small xAPI learning record store on 127.0.0.1 for tests: a Python
/// script (written to a temporary file) serving `POST` and paged `GET
/// /xAPI/statements`, started as a child process that stops by itself after
/// `lifetime` seconds if `stop` is never called. Modes: `ok`; `flaky` (HTTP
/// 500 on every other POST, the first included); `stall` (a POST waits 30
/// seconds before answering); `auth` (Basic auth `user:secret`, else 401
/// with a challenge); `noactivity` (an `activity` query matches nothing, as
/// in Ralph 5.1's filesystem backend). `GET /count` gives `{"posts": N, "stored": N}`; `GET
/// /queries` the query of every `GET /xAPI/statements`, in order. `since`
/// and `until` filter by the statement's timestamp, as Ralph does.
final class LoopbackLRS: @unchecked Sendable {
    enum Mode: String { case ok, flaky, stall, auth, noactivity }

    static let script = #"""
    import base64, json, os, sys, threading, time, urllib.parse
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    mode, lifetime, page_size = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    threading.Timer(lifetime, lambda: os._exit(0)).start()
    lock = threading.Lock()
    stored, order, posts, queries = {}, [], [0], []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args): pass

        def answer(self, status, body=None, headers=()):
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            for name, value in headers: self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def authorised(self):
            if mode != "auth": return True
            expected = "Basic " + base64.b64encode(b"user:secret").decode()
            if self.headers.get("Authorization") == expected: return True
            self.answer(401, {"detail": "Invalid authentication credentials"}, [("WWW-Authenticate", "Basic")])
            return False

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if not self.authorised(): return
            with lock:
                posts[0] += 1
                count = posts[0]
            if mode == "flaky" and count % 2 == 1:
                return self.answer(500, {"detail": "flaky on purpose"})
            if mode == "stall":
                time.sleep(30)
            statements = json.loads(body)
            new = []
            with lock:
                for statement in statements:
                    if statement["id"] not in stored:
                        stored[statement["id"]] = statement
                        order.append(statement["id"])
                        new.append(statement["id"])
            if not new: return self.answer(204)
            self.answer(200, new)

        def do_GET(self):
            if not self.authorised(): return
            url = urllib.parse.urlparse(self.path)
            if url.path == "/count":
                with lock: return self.answer(200, {"posts": posts[0], "stored": len(order)})
            if url.path == "/queries":
                with lock: return self.answer(200, list(queries))
            if url.path != "/xAPI/statements": return self.answer(404, {"detail": "not found"})
            with lock: queries.append(url.query)
            query = urllib.parse.parse_qs(url.query)
            activity = query.get("activity", [None])[0]
            since = query.get("since", [None])[0]
            until = query.get("until", [None])[0]
            offset = int(query.get("offset", ["0"])[0])
            def wanted(statement):
                if since and statement["timestamp"] <= since: return False
                if until and statement["timestamp"] > until: return False
                if not activity: return True
                if mode == "noactivity": return False
                ids = [statement["object"]["id"]]
                for group in statement.get("context", {}).get("contextActivities", {}).values():
                    ids += [item["id"] for item in group]
                return activity in ids
            with lock: matching = [stored[i] for i in order if wanted(stored[i])]
            page = matching[offset:offset + page_size]
            more = ""
            if offset + page_size < len(matching):
                rest = dict(query); rest["offset"] = [str(offset + page_size)]
                more = "/xAPI/statements?" + urllib.parse.urlencode(rest, doseq=True)
            self.answer(200, {"statements": page, "more": more})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

    let process = Process()
    /// `http://127.0.0.1:PORT/xAPI`.
    let url: String
    let root: String

    init(_ mode: Mode, lifetime: Int = 90, pageSize: Int = 100) throws {
        let scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("fake-lrs-\(UUID().uuidString).py")
        try Data(Self.script.utf8).write(to: scriptURL)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, mode.rawValue, String(lifetime), String(pageSize)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        try? FileManager.default.removeItem(at: scriptURL)
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the fake LRS did not start: '\(text)'"])
        }
        root = "http://127.0.0.1:\(port)"
        url = root + "/xAPI"
    }

    /// `{"posts": N, "stored": N}` as numbers.
    func count() throws -> (posts: Int, stored: Int) {
        let data = try URLSessionTransport(timeout: 10).send(URLRequest(url: URL(string: root + "/count")!)).body
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Int] ?? [:]
        return (object["posts"] ?? -1, object["stored"] ?? -1)
    }

    /// The query of every `GET /xAPI/statements` so far, in order.
    func queries() throws -> [String] {
        let data = try URLSessionTransport(timeout: 10).send(URLRequest(url: URL(string: root + "/queries")!)).body
        return try JSONSerialization.jsonObject(with: data) as? [String] ?? []
    }

    /// Stops the server (the process this object started).
    func stop() {
        guard process.processIdentifier > 0 else { return }
        // SIGKILL by the child's own id: its port closes at once (terminate
        // and waitUntilExit can lag or stall inside the test runner).
        kill(process.processIdentifier, SIGKILL)
        usleep(50_000)
    }

    deinit { stop() }
}
