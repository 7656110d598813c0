"""The verify-article flow: one article -> claims, sources, evidence and verdicts in DuckDB.

Tasks are coarse (a batch of URLs or all claims per task run) because the local Prefect server
records only about 30 task runs a second. Only the flow process writes DuckDB.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from checkers.article import load_article
from checkers.claims import split_claims
from checkers.decide import decide_verdict, fingerprint
from checkers.dedupe import near_duplicates, signature
from checkers.discover import article_link_candidates, discover_sources, explicit_candidates, parse_feed_or_sitemap
from checkers.extract import extract_page
from checkers.fetch import Fetcher, make_client
from checkers.gather import extraction_pool, gather_pages
from checkers.match import match_claims
from checkers.providers import search_sources
from checkers.records import Article, ArticleCheck, Candidate, Claim, Evidence, MatchKey, Source, Verdict
from checkers.settings import Settings
from checkers.store import Store


@task(name="load-article", cache_policy=NO_CACHE)
def load_article_task(article: str, fetcher: Fetcher, settings: Settings) -> Article:
    return load_article(article, fetcher, settings)


@task(name="split-claims", cache_policy=NO_CACHE)
def split_claims_task(article: Article, settings: Settings) -> list[Claim]:
    claims = split_claims(article, settings.claims_plain_statements)
    get_run_logger().info("%d sentences -> %d claims, %d check-worthy", len({c.span for c in claims}),
                          len(claims), sum(c.checkworthy for c in claims))
    return claims


@task(name="discover-sources", cache_policy=NO_CACHE)
def discover_task(article: Article, claims: list[Claim], source_urls: list[str], feed_urls: list[str],
                  fetcher: Fetcher, settings: Settings) -> tuple[list[Candidate], list[Source]]:
    """Candidates from the user's URLs, the article's links, feeds and sitemaps, and the search
    providers; a feed or search call that fails is returned as a failed source, so the run records it."""
    log = get_run_logger()
    found = explicit_candidates(source_urls)
    if settings.discover_article_links:
        found += article_link_candidates(article)
    failed: list[Source] = []
    queue = list(feed_urls)
    for _depth in range(2):  # a sitemap index names sitemaps: follow one level
        next_queue = []
        for url in queue:
            page = fetcher.fetch(Candidate(url=url, provider="feed-document"))
            if page.error:
                log.warning("feed %s failed: %s", url, page.error_message)
                failed.append(extract_page(page))
                continue
            entries = parse_feed_or_sitemap(page.body or "", page.final_url or url)
            found += entries
            next_queue += [c.url for c in entries if c.provider == "sitemap-index"]
        queue = next_queue
    searched, failed_calls = search_sources(
        article, claims, lambda url: fetcher.fetch(Candidate(url=url, provider="search"), robots=False), settings)
    found += searched
    failed += [extract_page(page) for page in failed_calls]
    candidates = discover_sources(article, claims, found, settings.fetch_max_sources)
    log.info("%d candidate sources (%s)%s", len(candidates),
             ", ".join(f"{k}: {v}" for k, v in Counter(c.provider for c in candidates).items()) or "none",
             f"; {len(failed_calls)} search calls failed" if failed_calls else "")
    return candidates, failed


@dataclass(frozen=True)
class Gathered:
    """What one batch of URLs gave: its sources, the evidence found in them, the comparisons made
    (claim x page text) and the ones skipped because an earlier run made them on the same text."""

    sources: list[Source]
    evidence: list[Evidence]
    matched: list[MatchKey]
    reused: list[MatchKey]


@task(name="fetch-extract-match", cache_policy=NO_CACHE)
def gather_batch_task(candidates: list[Candidate], claims: list[Claim], fetcher: Fetcher,
                      stored: dict[str, Source], done: set[MatchKey], pool: Executor | None,
                      settings: Settings) -> Gathered:
    """One batch of URLs: fetch (per-URL retries happen inside the fetcher, so the task does not
    retry), extract (in worker processes for large runs), and match against the claims, so that only
    one batch of page text is in memory. ``done``: comparisons an earlier run made with the text a
    page still has; each page is matched only against the claims not yet compared with its text."""
    sources = gather_pages(candidates, fetcher, stored, pool)
    gathered = compare(claims, sources, done, settings)
    failed = Counter(s.error for s in sources if s.error)
    get_run_logger().info("fetched %d pages: %d usable, %d unchanged since the last run%s; %d compared afresh, "
                          "%d reused; %d evidence sentences", len(sources), sum(s.ok for s in sources),
                          sum(unchanged(s, stored) for s in sources),
                          "; failed: " + ", ".join(f"{k} {v}" for k, v in failed.items()) if failed else "",
                          len({k[1] for k in gathered.matched}), len({k[1] for k in gathered.reused}),
                          len(gathered.evidence))
    return gathered


def unchanged(source: Source, stored: dict[str, Source]) -> bool:
    """The same text as the copy stored by an earlier run (a 304, or a 200 with the same content)."""
    previous = stored.get(source.url)
    return previous is not None and source.ok and source.content_hash == previous.content_hash


def compare(claims: list[Claim], sources: list[Source], done: set[MatchKey], settings: Settings) -> Gathered:
    """Match each page against the check-worthy claims not yet compared with its text. Pages that
    need the same claims are matched together (each page's sentences are split once)."""
    checkworthy = [c for c in claims if c.checkworthy]
    groups: dict[tuple[int, ...], list[Source]] = {}
    reused: list[MatchKey] = []
    for s in sources:
        if not (s.ok or s.claim_reviews):
            continue
        keys = [(c.id, s.id, s.content_hash or "") for c in checkworthy]
        reused += [k for k in keys if k in done]
        todo = tuple(i for i, k in enumerate(keys) if k not in done)
        if todo:
            groups.setdefault(todo, []).append(s)
    evidence: list[Evidence] = []
    matched: list[MatchKey] = []
    for todo, group in groups.items():
        evidence += match_claims([checkworthy[i] for i in todo], group, settings)
        matched += [(checkworthy[i].id, s.id, s.content_hash) for s in group if s.content_hash for i in todo]
    return Gathered(sources, evidence, matched, reused)


@task(name="decide-verdicts", cache_policy=NO_CACHE)
def decide_task(claims: list[Claim], evidence: list[Evidence], voices: dict[str, str],
                settings: Settings) -> list[Verdict]:
    """``voices``: source id -> the domain it speaks for (a syndicated copy speaks for the original's)."""
    by_claim: dict[str, list[Evidence]] = {}
    for ev in evidence:
        by_claim.setdefault(ev.claim_id, []).append(ev)
    verdicts = [decide_verdict(c, by_claim.get(c.id, []), settings, voices) for c in claims if c.checkworthy]
    get_run_logger().info("verdicts: %s", dict(Counter(v.verdict for v in verdicts)))
    return verdicts


@flow(name="verify-article", task_runner=ThreadPoolTaskRunner(max_workers=4))
def verify_article(article: str, sources: list[str] | None = None, feeds: list[str] | None = None,
                   db_path: str | None = None, config_path: str | None = None,
                   overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Verify one article (a file path or an http(s) URL) and store everything in DuckDB."""
    settings = Settings.load(config_path).replace(**(overrides or {}))
    db = db_path or settings.db_path
    log = get_run_logger()
    with Store.open(db, timeout=settings.db_lock_timeout) as store:
        store.abort_stale_runs()
        run_id = store.start_run("verify-article", {"article": article, "sources": sources, "feeds": feeds},
                                 run_id=str(flow_run.id) if flow_run.id else None)
        try:
            with make_client(settings) as client:
                result = verify_into(store, run_id, article, list(sources or []), list(feeds or []),
                                     Fetcher(client, settings), settings)
        except BaseException:
            store.finish_run(run_id, "failed", {})
            raise
        store.finish_run(run_id, "completed", result.counts)
    log.info("run %s stored in %s: %s", run_id, db, result.counts)
    _publish_artifact(result.article, result.claims, result.verdicts)
    return {"run_id": run_id, "article_id": result.article.id, "db_path": str(db), "counts": result.counts}


@dataclass
class Verified:
    article: Article
    claims: list[Claim]
    verdicts: list[Verdict]  # the verdicts stored by this run
    counts: Counter
    check: ArticleCheck


def verify_into(store: Store, run_id: str, article: str, source_urls: list[str], feed_urls: list[str],
                fetcher: Fetcher, settings: Settings, incremental: bool = False) -> Verified:
    """The pipeline for one article inside a run. ``incremental`` (nightly): a page whose text is
    unchanged since a claim was compared with it is not matched again for that claim (the evidence
    that comparison found is reused), and a verdict is stored only for a claim whose evidence or
    verdict changed since its last one."""
    art = load_article_task(article, fetcher, settings)
    claims = store.claims_of(art.id) if incremental else []  # an unchanged article keeps its claims
    if not claims:
        claims = split_claims_task(art, settings)
    store.save_article(run_id, art, claims)
    candidates, failed_feeds = discover_task(art, claims, source_urls, feed_urls, fetcher, settings)
    store.save_sources(run_id, failed_feeds)
    fetcher.validators = store.validators([c.url for c in candidates])
    with extraction_pool(settings, len(candidates)) as pool:
        tally, fresh, matched, reused, domains, signatures = _gather(store, run_id, candidates, claims, fetcher,
                                                                     pool, settings, incremental)
    previous = store.previous_evidence(reused)
    tally["failed_sources"] += len(failed_feeds)
    copies = near_duplicates(signatures)
    store.mark_duplicates(run_id, copies)
    tally["duplicates"] = len(copies)
    voices = {sid: domains[copies.get(sid, sid)] for sid in domains}  # a syndicated story is one voice
    verdicts = decide_task(claims, fresh + previous, voices, settings)
    if incremental:
        fingerprints = store.latest_fingerprints([v.claim_id for v in verdicts])
        verdicts = [v for v in verdicts if fingerprints.get(v.claim_id) != fingerprint(v)]
        tally["verdicts_unchanged"] = sum(1 for c in claims if c.checkworthy) - len(verdicts)
    # Fresh evidence is stored whatever the verdict (a later night reuses it through ``matched``);
    # reused evidence is copied into this run only for the verdicts it stores, which rest on it.
    stored_now = {v.claim_id for v in verdicts}
    evidence = fresh + [e for e in previous if e.claim_id in stored_now]
    check = ArticleCheck(
        article_id=art.id, reference=article, checkworthy=sum(c.checkworthy for c in claims),
        sources=tally["usable"], sources_matched=len({k[1] for k in matched}),
        sources_reused=len({k[1] for k in reused} - {k[1] for k in matched}), evidence=len(fresh) + len(previous),
        claims_with_evidence=len({e.claim_id for e in fresh + previous}), verdicts_stored=len(verdicts))
    store.save_results(run_id, evidence, verdicts, matched, [check])
    counts = Counter({"claims": len(claims), "checkworthy": check.checkworthy, **tally,
                      "sources_matched": check.sources_matched, "sources_reused": check.sources_reused,
                      "evidence": len(evidence), **Counter(v.verdict for v in verdicts)})
    return Verified(art, claims, verdicts, counts, check)


def _gather(store: Store, run_id: str, candidates: list[Candidate], claims: list[Claim], fetcher: Fetcher,
            pool: Executor | None, settings: Settings, incremental: bool = False,
            ) -> tuple[Counter, list[Evidence], list[MatchKey], list[MatchKey], dict[str, str], dict[str, str]]:
    """Fetch, extract and match batch by batch, a few batches in flight, storing each batch's sources
    as it arrives; what stays in memory is the evidence, the comparisons, and a domain and a short
    text signature (for near-duplicates) per source."""
    size, window = max(1, settings.flow_batch_size), max(1, settings.flow_batches_in_flight)
    batches = [candidates[i:i + size] for i in range(0, len(candidates), size)]
    claim_ids = [c.id for c in claims if c.checkworthy]
    pending: list = []
    tally: Counter = Counter(sources=0, usable=0, failed_sources=0, downloaded=0, not_modified=0)
    evidence: list[Evidence] = []
    matched: list[MatchKey] = []
    reused: list[MatchKey] = []
    domains: dict[str, str] = {}
    signatures: dict[str, str] = {}
    for i in range(len(batches) + window):
        if i < len(batches):
            stored = store.stored_sources([c.url for c in batches[i]])
            done = store.matched_before(claim_ids, stored.values()) if incremental else set()
            pending.append(gather_batch_task.submit(batches[i], claims, fetcher, stored, done, pool, settings))
        if len(pending) >= window or (i >= len(batches) and pending):
            batch: Gathered = pending.pop(0).result()
            store.save_sources(run_id, batch.sources)
            evidence += batch.evidence
            matched += batch.matched
            reused += batch.reused
            for s in batch.sources:
                domains[s.id] = s.domain
                if s.ok:
                    signatures[s.id] = signature(s.text)
                tally["sources"] += 1
                tally["usable"] += s.ok
                tally["failed_sources"] += s.error is not None
                tally["not_modified"] += s.http_status == 304
                tally["downloaded"] += s.http_status is not None and s.http_status != 304
    return tally, evidence, matched, reused, domains, signatures


def _publish_artifact(article: Article, claims: list[Claim], verdicts: list[Verdict]) -> None:
    text = {c.id: c.text for c in claims}
    rows = []
    for v in verdicts:
        best = v.evidence[0] if v.evidence else None
        rows.append({"claim": text[v.claim_id], "verdict": v.verdict, "confidence": v.confidence,
                     "evidence": best.sentence if best else "", "url": best.url if best else ""})
    create_table_artifact(key=f"verdicts-{article.id}", table=rows,
                          description=f"Verdicts for {article.title!r}")
