"""A loopback web that misbehaves in the ways the open web does, one path per failure mode."""

from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GOOD_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Good page</title>
<meta property="article:published_time" content="2025-09-24T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
<article><h1>Alibaba shares hit a four-year high</h1>
<p>Alibaba's Hong Kong-listed shares rose about 9% on Wednesday to their highest level in nearly four years.</p>
<p>Chief executive Eddie Wu said the company would invest beyond its RMB 380 billion AI infrastructure plan.</p>
<p>Analysts said the spending plan signalled confidence in demand for cloud computing services.</p></article>
<footer>Copyright 2025 Example News</footer></body></html>"""

LATIN1_HTML = ("<!doctype html><html lang='de'><head><meta charset='iso-8859-1'><title>Übersicht</title></head>"
               "<body><article><h1>Große Pläne für Rechenzentren</h1><p>Die Cloud-Sparte plant neue Rechenzentren "
               "in Brasilien, Frankreich und den Niederlanden. Die Größe der Investitionen überrascht Beobachter "
               "außerhalb Chinas.</p><p>Für die Aktionäre ist das eine gute Nachricht, schreibt die Redaktion in "
               "ihrer Übersicht über die Märkte.</p></article></body></html>").encode("iso-8859-1")

GZIP_BOMB = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 KB on the wire, 50 MB unpacked


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:  # clients hang up on purpose here
        return


class HostileWeb:
    """``robots``: how /robots.txt misbehaves: "plain" (it does not), "to-private" (it redirects into a
    private network), "bomb" (a gzip bomb) or "drip" (one byte every 0.2 s)."""

    def __init__(self, robots: str = "plain") -> None:
        self.robots = robots
        self.hits: dict[str, int] = {}
        self.hosts: list[str] = []  # the Host header of each request
        handler = type("Handler", (_Handler,), {"web": self})
        self.server = _QuietServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    web: HostileWeb
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        return

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        self.web.hits[path] = self.web.hits.get(path, 0) + 1
        self.web.hosts.append(self.headers.get("Host", ""))
        n = self.web.hits[path]
        route = {
            "/robots.txt": {
                "plain": lambda: self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain"),
                "to-private": lambda: self._send(302, b"", "text/plain", {"Location": "http://10.255.255.1/robots.txt"}),
                "bomb": lambda: self._send(200, GZIP_BOMB, "text/plain", {"Content-Encoding": "gzip"}),
                "drip": self._slow_drip,
            }[self.web.robots],
            "/good.html": lambda: self._send(200, GOOD_HTML.encode(), "text/html; charset=utf-8"),
            "/private/secret.html": lambda: self._send(200, GOOD_HTML.encode(), "text/html"),
            "/latin1.html": lambda: self._send(200, LATIN1_HTML, "text/html"),
            "/latin1-undeclared.html": lambda: self._send(200, LATIN1_HTML.replace(b"charset='iso-8859-1'", b""),
                                                          "text/html"),
            "/flaky.html": lambda: self._send(503, b"busy", "text/plain") if n == 1 else
            self._send(200, GOOD_HTML.encode(), "text/html; charset=utf-8"),
            "/rate-limited.html": lambda: self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            if n == 1 else self._send(200, GOOD_HTML.encode(), "text/html; charset=utf-8"),
            "/always-500.html": lambda: self._send(500, b"error", "text/plain"),
            "/rate-limited-long.html": lambda: self._send(429, b"come back in an hour", "text/plain",
                                                          {"Retry-After": "3600"}),
            "/utf8-declared-latin1.html": lambda: self._send(200, LATIN1_HTML.decode("iso-8859-1").encode("utf-8"),
                                                             "text/html; charset=iso-8859-1"),
            "/missing.html": lambda: self._send(404, b"not found", "text/plain"),
            "/huge.html": lambda: self._send(200, b"<p>" + b"x" * 3_000_000 + b"</p>", "text/html"),
            "/huge-undeclared.html": self._huge_chunked,
            "/gzip-bomb.html": lambda: self._send(200, GZIP_BOMB, "text/html", {"Content-Encoding": "gzip"}),
            "/gzipped.html": lambda: self._send(200, gzip.compress(GOOD_HTML.encode()), "text/html; charset=utf-8",
                                                {"Content-Encoding": "gzip"}),
            "/etag.html": self._etag,
            "/loop-a": lambda: self._send(302, b"", "text/plain", {"Location": "/loop-b"}),
            "/loop-b": lambda: self._send(302, b"", "text/plain", {"Location": "/loop-a"}),
            "/to-private": lambda: self._send(302, b"", "text/plain", {"Location": "http://10.255.255.1/x"}),
            "/image.png": lambda: self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png"),
            "/malformed.html": lambda: self._send(200, b"<html><body><p>Alibaba Cloud expands in Brazil <b>and "
                                                  b"France<p>unclosed <div><table><tr><td>cell", "text/html"),
            "/slow-headers.html": self._slow_headers,
            "/slow-never.html": self._never,
            "/slow-drip.html": self._slow_drip,
        }.get(path)
        if route is None:
            self._send(404, b"no such page", "text/plain")
        else:
            route()

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _etag(self) -> None:
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._send(200, GOOD_HTML.encode(), "text/html; charset=utf-8", {"ETag": '"v1"'})

    def _huge_chunked(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(400):  # 400 x 10 KB, no Content-Length
                self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def _slow_headers(self) -> None:
        time.sleep(5)
        self._send(200, GOOD_HTML.encode(), "text/html")

    def _never(self) -> None:
        time.sleep(120)  # headers that never come in any deadline a run has

    def _slow_drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(60):  # one byte every 0.2 s: never idle long enough for a read timeout
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True
