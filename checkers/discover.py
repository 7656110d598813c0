"""discover_sources: where to look for evidence. Providers turn what the user gave (source URLs, feed
and sitemap documents) and the article itself (its outbound links) into Candidates; the same URL found
twice is one Candidate, credited to the first provider that named it."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

import feedparser
from lxml import etree

from checkers.records import Article, Candidate, Claim
from checkers.text import content_terms


def explicit_candidates(urls: Iterable[str]) -> list[Candidate]:
    return [Candidate(url=u, provider="explicit") for u in urls]


def article_link_candidates(article: Article) -> list[Candidate]:
    own = urlsplit(article.url or "").netloc
    return [Candidate(url=u, provider="article-link") for u in article.links if urlsplit(u).netloc != own or not own]


def parse_feed_or_sitemap(body: str, base_url: str) -> list[Candidate]:
    """Candidates from an RSS/Atom feed or an XML sitemap (a sitemap index is followed by the caller)."""
    head = body[:2000]
    if "<urlset" in head or "<sitemapindex" in head:
        return _parse_sitemap(body)
    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            note = " ".join(filter(None, [entry.get("title", ""), entry.get("summary", "")]))
            out.append(Candidate(url=link, provider="feed", note=note[:500]))
    return out


def _parse_sitemap(body: str) -> list[Candidate]:
    try:
        root = etree.fromstring(body.encode("utf-8"), parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return []
    kind = "sitemap-index" if root.tag.endswith("sitemapindex") else "sitemap"
    return [Candidate(url=(loc.text or "").strip(), provider=kind)
            for loc in root.iter("{*}loc") if (loc.text or "").strip()]


def discover_sources(article: Article, claims: list[Claim], found: Iterable[Candidate], limit: int) -> list[Candidate]:
    """Deduplicate the candidates and keep the ``limit`` most promising.

    Candidates the user named (explicit) and the article's links come first; feed and sitemap entries
    are ranked by how many of the check-worthy claims' terms their title and teaser share.
    """
    terms = {t for c in claims if c.checkworthy for t in content_terms(c.text, c.language)}
    seen: dict[str, Candidate] = {}
    for cand in found:
        key = normalize_url(cand.url)
        if key and key not in seen and cand.provider != "sitemap-index":
            seen[key] = Candidate(url=key, provider=cand.provider, note=cand.note, reviews=cand.reviews)
    priority = {"explicit": 0, "article-link": 1}

    def rank(c: Candidate) -> tuple[int, int]:
        overlap = len(terms & set(content_terms(c.note, article.language))) if c.note else 0
        return priority.get(c.provider, 2), -overlap

    return sorted(seen.values(), key=rank)[:limit]


def normalize_url(url: str) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))
