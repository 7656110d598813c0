"""gather_pages: the same Sources whether pages are extracted in the flow process or in worker processes."""

from checkers.fetch import Fetcher, make_client
from checkers.gather import extraction_pool, gather_pages
from checkers.records import Candidate

PATHS = ["/news/2025/09/alibaba-apsara-ai-spending-beyond-380-billion-yuan.html",
         "/nachrichten/wirtschaft/alibaba-ki-budget-aufgestockt-100.latin1.html",
         "/intern/entwurf-alibaba.html", "/no-such-page.html"]


def test_worker_processes_extract_the_same(demo_site, loopback_settings):
    settings = loopback_settings.replace(extract_workers=2, extract_pool_min_pages=1)
    candidates = [Candidate(url=demo_site.url(p), provider="explicit") for p in PATHS]
    with make_client(settings) as client:
        fetcher = Fetcher(client, settings)
        local = gather_pages(candidates, fetcher, {})
        with extraction_pool(settings, len(candidates)) as pool:
            assert pool is not None
            pooled = gather_pages(candidates, fetcher, {}, pool)
    strip = [(s.url, s.text, s.title, s.language, s.error) for s in local]
    assert strip == [(s.url, s.text, s.title, s.language, s.error) for s in pooled]
    # The workers leave the language to this process, which tells it as extract_page does.
    assert [s.language for s in pooled[:2]] == ["en", "de"]
    assert [s.error for s in pooled] == [None, None, "robots-disallowed", "http-404"]


def test_small_runs_start_no_pool(loopback_settings):
    with extraction_pool(loopback_settings, 10) as pool:
        assert pool is None
