"""Search providers: a claim's anchors -> queries -> candidate URLs, without paid keys.

Each provider is two plain functions around one HTTP GET that the caller makes with the run's fetcher:
``url(query, settings)`` builds the request and ``parse(body, query, api_url)`` reads the provider's
documented JSON answer into Candidates. Network I/O stays with the caller.

- gdelt: GDELT DOC 2.0 ``mode=artlist&format=json`` -> ``{"articles": [{"url", "title", "seendate", ...}]}``
- mediawiki: ``action=query&list=search&format=json`` -> ``{"query": {"search": [{"title", ...}]}}``
- searxng: ``/search?format=json`` -> ``{"results": [{"url", "title", "content"}]}``
- factcheck: Google Fact Check Tools ``claims:search`` -> ``{"claims": [{"text", "claimReview": [...]}]}``;
  its reviews travel with the candidate and count as evidence from fact-checkers.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote, urlencode

from babel import Locale

from checkers.errors import ConfigError
from checkers.records import Article, Candidate, Claim, ClaimReview, Page, Quantity
from checkers.settings import Settings
from checkers.terms import concept_terms
from checkers.text import stopwords, words

_LANGUAGE_NAMES = {"de": "german", "en": "english"}
_SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    claim_ids: tuple[str, ...]
    start: date | None = None
    end: date | None = None


def build_queries(article: Article, claims: list[Claim], settings: Settings) -> list[Query]:
    """Queries from what claims name and state, in the claim's language and, for German claims, in
    English too; claims that give the same query share it. At most DISCOVER_MAX_QUERIES, the claims
    with the most anchors first."""
    start = end = None
    published = _date_of(article.published_at)
    if published:
        start = published - timedelta(days=settings.discover_days_around)
        end = published + timedelta(days=settings.discover_days_around)
    ranked = sorted((c for c in claims if c.checkworthy), key=lambda c: -(len(c.entities) + len(c.quantities)))
    queries: dict[tuple[str, str], list[str]] = {}
    for claim in ranked:
        variants = [(claim.language, _query_text(claim, claim.language))]
        if claim.language == "de":
            variants.append(("en", _query_text(claim, "en")))
        for lang, text in variants:
            if text:
                queries.setdefault((lang, text), []).append(claim.id)
    out = [Query(text=t, language=lang, claim_ids=tuple(ids), start=start, end=end)
           for (lang, t), ids in queries.items()]
    return out[: settings.discover_max_queries]


def _query_text(claim: Claim, language: str) -> str:
    names = []
    for ent in claim.entities:
        if ent.kind == "country" and language == "en":
            names.append(Locale("en").territories.get(ent.key, ent.text))
        else:
            names.append(ent.text)
    figures = [_figure_text(q, claim.language, language) for q in claim.quantities if q.unit != "date"][:1]
    names_lower = {n.casefold() for n in names}
    if language == claim.language:  # the most specific words: long ones that are neither names nor stop words
        candidates = [w for w in words(claim.text) if len(w) >= 4 and not w.isdigit()
                      and w.casefold() not in names_lower and w.casefold() not in stopwords(language)]
        terms = sorted(dict.fromkeys(candidates), key=len, reverse=True)[:3]
    else:  # the lexicon's concepts are English words
        terms = sorted(t for t in concept_terms(claim.text, claim.language) if t.isascii() and t not in names_lower)[:3]
    parts = list(dict.fromkeys([*names, *figures, *terms]))
    return " ".join(parts[:7])


def _figure_text(q: Quantity, from_language: str, language: str) -> str:
    if language == from_language:
        return q.text
    if q.unit == "%":
        return f"{q.value:g}%"
    for scale, word in _SCALE_WORDS:
        if q.value >= scale:
            return f"{q.value / scale:g} {word}"
    return f"{q.value:g}"


def _date_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# -- providers --------------------------------------------------------------------------------------
def gdelt_url(query: Query, settings: Settings) -> list[str]:
    params = {"query": f"{query.text} sourcelang:{_LANGUAGE_NAMES.get(query.language, 'english')}",
              "mode": "artlist", "format": "json", "maxrecords": settings.discover_results_per_query,
              "sort": "hybridrel"}
    if query.start and query.end:
        params["startdatetime"] = query.start.strftime("%Y%m%d000000")
        params["enddatetime"] = query.end.strftime("%Y%m%d235959")
    return [f"{settings.discover_gdelt_url}?{urlencode(params)}"]


def gdelt_parse(body: str, query: Query, api_url: str) -> list[Candidate]:
    data = _json(body)
    return [Candidate(url=a["url"], provider="gdelt", note=a.get("title", ""))
            for a in data.get("articles", []) if isinstance(a, dict) and a.get("url")]


def mediawiki_url(query: Query, settings: Settings) -> list[str]:
    if query.language not in settings.discover_mediawiki_languages:
        return []
    params = {"action": "query", "list": "search", "srsearch": query.text, "format": "json",
              "srlimit": settings.discover_results_per_query, "utf8": 1}
    return [f"{settings.discover_mediawiki_url.format(lang=query.language)}?{urlencode(params)}"]


def mediawiki_parse(body: str, query: Query, api_url: str) -> list[Candidate]:
    """Search hits are article titles; the article lives at /wiki/Title beside /w/api.php."""
    data = _json(body)
    base = api_url.split("?")[0].rsplit("/w/api.php", 1)[0] + "/wiki/"
    return [Candidate(url=base + quote(hit["title"].replace(" ", "_")), provider="mediawiki",
                      note=re.sub(r"<[^>]+>", "", hit.get("snippet", "")))
            for hit in data.get("query", {}).get("search", []) if isinstance(hit, dict) and hit.get("title")]


def searxng_url(query: Query, settings: Settings) -> list[str]:
    if not settings.discover_searxng_url:
        raise ConfigError("discover_search lists searxng but discover_searxng_url is not set")
    params = {"q": query.text, "format": "json", "language": query.language}
    return [f"{settings.discover_searxng_url.rstrip('/')}/search?{urlencode(params)}"]


def searxng_parse(body: str, query: Query, api_url: str) -> list[Candidate]:
    data = _json(body)
    return [Candidate(url=r["url"], provider="searxng", note=f"{r.get('title', '')} {r.get('content', '')}".strip())
            for r in data.get("results", []) if isinstance(r, dict) and r.get("url")]


def factcheck_url(query: Query, settings: Settings) -> list[str]:
    if not settings.discover_factcheck_key:
        return []  # the one provider that needs a key: off without one
    params = {"query": query.text, "languageCode": query.language, "pageSize": settings.discover_results_per_query,
              "key": settings.discover_factcheck_key}
    return [f"{settings.discover_factcheck_url}?{urlencode(params)}"]


def factcheck_parse(body: str, query: Query, api_url: str) -> list[Candidate]:
    out = []
    for claim in _json(body).get("claims", []):
        for review in claim.get("claimReview", []) if isinstance(claim, dict) else []:
            if not review.get("url") or not review.get("textualRating"):
                continue
            publisher = review.get("publisher") or {}
            rating = ClaimReview(claim_reviewed=claim.get("text", ""), rating=review["textualRating"],
                                 reviewer=publisher.get("name") or publisher.get("site"), url=review["url"],
                                 date=review.get("reviewDate"), language=review.get("languageCode"))
            out.append(Candidate(url=review["url"], provider="factcheck",
                                 note=f"{rating.rating}: {rating.claim_reviewed}", reviews=(rating,)))
    return out


def _json(body: str) -> dict:
    try:
        data = json.loads(body)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class Provider:
    name: str
    url: Callable[[Query, Settings], list[str]]
    parse: Callable[[str, Query, str], list[Candidate]]
    min_interval: Callable[[Settings], float] = lambda settings: 0.0


PROVIDERS = {
    "gdelt": Provider("gdelt", gdelt_url, gdelt_parse, lambda settings: settings.discover_gdelt_interval),
    "mediawiki": Provider("mediawiki", mediawiki_url, mediawiki_parse),
    "searxng": Provider("searxng", searxng_url, searxng_parse),
    "factcheck": Provider("factcheck", factcheck_url, factcheck_parse),
}


def enabled_providers(settings: Settings) -> list[Provider]:
    """The providers of ``discover_search`` (names checked when the settings were read)."""
    names = list(settings.discover_search)
    if settings.discover_factcheck_key and "factcheck" not in names:
        names.append("factcheck")  # a key given is a wish to use it
    return [PROVIDERS[name] for name in names]


def search_sources(article: Article, claims: list[Claim], fetch: Callable[[str], Page],
                   settings: Settings, sleep: Callable[[float], None] = time.sleep,
                   ) -> tuple[list[Candidate], list[Page]]:
    """Ask every enabled provider every query. ``fetch`` does the HTTP GET (the run's fetcher, without
    robots.txt: these are APIs); a call that fails is returned as its failed Page, with any API key
    removed from the URL, and the search goes on."""
    found: list[Candidate] = []
    failed: list[Page] = []
    queries = build_queries(article, claims, settings)
    for provider in enabled_providers(settings):
        last_call = -float("inf")
        reachable = True
        for query in queries:
            if not reachable:
                break
            for api_url in provider.url(query, settings):
                wait = provider.min_interval(settings) - (time.monotonic() - last_call)
                if wait > 0:
                    sleep(wait)
                page = fetch(api_url)
                last_call = time.monotonic()
                if page.error:
                    failed.append(dataclasses.replace(page, url=_redact(page.url), provider=f"search:{provider.name}",
                                                      error_message=_redact(page.error_message or "")))
                    if page.error in _UNREACHABLE:  # no network, or the service is gone: ask it no more
                        reachable = False
                        break
                    continue
                found += provider.parse(page.body or "", query, api_url)
    return found, failed


_UNREACHABLE = {"dns", "connection", "blocked-address"}


def _redact(text: str) -> str:
    return re.sub(r"([?&]key=)[^&\s]+", r"\1REDACTED", text)
