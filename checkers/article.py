"""load_article: a file or a fetched page -> an Article, or an ArticleError saying what is wrong."""

from __future__ import annotations

import hashlib
from pathlib import Path

from checkers.errors import ArticleError
from checkers.extract import extract_page
from checkers.fetch import Fetcher
from checkers.records import Article, Candidate, Source
from checkers.settings import Settings
from checkers.text import detect_language, normalize


def load_article(article: str, fetcher: Fetcher, settings: Settings) -> Article:
    """A file path or an http(s) URL -> Article, or ArticleError (the fetcher has already retried)."""
    if article.startswith(("http://", "https://")):
        page = fetcher.fetch(Candidate(url=article, provider="article"))
        return article_from_source(extract_page(page), settings)
    return read_article_file(article, settings)


def read_article_file(path: str | Path, settings: Settings) -> Article:
    p = Path(path)
    if p.is_dir():
        raise ArticleError(f"article is a directory, not a file: {p}")
    if not p.is_file():
        raise ArticleError(f"article file not found: {p}")
    size = p.stat().st_size
    if size > settings.article_max_bytes:
        raise ArticleError(f"article file is too large: {size:,} bytes (limit {settings.article_max_bytes:,}): {p}")
    raw = p.read_bytes()
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"article file is binary, not text: {p}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"article file is not UTF-8 text (byte {exc.start}): {p}") from exc
    return article_from_text(text, settings, path=str(p))


def article_from_source(source: Source, settings: Settings) -> Article:
    if not source.ok:
        raise ArticleError(f"cannot read article: {source.error_message or source.error}")
    text = source.text or ""
    if source.title and not text.startswith(source.title):
        text = f"{source.title}\n{text}"
    return article_from_text(text, settings, url=source.final_url or source.url,
                             published_at=source.published_at, links=source.links, language=source.language)


def article_from_text(text: str, settings: Settings, *, path: str | None = None, url: str | None = None,
                      published_at: str | None = None, links: tuple[str, ...] = (),
                      language: str | None = None) -> Article:
    text = normalize(text).replace("\r\n", "\n").strip()
    where = path or url or "article"
    if len(text) < settings.article_min_chars:
        raise ArticleError(f"article is empty or too short ({len(text)} characters): {where}")
    title = text.split("\n", 1)[0].strip()[:300]
    lang = language if language in ("de", "en") else detect_language(text)
    article_id = hashlib.sha256(text.encode()).hexdigest()[:16]
    return Article(id=article_id, text=text, language=lang, title=title, url=url, path=path,
                   published_at=published_at, links=links)
