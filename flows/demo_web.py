"""A static web server on loopback for the bundled demo web (and the tests' fixture webs).

Files are served from a folder; the placeholder ``__BASE_URL__`` in any file becomes the server's own
base URL, so feeds and sitemaps can name absolute URLs on a port chosen at start. Responses carry an
ETag and Last-Modified and answer conditional requests with 304, as a real site would.
"""

from __future__ import annotations

import email.utils
import hashlib
import mimetypes
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PLACEHOLDER = b"__BASE_URL__"
_TYPES = {".html": "text/html", ".xml": "application/xml", ".txt": "text/plain", ".json": "application/json"}


class StaticSite:
    """``with StaticSite(folder) as site: site.url("/feed.xml")``"""

    def __init__(self, root: str | Path, host: str = "127.0.0.1", port: int = 0, delay: float = 0.0) -> None:
        self.root = Path(root).resolve()
        self.requests: Counter[str] = Counter()  # path -> GET requests served (how often a page was fetched)
        self.delay = delay  # seconds each answer takes, as a real server's would
        self.in_flight = self.most_in_flight = 0  # requests waiting for their answer now, and the most at once
        self._counting = threading.Lock()  # the server answers each request in a thread of its own
        if not self.root.is_dir():
            raise FileNotFoundError(f"no such folder: {self.root}")
        handler = type("Handler", (_Handler,), {"site": self})
        self.server = ThreadingHTTPServer((host, port), handler)
        self.server.daemon_threads = True
        self.base_url = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def start(self) -> "StaticSite":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "StaticSite":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    site: StaticSite
    server_version = "veracity-demo-web/1"

    def log_message(self, format: str, *args: object) -> None:  # keep the CLI output clean
        return

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = unquote(urlsplit(self.path).path)
        with self.site._counting:
            self.site.requests[path] += 1
            self.site.in_flight += 1
            self.site.most_in_flight = max(self.site.most_in_flight, self.site.in_flight)
        # Counted while it waits, before a byte of the answer goes out: a client cannot have sent its next
        # request meanwhile, so two requests counted at once were asked for at once.
        try:
            if self.site.delay:
                time.sleep(self.site.delay)
        finally:
            with self.site._counting:
                self.site.in_flight -= 1
        self._answer(path)

    def _answer(self, path: str) -> None:
        if path.endswith("/"):
            path += "index.html"
        target = (self.site.root / path.lstrip("/")).resolve()
        if self.site.root not in target.parents or not target.is_file():
            self._send(404, b"not found", "text/plain; charset=utf-8")
            return
        body = target.read_bytes().replace(PLACEHOLDER, self.site.base_url.encode())
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(target.stat().st_mtime, usegmt=True)
        since = self.headers.get("If-Modified-Since")
        if self.headers.get("If-None-Match") == etag or (since and not self.headers.get("If-None-Match")
                                                          and since == modified):
            self._send(304, b"", None, {"ETag": etag, "Last-Modified": modified})
            return
        suffix = target.suffix.lower()
        ctype = _TYPES.get(suffix) or mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if suffix in (".html", ".xml", ".txt") and ".latin1." not in target.name:
            ctype += "; charset=utf-8"  # latin-1 pages declare their charset only in <meta>
        self._send(200, body, ctype, {"ETag": etag, "Last-Modified": modified})

    def _send(self, status: int, body: bytes, ctype: str | None, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
