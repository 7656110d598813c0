"""Fetch + extract throughput and memory on a loopback site of realistic pages.

The site: the AEB benchmark's real article pages of 50-150 KB, served under N distinct URLs (default
2,000) from a separate server process, each page made unique, with ETags. The client is the pipeline's
own code path: ``gather_pages`` (one httpx client, per-host limits, robots.txt, byte caps, extraction in
worker processes), batch by batch as the flow runs it. A second pass over the unchanged site must
download no bodies (conditional requests answered 304).

    .venv/bin/python benchmarks/fetch_extract.py [--pages 2000] [--batch 50]

Reports pages/s for each pass, the 304 count of the second pass, and the peak RSS after 25%, 50% and
100% of the pages: memory must not grow with the number of pages.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import multiprocessing
import resource
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

AEB_HTML = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "aeb" / "html"


def templates() -> list[bytes]:
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(AEB_HTML.glob("*.html.gz"))]
    return [p for p in pages if 50_000 <= len(p) <= 150_000]


def serve(port_queue, n_pages: int, served=None, slice_size: int = 200) -> None:
    """The site: /article-N.html, /robots.txt, /sitemap.xml (every page) and /sitemap-K.xml (pages
    K*slice_size to (K+1)*slice_size - 1). ``served``: a shared counter of the article pages served."""
    pages = templates()

    def sitemap(base: str, numbers: range) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                + "".join(f"<url><loc>{base}/article-{i}.html</loc></url>" for i in numbers) + "</urlset>\n").encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # else each kept-alive response waits ~40 ms for its ACK (34 -> 137 pages/s)

        def log_message(self, *args):
            return

        def do_GET(self):  # noqa: N802
            base = f"http://{self.headers.get('Host')}"
            if self.path == "/robots.txt":
                body, etag = b"User-agent: *\nDisallow: /private/\n", '"robots"'
            elif self.path == "/sitemap.xml":  # every page, for runs that discover them (seed_scale.py)
                body, etag = sitemap(base, range(n_pages)), '"sitemap"'
            elif self.path.startswith("/sitemap-"):  # one slice (nightly_many.py)
                k = int(self.path.removeprefix("/sitemap-").removesuffix(".xml"))
                body, etag = sitemap(base, range(k * slice_size, min(n_pages, (k + 1) * slice_size))), f'"s{k}"'
            else:
                if served is not None:
                    with served.get_lock():
                        served.value += 1
                i = int(self.path.strip("/").split(".")[0].split("-")[-1])
                base_page = pages[i % len(pages)]
                body = base_page.replace(b"</body>", f"<p>Unique page marker {i}.</p></body>".encode(), 1)
                etag = '"' + hashlib.md5(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    server.serve_forever()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_pass(base: str, n_pages: int, batch: int, validators: dict, settings) -> tuple[float, dict, list]:
    from checkers.fetch import Fetcher, make_client
    from checkers.records import Candidate
    from checkers.gather import extraction_pool, gather_pages

    urls = [f"{base}/article-{i}.html" for i in range(n_pages)]
    stats = {"pages": 0, "ok": 0, "not_modified": 0, "failed": 0}
    rss = []
    new_validators = {}
    started = time.perf_counter()
    batches = [[Candidate(url=u, provider="benchmark") for u in urls[i:i + batch]] for i in range(0, n_pages, batch)]
    with make_client(settings) as client, extraction_pool(settings) as pool, ThreadPoolExecutor(2) as flight:
        fetcher = Fetcher(client, settings, validators=validators)
        # As the flow runs it: two batches in flight, so one is fetched while the other is extracted;
        # the benchmark keeps no page texts, so a 304 is counted, not re-matched.
        results = flight.map(lambda cands: gather_pages(cands, fetcher, {}, pool), batches)
        for i, sources in zip(range(0, n_pages, batch), results):
            for source in sources:
                stats["pages"] += 1
                stats["ok"] += source.ok
                stats["not_modified"] += source.http_status == 304
                stats["failed"] += source.error is not None and source.http_status != 304
                if source.etag:
                    new_validators[source.url] = (source.etag, source.last_modified)
            done = min(i + batch, n_pages)
            if done in {n_pages // 4, n_pages // 2, n_pages} or done == n_pages:
                rss.append((done, peak_rss_mb()))
    seconds = time.perf_counter() - started
    validators.clear()
    validators.update(new_validators)
    return seconds, stats, rss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    from checkers.settings import Settings

    queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue, args.pages), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{queue.get(timeout=30)}"
    settings = Settings().replace(fetch_allow_loopback=True, fetch_per_host=8, fetch_workers=8)
    size = len(templates())
    print(f"site: {args.pages} pages from {size} AEB templates of 50-150 KB, batch {args.batch}")
    validators: dict = {}
    try:
        for label in ("first pass", "second pass (unchanged site)"):
            seconds, stats, rss = run_pass(base, args.pages, args.batch, validators, settings)
            print(f"{label}: {stats['pages']} pages in {seconds:.1f} s = {stats['pages'] / seconds:.0f} pages/s; "
                  f"usable {stats['ok']}, 304 {stats['not_modified']}, failed {stats['failed']}")
            print("  peak RSS (MB) after pages: " + ", ".join(f"{n}: {mb:.0f}" for n, mb in rss))
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
