"""fetch_pages against a hostile loopback web: every failure ends as a reason, good pages still arrive."""

import time

import pytest

from checkers.errors import BlockedAddress
from checkers.fetch import Fetcher, check_address, decode_body, make_client
from checkers.records import Candidate

from hostile_web import HostileWeb


@pytest.fixture(scope="module")
def web():
    server = HostileWeb()
    yield server
    server.stop()


@pytest.fixture
def fetcher(loopback_settings):
    # Well under the slow pages' 5 s and 12 s, with room for a loaded CI machine (0.5 s once timed out a retry).
    settings = loopback_settings.replace(fetch_max_bytes=1_000_000, fetch_timeout=1.5, fetch_total_timeout=3.0,
                                         fetch_retries=1)
    with make_client(settings) as client:
        yield Fetcher(client, settings)


def fetch(fetcher, web, path):
    return fetcher.fetch(Candidate(url=web.url(path), provider="explicit"))


@pytest.mark.parametrize("path,reason", [
    ("/private/secret.html", "robots-disallowed"),
    ("/missing.html", "http-404"),
    ("/always-500.html", "http-500"),
    ("/huge.html", "too-large"),
    ("/huge-undeclared.html", "too-large"),
    ("/gzip-bomb.html", "too-large"),
    ("/loop-a", "too-many-redirects"),
    ("/to-private", "blocked-address"),
    ("/image.png", "unsupported-content"),
    ("/slow-headers.html", "timeout"),
    ("/slow-drip.html", "timeout"),
])
def test_each_failure_is_a_recorded_reason(fetcher, web, path, reason):
    page = fetch(fetcher, web, path)
    assert page.error == reason and page.body is None and page.error_message


@pytest.mark.parametrize("robots,reason", [("to-private", "blocked-address"), ("bomb", "too-large"),
                                           ("drip", "timeout")])
def test_robots_txt_is_fetched_inside_the_guard_and_its_bounds(loopback_settings, robots, reason):
    # A robots.txt that redirects into a private network is not followed there, one that inflates to
    # 50 MB stops at the byte cap, one that drips forever at the total deadline; the page still arrives.
    hostile = HostileWeb(robots=robots)
    settings = loopback_settings.replace(fetch_max_bytes=1_000_000, fetch_timeout=1.5, fetch_total_timeout=3.0,
                                         fetch_retries=0)
    try:
        with make_client(settings) as client:
            fetcher = Fetcher(client, settings)
            started = time.monotonic()
            page = fetcher.fetch(Candidate(url=hostile.url("/good.html"), provider="explicit"))
            elapsed = time.monotonic() - started
    finally:
        hostile.stop()
    assert page.error is None and "Alibaba" in page.body
    assert fetcher.robots_failures == {hostile.base_url: reason}
    assert elapsed < settings.fetch_total_timeout + 3  # (a drip that were waited out takes 12 s)


def test_the_request_goes_to_the_address_that_was_checked(loopback_settings, web, monkeypatch):
    # DNS rebinding: the guard's lookup of a name sees one address, a later lookup another. The request
    # must go to the address checked: here the guard sees 127.0.0.1 (where the web listens, and allowed),
    # any later lookup 127.0.0.2 (where nothing listens), so a second lookup would fail the fetch.
    import socket
    import types

    import checkers.fetch

    port = int(web.base_url.rsplit(":", 1)[1])

    real = socket.getaddrinfo

    def answer(address):
        def getaddrinfo(host, *args, **kwargs):
            if host != "rebind.test":
                return real(host, *args, **kwargs)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, 0))]
        return getaddrinfo

    monkeypatch.setattr(socket, "getaddrinfo", answer("127.0.0.2"))
    monkeypatch.setattr(checkers.fetch, "socket", types.SimpleNamespace(
        getaddrinfo=answer("127.0.0.1"), gaierror=socket.gaierror, IPPROTO_TCP=socket.IPPROTO_TCP))
    settings = loopback_settings.replace(fetch_retries=0)
    with make_client(settings) as client:
        page = Fetcher(client, settings).fetch(Candidate(url=f"http://rebind.test:{port}/good.html", provider="x"))
    assert page.error is None and "Alibaba" in page.body
    assert page.final_url == f"http://rebind.test:{port}/good.html"  # the name, not the address
    assert web.hosts[-1] == f"rebind.test:{port}"  # the Host header names the site


