"""fetch_pages: candidate URLs -> Pages, politely and within bounds.

One ``httpx.Client`` (built by ``make_client`` and passed in by the flow) serves every request. Each URL
is checked against robots.txt and the address guard, fetched with redirects followed by hand (each hop
is checked again), read as a stream up to FETCH_MAX_BYTES of decoded body, and decoded with the
charset the server, the page or the bytes declare. Transient failures are retried with backoff,
honouring Retry-After; every other failure becomes a Page with its reason and the run goes on.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from charset_normalizer import from_bytes
from protego import Protego

from checkers.errors import (
    BlockedAddress,
    HttpStatusError,
    RobotsDisallowed,
    SourceError,
    TooLarge,
    TooManyRedirects,
    TransientSourceError,
    UnsupportedContent,
)
from checkers.records import Candidate, Page
from checkers.settings import Settings

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
               "application/rss+xml", "application/atom+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def make_client(settings: Settings) -> httpx.Client:
    timeout = httpx.Timeout(settings.fetch_timeout)
    limits = httpx.Limits(max_connections=settings.fetch_workers, max_keepalive_connections=settings.fetch_workers)
    return httpx.Client(timeout=timeout, limits=limits, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": settings.fetch_user_agent, "Accept-Encoding": "gzip, deflate"})


class Fetcher:
    """Per-run fetch state: robots.txt per host, per-host concurrency."""

    def __init__(self, client: httpx.Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self._robots: dict[str, Protego | None] = {}
        self._host_slots: dict[str, threading.Semaphore] = {}
        self._lock = threading.Lock()

    def fetch_all(self, candidates: Iterable[Candidate],
                  progress: Callable[[Page], None] | None = None) -> list[Page]:
        items = list(candidates)
        with ThreadPoolExecutor(max_workers=max(1, self.settings.fetch_workers)) as pool:
            pages = []
            for page in pool.map(self.fetch, items):
                pages.append(page)
                if progress:
                    progress(page)
        return pages

    def fetch(self, candidate: Candidate) -> Page:
        attempt = 0
        while True:
            try:
                return self._fetch_once(candidate)
            except TransientSourceError as exc:
                attempt += 1
                if attempt > self.settings.fetch_retries:
                    return _failed(candidate, exc)
                wait = getattr(exc, "retry_after", None) or self.settings.fetch_backoff * 2 ** (attempt - 1)
                time.sleep(min(wait, self.settings.fetch_max_retry_after))
            except SourceError as exc:
                return _failed(candidate, exc)

    def _fetch_once(self, candidate: Candidate) -> Page:
        url = candidate.url
        for _ in range(self.settings.fetch_max_redirects + 1):
            self._check_url(url)
            with self._slot(url):
                started = time.monotonic()
                try:
                    with self.client.stream("GET", url) as response:
                        if response.is_redirect:
                            location = response.headers.get("location")
                            if not location:
                                raise HttpStatusError(f"redirect without Location from {url}", reason="http-status")
                            url = urljoin(url, location)
                            continue
                        _raise_for_status(response)
                        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
                        if ctype and not ctype.startswith(_TEXT_TYPES):
                            raise UnsupportedContent(f"content type {ctype} is not a web page")
                        body = self._read_capped(response, started)
                        text, encoding = decode_body(body, response.headers.get("content-type", ""))
                        return Page(url=candidate.url, provider=candidate.provider, final_url=str(response.url),
                                    status=response.status_code, fetched_at=_now(), content_type=ctype or None,
                                    etag=response.headers.get("etag"),
                                    last_modified=response.headers.get("last-modified"),
                                    body=text, encoding=encoding)
                except httpx.TimeoutException as exc:
                    raise TransientSourceError(f"timed out: {url}", reason="timeout") from exc
                except httpx.TransportError as exc:
                    raise TransientSourceError(f"connection failed: {url}: {exc}", reason="connection") from exc
                except httpx.DecodingError as exc:
                    raise UnsupportedContent(f"undecodable body from {url}: {exc}", reason="bad-encoding") from exc
        raise TooManyRedirects(f"more than {self.settings.fetch_max_redirects} redirects from {candidate.url}")

    def _read_capped(self, response: httpx.Response, started: float) -> bytes:
        cap = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"{response.url} declares {int(declared):,} bytes (cap {cap:,})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():  # decoded bytes: a gzip bomb is cut at the cap
            size += len(chunk)
            if size > cap:
                raise TooLarge(f"{response.url} is over {cap:,} bytes")
            if time.monotonic() - started > self.settings.fetch_total_timeout:
                raise TransientSourceError(f"{response.url} took over {self.settings.fetch_total_timeout:g} s",
                                           reason="timeout")
            chunks.append(chunk)
        return b"".join(chunks)

    def _slot(self, url: str) -> threading.Semaphore:
        host = urlsplit(url).netloc
        with self._lock:
            if host not in self._host_slots:
                self._host_slots[host] = threading.Semaphore(max(1, self.settings.fetch_per_host))
            return self._host_slots[host]

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsupportedContent(f"not an http(s) URL: {url}", reason="bad-url")
        check_address(parts.hostname, self.settings.fetch_allow_loopback, self.settings.fetch_allow_private)
        if self.settings.fetch_respect_robots and not parts.path.endswith("/robots.txt"):
            robots = self._robots_for(f"{parts.scheme}://{parts.netloc}")
            if robots is not None and not robots.can_fetch(url, self.settings.fetch_user_agent):
                raise RobotsDisallowed(f"robots.txt disallows {url}")

    def _robots_for(self, origin: str) -> Protego | None:
        with self._lock:
            if origin in self._robots:
                return self._robots[origin]
        try:
            response = self.client.get(f"{origin}/robots.txt", follow_redirects=True)
            robots = Protego.parse(response.text) if response.status_code == 200 else None
        except httpx.HTTPError:
            robots = None  # no robots.txt reachable: allowed, as crawlers treat it
        with self._lock:
            self._robots[origin] = robots
        return robots


def check_address(host: str, allow_loopback: bool = False, allow_private: bool = False) -> None:
    """Refuse hosts that resolve to loopback, private, link-local or reserved addresses unless allowed.

    Checked before every request and every redirect hop, so a public page cannot redirect the
    fetcher into a private network."""
    if allow_loopback and allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as exc:
        raise TransientSourceError(f"cannot resolve {host}: {exc}", reason="dns") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_loopback:
            if not allow_loopback:
                raise BlockedAddress(f"{host} resolves to loopback address {ip}")
        elif not ip.is_global and not allow_private:
            raise BlockedAddress(f"{host} resolves to non-public address {ip}")


def decode_body(body: bytes, content_type: str) -> tuple[str, str]:
    """Decode with the header's charset, else the page's <meta>, else UTF-8, else a detected one."""
    declared = None
    m = re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE)
    if m:
        declared = m.group(1)
    else:
        meta = _META_CHARSET.search(body[:4096])
        if meta:
            declared = meta.group(1).decode("ascii", "replace")
    for encoding in filter(None, [declared, "utf-8"]):
        try:
            return body.decode(encoding), encoding.lower()
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(body).best()
    encoding = best.encoding if best else "cp1252"
    return body.decode(encoding, errors="replace"), encoding


def _raise_for_status(response: httpx.Response) -> None:
    status = response.status_code
    if status == 429 or status >= 500:
        exc = TransientSourceError(f"HTTP {status} from {response.url}", reason=f"http-{status}")
        exc.retry_after = _retry_after(response.headers.get("retry-after"))  # type: ignore[attr-defined]
        raise exc
    if status >= 400:
        raise HttpStatusError(f"HTTP {status} from {response.url}", reason=f"http-{status}")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        delta = (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds()
    except (TypeError, ValueError):
        return None
    return max(delta, 0.0)


def _failed(candidate: Candidate, exc: SourceError) -> Page:
    return Page(url=candidate.url, provider=candidate.provider, fetched_at=_now(), error=exc.reason,
                error_message=str(exc))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
