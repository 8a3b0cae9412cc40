"""A local e-paper site for the tests: serves built mirrors on 127.0.0.1 (a free port), with the
faults real sites have on demand, and a log of every request it was sent."""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Fault:
    """What goes wrong with one path: a status for the first `times` requests (0: always), a
    pause before answering, a body cut short, a redirect elsewhere, or an endless body."""

    status: int | None = None
    times: int = 0
    pause: float = 0.0
    cut: bool = False
    redirect: str | None = None
    huge: int = 0


@dataclass
class Site:
    """The files served (path → bytes), faults by path, and the requests seen (path, conditional)."""

    files: dict[str, bytes] = field(default_factory=dict)
    faults: dict[str, Fault] = field(default_factory=dict)
    log: list[tuple[str, bool]] = field(default_factory=list)
    port: int = 0
    seen: dict[str, int] = field(default_factory=dict)

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def requests(self, test: Callable[[str], bool] = lambda path: True) -> list[tuple[str, bool]]:
        return [entry for entry in self.log if test(entry[0])]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0].lstrip("/")
            site.log.append((path, "If-None-Match" in self.headers))
            count = site.seen[path] = site.seen.get(path, 0) + 1
            fault = site.faults.get(path)
            if fault is not None:
                if fault.pause:
                    time.sleep(fault.pause)
                if fault.redirect is not None:
                    return self._send(302, b"", {"Location": site.url(fault.redirect)})
                if fault.status is not None and (fault.times == 0 or count <= fault.times):
                    return self._send(fault.status, b"no", {})
                if fault.huge:
                    self.send_response(200)
                    self.send_header("Content-Length", str(fault.huge))
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65533
                    with contextlib.suppress(ConnectionError):  # the client refuses the bomb and hangs up
                        for _ in range(fault.huge // len(chunk)):
                            self.wfile.write(chunk)
                    return None
            data = site.files.get(path)
            if data is None:
                return self._send(404, b"not found", {})
            etag = '"' + hashlib.sha1(data).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", {"ETag": etag})
            if fault is not None and fault.cut and (fault.times == 0 or count <= fault.times):
                self.send_response(200)
                self.send_header("Content-Length", str(len(data) + 500))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.close_connection = True
                return None
            return self._send(200, data, {"ETag": etag, "Content-Type": "text/html"})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(site: Site) -> Iterator[Site]:
    """The site served in a thread while the block runs; stopped and closed after it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
