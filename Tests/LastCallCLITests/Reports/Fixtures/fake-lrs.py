#!/usr/bin/env python3
"""A faulty xAPI learning record store on 127.0.0.1, for tests and
Benchmarks/faults.sh. Prints its port on the first line of standard output,
then serves until standard input closes or LIFETIME seconds pass (default
60), whichever comes first: it always stops by itself.

The first path segment picks how it answers; the rest is the xAPI path:

  /ok/xAPI/statements          200 and the ids of a POSTed array (204 if none new)
  /challenge/xAPI/statements   401 with WWW-Authenticate: Basic (a wrong password, as Ralph answers)
  /badbody/xAPI/statements     200 with {"stored": true}, not a list of ids
  /foreign/xAPI/statements     200 with a list naming an id that was not sent
  /offhost/xAPI/statements     307 to the same port on another host name (localhost)
  /samehost/xAPI/statements    307 to /ok/xAPI/statements on this host
  /moved/xAPI/statements       302 to /ok/xAPI/statements on this host
  /stall/xAPI/statements       reads the request, then sends nothing for STALL seconds (default 30)
  /error/xAPI/statements       500 with a short text body

GET /log answers with one JSON object per request seen so far: method, path,
whether it carried an Authorization header, and the body's length.

  fake-lrs.py [LIFETIME] [STALL]
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LIFETIME = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
STALL = float(sys.argv[2]) if len(sys.argv) > 2 else 30.0
log = []
log_lock = threading.Lock()
stored = set()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with log_lock:
            log.append({"method": self.command, "path": self.path,
                        "authorization": self.headers.get("Authorization") is not None,
                        "body": len(body)})
        if self.path == "/log":
            with log_lock:
                text = "\n".join(json.dumps(entry) for entry in log) + "\n"
            return self.answer(200, text.encode())
        mode, _, rest = self.path.lstrip("/").partition("/")
        port = self.server.server_address[1]
        if mode == "ok":
            if self.command != "POST":
                return self.answer(200, b'{"statements": []}')
            try:
                ids = [statement["id"] for statement in json.loads(body)]
            except (ValueError, TypeError, KeyError):
                return self.answer(400, b'{"detail": "not a list of statements"}')
            new = [i for i in ids if i not in stored]
            stored.update(new)
            if not new:
                return self.answer(204)
            return self.answer(200, json.dumps(new).encode(), [("Content-Type", "application/json")])
        if mode == "challenge":
            return self.answer(401, b'{"detail": "Invalid authentication credentials"}',
                               [("WWW-Authenticate", "Basic"), ("Content-Type", "application/json")])
        if mode == "badbody":
            return self.answer(200, b'{"stored": true}', [("Content-Type", "application/json")])
        if mode == "foreign":
            return self.answer(200, b'["not-a-statement-we-sent"]', [("Content-Type", "application/json")])
        if mode == "offhost":
            return self.answer(307, headers=[("Location", f"http://localhost:{port}/ok/{rest}")])
        if mode == "samehost":
            return self.answer(307, headers=[("Location", f"/ok/{rest}")])
        if mode == "moved":
            return self.answer(302, headers=[("Location", f"/ok/{rest}")])
        if mode == "stall":
            time.sleep(STALL)
            return self.answer(200, b"[]")
        if mode == "error":
            return self.answer(500, b"Internal Server Error: the store is down")
        return self.answer(404, b"no such mode")

    do_GET = do_POST = do_PUT = handle_any


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    deadline = time.monotonic() + LIFETIME
    # Standard input closing (the test or script that started it is done)
    # stops it early; otherwise the lifetime does.
    closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), closed.set()), daemon=True).start()
    while not closed.is_set() and time.monotonic() < deadline:
        closed.wait(0.2)
    server.shutdown()


if __name__ == "__main__":
    main()
