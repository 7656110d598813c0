"""extract_page: a fetched Page -> a Source with its main text and metadata.

Main text comes from trafilatura (F1 0.96 on the AEB benchmark, see DESIGN.md); when it finds none,
the text of the page's <p> elements is used. Title, date, language and links come from the page's
own markup, read with BeautifulSoup.
"""

from __future__ import annotations

import hashlib
import json
from urllib.parse import urljoin, urlsplit

import trafilatura
from bs4 import BeautifulSoup, SoupStrainer

from checkers.records import Page, Source
from checkers.text import detect_language

_HEAD_AND_LINKS = SoupStrainer(["html", "title", "meta", "a", "script"])


def extract_page(page: Page) -> Source:
    base = page.final_url or page.url
    common = dict(id=source_id(page.url), url=page.url, provider=page.provider, final_url=page.final_url,
                  domain=domain_of(base), fetched_at=page.fetched_at, http_status=page.status,
                  etag=page.etag, last_modified=page.last_modified)
    if page.error or page.body is None:
        return Source(**common, content_hash=None, title=None, published_at=None, language=None, text=None,
                      error=page.error or "empty", error_message=page.error_message)
    html = page.body
    content_hash = hashlib.sha256(html.encode("utf-8", "replace")).hexdigest()[:16]
    if (page.content_type or "").startswith("text/plain"):
        text, meta = html.strip(), {}
    else:
        doc = trafilatura.bare_extraction(html, url=base, with_metadata=True, include_comments=False,
                                          fast=True)
        text = (doc.text or "").strip() if doc is not None else ""
        meta = _markup_metadata(html, base)
        if doc is not None:
            meta.setdefault("title", doc.title)
            meta.setdefault("published", doc.date)
        if not text:
            text = _paragraph_text(html)
    if not text:
        return Source(**common, content_hash=content_hash, title=meta.get("title"), published_at=None,
                      language=None, text=None, links=tuple(meta.get("links", ())), error="no-text",
                      error_message="no main text found on the page")
    language = meta.get("language") or detect_language(text)
    return Source(**common, content_hash=content_hash, title=meta.get("title"),
                  published_at=meta.get("published"), language=language, text=text,
                  links=tuple(meta.get("links", ())))


def _markup_metadata(html: str, base: str) -> dict:
    soup = BeautifulSoup(html, "lxml", parse_only=_HEAD_AND_LINKS)
    meta: dict = {}
    root = soup.find("html")
    lang = (root.get("lang") or "").split("-")[0].lower() if root else ""
    if lang in ("de", "en"):
        meta["language"] = lang
    og = soup.find("meta", attrs={"property": "og:title"})
    if og and og.get("content"):
        meta["title"] = og["content"].strip()
    elif soup.title and soup.title.string:
        meta["title"] = soup.title.string.strip()
    for key in ("article:published_time", "og:published_time", "date", "pubdate"):
        tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
        if tag and tag.get("content"):
            meta["published"] = tag["content"].strip()
            break
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item.get("datePublished") and "published" not in meta:
                meta["published"] = str(item["datePublished"])
    links = []
    for a in soup.find_all("a", href=True):
        href = urljoin(base, a["href"].strip())
        if href.startswith(("http://", "https://")):
            links.append(href.split("#")[0])
    meta["links"] = list(dict.fromkeys(links))
    return meta


def _paragraph_text(html: str) -> str:
    soup = BeautifulSoup(html, "lxml", parse_only=SoupStrainer("p"))
    return "\n".join(p.get_text(" ", strip=True) for p in soup.find_all("p") if p.get_text(strip=True))


def source_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host
