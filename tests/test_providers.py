"""Search providers against a loopback server that answers in each provider's documented JSON format."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.errors import ConfigError
from checkers.fetch import Fetcher, make_client
from checkers.providers import build_queries, enabled_providers, search_sources
from checkers.records import Candidate

ARTICLE = ("Alibaba Aktie steigt\nAlibaba Cloud plant neue Rechenzentren in Brasilien. Die Cloud-Sparte von Alibaba "
           "verzeichnete ein Umsatzplus von 26 Prozent.")

ANSWERS = {
    "/api/v2/doc/doc": {"articles": [
        {"url": "https://news.example/alibaba-brazil", "url_mobile": "", "title": "Alibaba Cloud to open Brazil data centre",
         "seendate": "20250924T101500Z", "socialimage": "", "domain": "news.example", "language": "English",
         "sourcecountry": "United States"}]},
    "/w/api.php": {"batchcomplete": "", "query": {"searchinfo": {"totalhits": 1}, "search": [
        {"ns": 0, "title": "Alibaba Cloud", "pageid": 1, "snippet": "<span class=\"searchmatch\">Alibaba</span> Cloud ..."}]}},
    "/search": {"query": "x", "number_of_results": 1, "results": [
        {"url": "https://blog.example/alibaba", "title": "Alibaba Cloud", "content": "26 percent growth", "engine": "x"}]},
    "/v1alpha1/claims:search": {"claims": [{"text": "Alibaba cloud revenue grew 80 percent", "claimant": "a post",
                                            "claimDate": "2025-09-01T00:00:00Z", "claimReview": [
        {"publisher": {"name": "Example Checks", "site": "checks.example"}, "url": "https://checks.example/alibaba",
         "title": "No, it grew 26 percent", "reviewDate": "2025-09-02T00:00:00Z", "textualRating": "False",
         "languageCode": "en"}]}]},
}


class ApiServer:
    def __init__(self):
        self.requests: list[tuple[str, dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                return

            def do_GET(self):  # noqa: N802
                parts = urlsplit(self.path)
                outer.requests.append((parts.path, parse_qs(parts.query)))
                if parts.path == "/broken/w/api.php":
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps(ANSWERS.get(parts.path, {})).encode()
                self.send_response(200 if parts.path in ANSWERS else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def api():
    server = ApiServer()
    yield server
    server.server.shutdown()


@pytest.fixture
def settings(loopback_settings, api):
    return loopback_settings.replace(
        discover_search=("gdelt", "mediawiki", "searxng"), discover_gdelt_url=f"{api.base}/api/v2/doc/doc",
        discover_gdelt_interval=0.0, discover_mediawiki_url=api.base + "/w/api.php", discover_searxng_url=api.base,
        discover_factcheck_url=f"{api.base}/v1alpha1/claims:search", discover_factcheck_key="secret-key",
        fetch_retries=0)


def article_and_claims(published=None):
    article = article_from_text(ARTICLE, default_settings(), published_at=published)
    return article, split_claims(article)


def default_settings():
    from checkers.settings import Settings
    return Settings()


def run_search(settings):
    article, claims = article_and_claims()
    with make_client(settings) as client:
        fetcher = Fetcher(client, settings)
        return search_sources(article, claims, lambda url: fetcher.fetch(Candidate(url=url, provider="search"),
                                                                            robots=False), settings)


def test_every_provider_answers_in_its_format(api, settings):
    found, failed = run_search(settings)
    providers = {c.provider: c for c in found}
    assert failed == []
    assert providers["gdelt"].url == "https://news.example/alibaba-brazil"
    assert providers["mediawiki"].url == api.base + "/wiki/Alibaba_Cloud"
    assert providers["searxng"].url == "https://blog.example/alibaba"
    review = providers["factcheck"].reviews[0]
    assert review.rating == "False" and review.reviewer == "Example Checks" and providers["factcheck"].url.endswith("/alibaba")


def test_requests_follow_each_api(api, settings):
    api.requests.clear()
    run_search(settings)
    by_path = {}
    for path, params in api.requests:
        by_path.setdefault(path, []).append(params)
    gdelt = by_path["/api/v2/doc/doc"][0]
    assert gdelt["mode"] == ["artlist"] and gdelt["format"] == ["json"] and "sourcelang:" in gdelt["query"][0]
    assert all(p["action"] == ["query"] and p["list"] == ["search"] for p in by_path["/w/api.php"])
    assert by_path["/v1alpha1/claims:search"][0]["key"] == ["secret-key"]
    languages = {p["language"][0] for p in by_path["/search"]}
    assert languages == {"de", "en"}  # German claims are searched in English too


def test_german_claims_get_english_queries_with_english_country_names():
    article, claims = article_and_claims()
    queries = build_queries(article, claims, default_settings())
    english = [q.text for q in queries if q.language == "en"]
    assert any("Brazil" in q for q in english) and any("Brasilien" in q.text for q in queries if q.language == "de")
    assert any("26%" in q for q in english)


def test_date_bounds_around_the_article(settings):
    article, claims = article_and_claims(published="2025-09-24")
    (first, *_) = build_queries(article, claims, settings)
    assert str(first.start) == "2025-08-25" and str(first.end) == "2025-10-24"


def test_a_failed_call_is_recorded_without_the_key(api, settings):
    broken = settings.replace(discover_search=("mediawiki",), discover_mediawiki_url=api.base + "/broken/w/api.php")
    found, failed = run_search(broken.replace(discover_factcheck_key=""))
    assert found == [] and failed and failed[0].error == "http-503" and failed[0].provider == "search:mediawiki"
    found, failed = run_search(settings.replace(discover_search=(), discover_factcheck_url=api.base + "/nothing"))
    assert failed and "secret-key" not in failed[0].url + (failed[0].error_message or "")


def test_provider_configuration_errors():
    base = default_settings()
    with pytest.raises(ConfigError, match="unknown provider"):
        base.replace(discover_search=("bing",))
    assert [p.name for p in enabled_providers(base)] == ["gdelt", "mediawiki"]  # keyless by default
    assert "factcheck" in [p.name for p in enabled_providers(base.replace(discover_factcheck_key="k"))]


def test_gdelt_calls_are_spaced(settings):
    slept = []
    article, claims = article_and_claims()
    calls = []
    search_sources(article, claims, lambda url: calls.append(url) or _empty(url),
                   settings.replace(discover_search=("gdelt",), discover_gdelt_interval=5.0,
                                    discover_factcheck_key=""), sleep=slept.append)
    assert len(calls) >= 2 and len(slept) == len(calls) - 1 and all(s > 4.9 for s in slept)


def _empty(url):
    from checkers.records import Page
    return Page(url=url, provider="search", status=200, body="{}")


def test_an_unreachable_provider_is_asked_once(settings):
    article, claims = article_and_claims()
    calls = []

    def offline(url):
        from checkers.records import Page
        calls.append(url)
        return Page(url=url, provider="search", error="dns", error_message="cannot resolve api.example")

    found, failed = search_sources(article, claims, offline, settings.replace(discover_factcheck_key=""))
    assert found == [] and len(calls) == len(failed) == 3  # gdelt, mediawiki, searxng: one call each
