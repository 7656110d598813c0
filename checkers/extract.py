"""extract_page: a fetched Page -> a Source with its main text and metadata.

The page is parsed once with lxml. Title, language, publication date (meta tags, then schema.org
JSON-LD), outbound links and ClaimReview ratings are read from that tree with XPath; then trafilatura
takes the same tree for the main text (F1 0.96 on the AEB benchmark, see DESIGN.md). Reading the
metadata with BeautifulSoup cost as much again as the extraction itself, so BeautifulSoup is kept for
the fallback only: when trafilatura finds no main text, the page's <p> elements are used.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from bs4 import BeautifulSoup, SoupStrainer
from lxml import etree

from checkers.records import ClaimReview, Page, Source
from checkers.text import SUPPORTED_MIN_SCORE, detect_language, language_score

_DATE_META = ("article:published_time", "og:published_time", "datePublished", "date", "pubdate",
              "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date")


def extract_page(page: Page, stored: Source | None = None, reviews: tuple[ClaimReview, ...] = (),
                 detect: bool = True) -> Source:
    """``stored``: the copy kept from an earlier run, used when the server says the page is unchanged;
    ``reviews``: a fact-check API's ratings of this page, kept when the page has no markup of its own;
    ``detect``: tell the text's language (``page_language``); without, ``language`` is what the page
    declares, for the caller to detect (extraction workers leave it to the flow process, which holds
    the word lists anyway: each worker that loads them costs some 130 MB)."""
    source = _extract(page, stored, detect)
    if reviews and not source.claim_reviews:
        source = dataclasses.replace(source, claim_reviews=reviews)
    return source


def _extract(page: Page, stored: Source | None, detect: bool = True) -> Source:
    base = page.final_url or page.url
    if page.not_modified and stored is not None and stored.ok:
        return dataclasses.replace(stored, provider=page.provider, fetched_at=page.fetched_at, http_status=304,
                                   etag=page.etag or stored.etag, last_modified=page.last_modified or stored.last_modified)
    common = dict(id=source_id(page.url), url=page.url, provider=page.provider, final_url=page.final_url,
                  domain=domain_of(base), fetched_at=page.fetched_at, http_status=page.status,
                  etag=page.etag, last_modified=page.last_modified)
    if page.error or page.body is None:
        return Source(**common, content_hash=None, title=None, published_at=None, language=None, text=None,
                      error=page.error or "empty", error_message=page.error_message)
    html = page.body
    content_hash = hashlib.sha256(html.encode("utf-8", "replace")).hexdigest()[:16]
    meta: dict = {}
    if (page.content_type or "").startswith("text/plain"):
        text = html.strip()
    else:
        tree = _parse(html)
        if tree is None:
            text = ""
        else:
            meta = page_metadata(tree, base)
            doc = trafilatura.bare_extraction(tree, url=base, include_comments=False, fast=True)
            text = (doc.text or "").strip() if doc is not None else ""
        if not text:
            text = _paragraph_text(html)
    if not text:
        return Source(**common, content_hash=content_hash, title=meta.get("title"), published_at=None,
                      language=None, text=None, links=tuple(meta.get("links", ())), error="no-text",
                      error_message="no main text found on the page")
    return Source(**common, content_hash=content_hash, title=meta.get("title"),
                  published_at=meta.get("published"),
                  language=page_language(meta.get("language"), text) if detect else meta.get("language"),
                  text=text, links=tuple(meta.get("links", ())), claim_reviews=tuple(meta.get("reviews", ())))


def _parse(html: str):
    try:
        return lxml.html.fromstring(html.encode("utf-8", "replace"),
                                    parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (etree.ParserError, ValueError):
        return None


# How clearly a text must be one language to overrule its page's ``lang`` attribute: the 4 of 132 AEB
# pages whose attribute names the wrong language score 0.97 or more in the right one; a page that
# mixes German and English headlines scores about 0.6 in either and keeps its attribute.
_CLEARLY = 0.8


def page_language(declared: str | None, text: str) -> str:
    """The language of a page's main text: what the text itself clearly is (German or English), over a
    ``lang`` attribute that says otherwise (templates ship "en" on German articles); the attribute
    where the text is mixed or cannot tell."""
    found, score = language_score(text)
    if score >= _CLEARLY or not declared and score >= SUPPORTED_MIN_SCORE:
        return found
    return declared or detect_language(text)


def page_metadata(tree, base: str) -> dict:
    meta: dict = {}
    lang = language_code(tree.get("lang"))
    if lang:
        meta["language"] = lang
    title = _first(tree.xpath("//meta[@property='og:title']/@content")) or _first(tree.xpath("//title/text()"))
    if title:
        meta["title"] = " ".join(title.split())
    for key in _DATE_META:
        value = _first(tree.xpath(f"//meta[@property='{key}' or @name='{key}' or @itemprop='{key}']/@content"))
        if value:
            meta["published"] = value.strip()
            break
    for item in json_ld(tree):
        if item.get("datePublished") and "published" not in meta:
            meta["published"] = str(item["datePublished"])
    meta["reviews"] = [r for item in json_ld(tree) if (r := claim_review(item, base)) is not None]
    links = []
    for href in tree.xpath("//a/@href"):
        href = href.strip()
        if href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = href if href.startswith(("http://", "https://")) else urljoin(base, href)  # urljoin is slow
        if url.startswith(("http://", "https://")):
            links.append(url.split("#")[0])
    meta["links"] = list(dict.fromkeys(links))
    return meta


def json_ld(tree) -> list[dict]:
    """The schema.org objects of a page's JSON-LD blocks, @graph lists flattened."""
    items: list[dict] = []
    for raw in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                items.extend(g for g in item.get("@graph", [item]) if isinstance(g, dict))
    return items


def claim_review(item: dict, base: str) -> ClaimReview | None:
    """A schema.org ClaimReview object -> ClaimReview, or None for any other type."""
    kind = item.get("@type")
    if kind != "ClaimReview" and not (isinstance(kind, list) and "ClaimReview" in kind):
        return None
    rating = item.get("reviewRating") or {}
    if isinstance(rating, list):
        rating = rating[0] if rating else {}
    if not isinstance(rating, dict):
        rating = {}
    author = item.get("author") or {}
    if isinstance(author, list):
        author = author[0] if author else {}
    words = rating.get("alternateName") or rating.get("name") or rating.get("ratingExplanation")
    if not item.get("claimReviewed") or not words:
        return None
    return ClaimReview(claim_reviewed=str(item["claimReviewed"]), rating=str(words),
                       reviewer=author.get("name") if isinstance(author, dict) else str(author),
                       url=item.get("url") or base, date=item.get("datePublished"),
                       language=language_code(item.get("inLanguage")))


def language_code(value: object) -> str | None:
    """'de' or 'en' from a page's language tag ("en-US", "de-AT", schema.org's {"name": "English"}), or
    None for any other language or value: the pipeline then detects the language from the text."""
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if not isinstance(value, str):
        return None
    code = value.strip().split("-")[0].split("_")[0].lower()
    code = {"english": "en", "german": "de", "deutsch": "de"}.get(code, code)
    return code if code in ("de", "en") else None


def _first(values: list) -> str | None:
    for v in values:
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _paragraph_text(html: str) -> str:
    soup = BeautifulSoup(html, "lxml", parse_only=SoupStrainer("p"))
    return "\n".join(p.get_text(" ", strip=True) for p in soup.find_all("p") if p.get_text(strip=True))


def source_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