def test_https_to_the_checked_address_still_verifies_the_certificate_of_the_name(loopback_settings, tmp_path,
                                                                                 monkeypatch):
    # Pinned to 127.0.0.1, the TLS handshake still names "rebind.test" (SNI) and the certificate is
    # verified against that name: a certificate for the name is accepted, and only through the name.
    import datetime
    import socket
    import ssl
    import threading
    import types
    from http.server import BaseHTTPRequestHandler, HTTPServer

    import httpx
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    import checkers.fetch
    from hostile_web import GOOD_HTML

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "rebind.test")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("rebind.test")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = GOOD_HTML.encode() if self.path == "/good.html" else b"none"
            self.send_response(200 if self.path == "/good.html" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            return

    server = HTTPServer(("127.0.0.1", 0), Handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    real = socket.getaddrinfo
    fixed = lambda host, *a, **k: ([(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 0))]  # noqa: E731
                                   if host == "rebind.test" else real(host, *a, **k))
    monkeypatch.setattr(checkers.fetch, "socket", types.SimpleNamespace(
        getaddrinfo=fixed, gaierror=socket.gaierror, IPPROTO_TCP=socket.IPPROTO_TCP))
    settings = loopback_settings.replace(fetch_retries=0)
    trust = ssl.create_default_context(cafile=str(tmp_path / "cert.pem"))
    try:
        with httpx.Client(verify=trust, follow_redirects=False, trust_env=False) as client:
            fetcher = Fetcher(client, settings)
            by_name = fetcher.fetch(Candidate(url=f"https://rebind.test:{port}/good.html", provider="x"))
            by_address = fetcher.fetch(Candidate(url=f"https://127.0.0.1:{port}/good.html", provider="x"))
    finally:
        server.shutdown()
        server.server_close()
    assert by_name.error is None and "Alibaba" in by_name.body
    assert by_address.error == "connection" and "CERTIFICATE_VERIFY_FAILED" in by_address.error_message


def test_a_long_retry_after_is_recorded_as_rate_limited_at_once(fetcher, web):
    started = time.monotonic()
    page = fetch(fetcher, web, "/rate-limited-long.html")
    assert page.error == "rate-limited" and "3600" in page.error_message
    assert time.monotonic() - started < 2  # not slept on


def test_a_page_costs_at_most_its_budget_with_all_retries(loopback_settings, web):
    # A page that drips for 12 s, with 3 s per try and two retries, would cost over 9 s; the budget ends it.
    settings = loopback_settings.replace(fetch_timeout=1.5, fetch_total_timeout=3.0, fetch_retries=2,
                                         fetch_page_budget=4.0)
    with make_client(settings) as client:
        started = time.monotonic()
        page = Fetcher(client, settings).fetch(Candidate(url=web.url("/slow-drip.html"), provider="explicit"))
        elapsed = time.monotonic() - started
    assert page.error == "timeout" and elapsed < settings.fetch_page_budget + 1.5


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8(fetcher, web):
    page = fetch(fetcher, web, "/utf8-declared-latin1.html")
    assert page.encoding == "utf-8" and "Größe" in page.body and "Ã" not in page.body


def test_transient_errors_are_retried(fetcher, web):
    page = fetch(fetcher, web, "/flaky.html")
    assert page.error is None and "Eddie Wu" in page.body and web.hits["/flaky.html"] == 2


def test_retry_after_is_honoured(fetcher, web):
    started = time.monotonic()
    page = fetch(fetcher, web, "/rate-limited.html")
    assert page.error is None and time.monotonic() - started >= 0.9


def test_charset_from_meta_and_from_the_bytes(fetcher, web):
    for path in ("/latin1.html", "/latin1-undeclared.html"):
        page = fetch(fetcher, web, path)
        assert "Große Pläne" in page.body, path


def test_malformed_html_is_still_a_page(fetcher, web):
    assert "Alibaba Cloud expands" in fetch(fetcher, web, "/malformed.html").body


def test_good_pages_arrive_beside_bad_ones(fetcher, web):
    paths = ["/good.html", "/missing.html", "/loop-a", "/latin1.html", "/private/secret.html"]
    pages = fetcher.fetch_all([Candidate(url=web.url(p), provider="explicit") for p in paths])
    assert [p.error is None for p in pages] == [True, False, False, True, False]


def test_loopback_is_refused_unless_allowed():
    with pytest.raises(BlockedAddress):
        check_address("127.0.0.1")
    check_address("127.0.0.1", allow_loopback=True)
    with pytest.raises(BlockedAddress):
        check_address("10.1.2.3", allow_loopback=True)  # resolving a literal sends no traffic


def test_decode_prefers_the_declared_charset():
    assert decode_body("Grüße".encode("cp1252"), "text/html; charset=windows-1252") == ("Grüße", "windows-1252")
    assert decode_body("Grüße".encode(), "text/html")[0] == "Grüße"


def test_a_gzip_bomb_is_stopped_without_inflating_it(fetcher, web):
    import tracemalloc

    tracemalloc.start()
    page = fetch(fetcher, web, "/gzip-bomb.html")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert page.error == "too-large" and peak < 10_000_000  # the bomb inflates to 50 MB


def test_gzip_pages_are_decoded(fetcher, web):
    assert "Eddie Wu" in fetch(fetcher, web, "/gzipped.html").body


def test_conditional_requests_come_back_not_modified(loopback_settings, web):
    with make_client(loopback_settings) as client:
        first = Fetcher(client, loopback_settings).fetch(Candidate(url=web.url("/etag.html"), provider="x"))
        again = Fetcher(client, loopback_settings, validators={web.url("/etag.html"): (first.etag, None)})
        page = again.fetch(Candidate(url=web.url("/etag.html"), provider="x"))
    assert first.etag and page.not_modified and page.status == 304 and page.body is None


def test_host_delay_spaces_requests(loopback_settings, web):
    settings = loopback_settings.replace(fetch_host_delay=0.3)
    with make_client(settings) as client:
        started = time.monotonic()
        Fetcher(client, settings).fetch_all([Candidate(url=web.url("/good.html"), provider="x")] * 3)
    assert time.monotonic() - started >= 0.6
