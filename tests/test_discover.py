from checkers.discover import discover_sources, normalize_url, parse_feed_or_sitemap
from checkers.records import Article, Candidate

from conftest import DEMO_WEB

BASE = "http://127.0.0.1:9999"


def test_feed_items_become_candidates():
    body = (DEMO_WEB / "feed.xml").read_text("utf-8").replace("__BASE_URL__", BASE)
    found = parse_feed_or_sitemap(body, BASE + "/feed.xml")
    assert len(found) >= 12 and all(c.provider == "feed" and c.url.startswith(BASE) and c.note for c in found)


def test_sitemap_entries_become_candidates():
    body = (DEMO_WEB / "sitemap.xml").read_text("utf-8").replace("__BASE_URL__", BASE)
    found = parse_feed_or_sitemap(body, BASE + "/sitemap.xml")
    assert any("/intern/" in c.url for c in found) and all(c.provider == "sitemap" for c in found)


def test_duplicates_are_one_candidate_and_explicit_urls_come_first():
    article = Article(id="a", text="x", language="de", title="x")
    found = [Candidate(url=f"{BASE}/a.html#top", provider="feed", note="a"),
             Candidate(url=f"{BASE}/b.html", provider="sitemap"),
             Candidate(url=f"{BASE}/a.html", provider="sitemap"),
             Candidate(url=f"{BASE}/c.html", provider="explicit"),
             Candidate(url="mailto:someone@example.com", provider="article-link")]
    result = discover_sources(article, [], found, limit=10)
    assert [c.url for c in result] == [f"{BASE}/c.html", f"{BASE}/a.html", f"{BASE}/b.html"]
    assert discover_sources(article, [], found, limit=1)[0].provider == "explicit"


def test_normalize_url():
    assert normalize_url("HTTP://Example.COM") == "http://example.com/"
    assert normalize_url("ftp://example.com/file") == ""
    assert normalize_url("https://Example.com#x") == "https://example.com/"
