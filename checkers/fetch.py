"""fetch_pages: candidate URLs -> Pages, politely and within bounds.

One ``httpx.Client`` (built by ``make_client`` and passed in by the flow) serves every request. Each URL
is checked against robots.txt and the address guard, fetched from the address checked (not resolved
again), with redirects followed by hand (each hop is checked again), read as a stream up to
FETCH_MAX_BYTES of decoded body, and decoded with the charset the server, the page or the bytes declare. Transient failures are retried with backoff,
honouring Retry-After; every other failure becomes a Page with its reason and the run goes on.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import threading
import time
import zlib
from contextlib import AbstractContextManager, nullcontext
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
    RateLimited,
    RobotsDisallowed,
    SourceError,
    TooLarge,
    TooManyRedirects,
    TransientSourceError,
    UnsupportedContent,
)
from checkers.records import Candidate, Page
from checkers.settings import Settings

_log = logging.getLogger(__name__)
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml",
               "application/rss+xml", "application/atom+xml", "application/json")
_SINGLE_BYTE = re.compile(r"(?:iso[-_]?8859[-_]?\d+|latin[-_]?\d|l\d|cp125\d|windows[-_]125\d|(?:us[-_])?ascii)", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def make_client(settings: Settings) -> httpx.Client:
    timeout = httpx.Timeout(settings.fetch_timeout)
    limits = httpx.Limits(max_connections=settings.fetch_workers, max_keepalive_connections=settings.fetch_workers)
    return httpx.Client(timeout=timeout, limits=limits, follow_redirects=False, trust_env=False,
                        headers={"User-Agent": settings.fetch_user_agent, "Accept-Encoding": "gzip, deflate"})


class Fetcher:
    """Per-run fetch state: robots.txt per host, per-host concurrency."""

    def __init__(self, client: httpx.Client, settings: Settings,
                 validators: dict[str, tuple[str | None, str | None]] | None = None,
                 host_gate: Callable[[str], AbstractContextManager[object]] | None = None) -> None:
        """``validators``: URL -> (ETag, Last-Modified) of the copy already stored; such URLs are asked
        for conditionally, and an unchanged page comes back as a Page with ``not_modified`` and no body.
        ``host_gate``: host -> a context held around each request to it, besides this fetcher's own
        per-host slots; the nightly run's shards pass one that several workers share (flows/cluster.py)."""
        self.host_gate = host_gate
        self.client = client
        self.settings = settings
        self.validators = validators or {}
        self._robots: dict[str, Protego | None] = {}
        self.robots_failures: dict[str, str] = {}  # origin -> why its robots.txt could not be read
        self._host_slots: dict[str, threading.Semaphore] = {}
        self._host_next: dict[str, float] = {}
        self._lock = threading.Lock()

    def fetch_all(self, candidates: Iterable[Candidate]) -> list[Page]:
        with ThreadPoolExecutor(max_workers=max(1, self.settings.fetch_workers)) as pool:
            return list(pool.map(self.fetch, candidates))

    def fetch(self, candidate: Candidate, *, robots: bool = True) -> Page:
        """``robots=False`` for API calls (search providers): robots.txt speaks to crawlers.

        One page costs at most FETCH_PAGE_BUDGET seconds with all its tries and waits: a try gets what
        is left of it, no retry starts that could not finish, and a host that asks to wait longer
        (Retry-After beyond the budget or FETCH_MAX_RETRY_AFTER) is recorded as rate-limited."""
        deadline = time.monotonic() + self.settings.fetch_page_budget
        attempt = 0
        while True:
            try:
                return self._fetch_once(candidate, robots, deadline)
            except TransientSourceError as exc:
                attempt += 1
                retry_after = getattr(exc, "retry_after", None)
                left = deadline - time.monotonic()
                if retry_after is not None and retry_after > min(left, self.settings.fetch_max_retry_after):
                    return _failed(candidate, RateLimited(f"{exc}: the host asks to wait {retry_after:g} s"))
                wait = retry_after or self.settings.fetch_backoff * 2 ** (attempt - 1)
                if attempt > self.settings.fetch_retries or wait >= left:
                    return _failed(candidate, exc)
                time.sleep(wait)
            except SourceError as exc:
                return _failed(candidate, exc)

    def _fetch_once(self, candidate: Candidate, robots: bool = True, deadline: float | None = None) -> Page:
        url = candidate.url
        etag, modified = self.validators.get(url, (None, None))
        conditional = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        deadline = deadline or time.monotonic() + self.settings.fetch_page_budget
        for _ in range(self.settings.fetch_max_redirects + 1):
            address = self._check_url(url, robots)
            target, pinned, extensions = _pinned(url, address)
            with self._slot(url), (self.host_gate(urlsplit(url).netloc) if self.host_gate else nullcontext()):
                self._wait_for_host(url)
                started = time.monotonic()
                # This try ends at FETCH_TOTAL_TIMEOUT or at the page's budget, whichever comes first.
                ends = min(started + self.settings.fetch_total_timeout, deadline)
                if ends <= started:
                    raise TransientSourceError(f"no time left for {url}", reason="timeout")
                timeout = httpx.Timeout(min(self.settings.fetch_timeout, ends - started))
                try:
                    with self.client.stream("GET", target, headers={**conditional, **pinned}, extensions=extensions,
                                            timeout=timeout) as response:
                        if response.status_code == 304:
                            return Page(url=candidate.url, provider=candidate.provider, final_url=url,
                                        status=304, fetched_at=_now(), etag=response.headers.get("etag", etag),
                                        last_modified=response.headers.get("last-modified", modified),
                                        not_modified=True)
                        if response.is_redirect:
                            location = response.headers.get("location")
                            if not location:
                                raise HttpStatusError(f"redirect without Location from {url}", reason="http-status")
                            url = urljoin(url, location)
                            conditional = {}  # validators belong to the URL they were stored for
                            continue
                        _raise_for_status(response)
                        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
                        if ctype and not ctype.startswith(_TEXT_TYPES):
                            raise UnsupportedContent(f"content type {ctype} is not a web page")
                        body = self._read_capped(response, ends)
                        text, encoding = decode_body(body, response.headers.get("content-type", ""))
                        return Page(url=candidate.url, provider=candidate.provider, final_url=url,
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

    def _read_capped(self, response: httpx.Response, ends: float) -> bytes:
        """The decoded body, never holding more than FETCH_MAX_BYTES of it.

        Compressed bodies are inflated here from the raw stream with a bound on each step's output,
        so a gzip bomb (50 MB of zeros in 50 KB) is stopped at the cap instead of being inflated in
        one piece by the transport."""
        cap = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if declared and declared.isdigit() and int(declared) > cap and encoding == "identity":
            raise TooLarge(f"{response.url} declares {int(declared):,} bytes (cap {cap:,})")
        if encoding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise UnsupportedContent(f"{response.url}: unsupported content encoding {encoding}", reason="bad-encoding")
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32) if encoding != "identity" else None
        chunks, size = [], 0
        try:
            for raw in response.iter_raw():
                data = raw
                while data:
                    piece = inflater.decompress(data, cap - size + 1) if inflater else data
                    data = inflater.unconsumed_tail if inflater else b""
                    size += len(piece)
                    if size > cap:
                        raise TooLarge(f"{response.url} is over {cap:,} bytes")
                    chunks.append(piece)
                if time.monotonic() > ends:
                    raise TransientSourceError(f"{response.url} took too long (fetch_total_timeout "
                                               f"{self.settings.fetch_total_timeout:g} s, fetch_page_budget "
                                               f"{self.settings.fetch_page_budget:g} s)", reason="timeout")
            if inflater is not None:
                chunks.append(inflater.flush())
        except zlib.error as exc:
            raise UnsupportedContent(f"corrupt compressed body from {response.url}", reason="bad-encoding") from exc
        return b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        """Space requests to one host FETCH_HOST_DELAY seconds apart (their starts, across threads)."""
        delay = self.settings.fetch_host_delay
        if delay <= 0:
            return
        host = urlsplit(url).netloc
        with self._lock:
            now = time.monotonic()
            start = max(now, self._host_next.get(host, now))
            self._host_next[host] = start + delay
        if start > now:
            time.sleep(start - now)

    def _slot(self, url: str) -> threading.Semaphore:
        host = urlsplit(url).netloc
        with self._lock:
            if host not in self._host_slots:
                self._host_slots[host] = threading.Semaphore(max(1, self.settings.fetch_per_host))
            return self._host_slots[host]

    def _check_url(self, url: str, robots: bool = True) -> str | None:
        """The address the URL's host was checked at (None where every address is allowed)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UnsupportedContent(f"not an http(s) URL: {url}", reason="bad-url")
        address = check_address(parts.hostname, self.settings.fetch_allow_loopback, self.settings.fetch_allow_private)
        if robots and self.settings.fetch_respect_robots and not parts.path.endswith("/robots.txt"):
            rules = self._robots_for(f"{parts.scheme}://{parts.netloc}")
            if rules is not None and not rules.can_fetch(url, self.settings.fetch_user_agent):
                raise RobotsDisallowed(f"robots.txt disallows {url}")
        return address

    def _robots_for(self, origin: str) -> Protego | None:
        """A host's robots.txt, fetched like any page: the address guard on every redirect hop, the byte
        cap and the total deadline (a robots.txt that redirects into a private network, inflates to
        hundreds of megabytes or drips forever is a failure, not a wait). None where there is none to
        obey: missing, or failed (its reason kept in ``robots_failures``), as crawlers treat it."""
        with self._lock:
            if origin in self._robots:
                return self._robots[origin]
        robots = None
        try:
            page = self._fetch_once(Candidate(url=f"{origin}/robots.txt", provider="robots"), robots=False)
            robots = Protego.parse(page.body or "") if page.status == 200 else None
        except SourceError as exc:
            if not (isinstance(exc, HttpStatusError) and exc.reason.startswith("http-4")):
                self.robots_failures[origin] = exc.reason
                _log.info("robots.txt of %s not read (%s): %s", origin, exc.reason, exc)
        with self._lock:
            self._robots[origin] = robots
        return robots


def check_address(host: str, allow_loopback: bool = False, allow_private: bool = False) -> str | None:
    """Refuse hosts that resolve to loopback, private, link-local or reserved addresses unless allowed;
    return the address to connect to (None where every address is allowed).

    Checked before every request and every redirect hop, so a public page cannot redirect the
    fetcher into a private network; and the request is then made to the address checked, not to
    whatever the name resolves to a moment later (DNS rebinding: public first, 127.0.0.1 second)."""
    if allow_loopback and allow_private:
        return None
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise TransientSourceError(f"cannot resolve {host}: {exc}", reason="dns") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_loopback:
            if not allow_loopback:
                raise BlockedAddress(f"{host} resolves to loopback address {ip}")
        elif not ip.is_global and not allow_private:
            raise BlockedAddress(f"{host} resolves to non-public address {ip}")
    return str(infos[0][4][0]) if infos else None


def _pinned(url: str, address: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """The request for ``url`` made to the checked ``address``: the URL with the address for its host,
    the Host header, and (for https) the name TLS verifies the certificate against."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if address is None or _is_address(host):
        return url, {}, {}
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port else "")
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return parts._replace(netloc=netloc).geturl(), {"Host": parts.netloc.rsplit("@", 1)[-1]}, extensions


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


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
    # Bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever a page declares: real Latin-1 or
    # cp1252 text is almost never valid UTF-8, while UTF-8 read as Latin-1 is mojibake ("GrÃ¶ÃŸe").
    if declared and _SINGLE_BYTE.fullmatch(declared) and not body.isascii():
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    for encoding in filter(None, [declared, "utf-8"]):
        try:
            return body.decode(encoding), encoding.lower()
        except (LookupError, UnicodeDecodeError):
            continue
    # Detected among the encodings German and English pages are written in: left free, the detector
    # reads a short Latin-1 text as EBCDIC.
    best = from_bytes(body, cp_isolation=["cp1252", "iso8859_15", "cp1250", "iso8859_2"]).best()
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
