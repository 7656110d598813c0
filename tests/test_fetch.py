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
