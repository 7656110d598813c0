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
from checkers.records import Article, Candidate, Claim, Evidence, Source, Verdict
from checkers.settings import Settings
from checkers.store import Store


@task(name="load-article", cache_policy=NO_CACHE)
def load_article_task(article: str, fetcher: Fetcher, settings: Settings) -> Article:
    return load_article(article, fetcher, settings)


@task(name="split-claims", cache_policy=NO_CACHE)
def split_claims_task(article: Article) -> list[Claim]:
    claims = split_claims(article)
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


@task(name="fetch-extract-match", cache_policy=NO_CACHE)
def gather_batch_task(candidates: list[Candidate], claims: list[Claim], fetcher: Fetcher,
                      stored: dict[str, Source], pool: Executor | None, settings: Settings,
                      only_changed: bool = False) -> tuple[list[Source], list[Evidence]]:
    """One batch of URLs: fetch (per-URL retries happen inside the fetcher, so the task does not
    retry), extract (in worker processes for large runs), and match against the claims, so that only
    one batch of page text is in memory. ``only_changed``: match only pages whose text differs from
    the stored copy (the caller reuses the stored evidence of the others)."""
    sources = gather_pages(candidates, fetcher, stored, pool)
    to_match = [s for s in sources if not (only_changed and unchanged(s, stored))]
    evidence = match_claims(claims, to_match, settings)
    failed = Counter(s.error for s in sources if s.error)
    get_run_logger().info("fetched %d pages: %d usable, %d unchanged since the last run%s; %d matched, "
                          "%d evidence sentences", len(sources), sum(s.ok for s in sources),
                          sum(unchanged(s, stored) for s in sources),
                          "; failed: " + ", ".join(f"{k} {v}" for k, v in failed.items()) if failed else "",
                          len(to_match), len(evidence))
    return sources, evidence


def unchanged(source: Source, stored: dict[str, Source]) -> bool:
    """The same text as the copy stored by an earlier run (a 304, or a 200 with the same content)."""
    previous = stored.get(source.url)
    return previous is not None and source.ok and source.content_hash == previous.content_hash


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


def verify_into(store: Store, run_id: str, article: str, source_urls: list[str], feed_urls: list[str],
                fetcher: Fetcher, settings: Settings, incremental: bool = False) -> Verified:
    """The pipeline for one article inside a run. ``incremental`` (nightly): only pages whose text
    changed are matched again, the stored evidence of the others is reused, and a verdict is stored
    only for a claim whose evidence or verdict changed since its last one."""
    art = load_article_task(article, fetcher, settings)
    claims = store.claims_of(art.id) if incremental else []  # an unchanged article keeps its claims
    if not claims:
        claims = split_claims_task(art)
    store.save_article(run_id, art, claims)
    candidates, failed_feeds = discover_task(art, claims, source_urls, feed_urls, fetcher, settings)
    store.save_sources(run_id, failed_feeds)
    fetcher.validators = store.validators([c.url for c in candidates])
    with extraction_pool(settings, len(candidates)) as pool:
        tally, evidence, domains, signatures, kept = _gather(store, run_id, candidates, claims, fetcher, pool,
                                                             settings, incremental)
    if incremental and kept:
        evidence += store.previous_evidence([c.id for c in claims], kept)
    tally["failed_sources"] += len(failed_feeds)
    copies = near_duplicates(signatures)
    store.mark_duplicates(run_id, copies)
    tally["duplicates"] = len(copies)
    voices = {sid: domains[copies.get(sid, sid)] for sid in domains}  # a syndicated story is one voice
    verdicts = decide_task(claims, evidence, voices, settings)
    if incremental:
        previous = store.latest_fingerprints([v.claim_id for v in verdicts])
        verdicts = [v for v in verdicts if previous.get(v.claim_id) != fingerprint(v)]
        tally["verdicts_unchanged"] = sum(1 for c in claims if c.checkworthy) - len(verdicts)
        evidence = [e for e in evidence if e.claim_id in {v.claim_id for v in verdicts}]
    store.save_results(run_id, evidence, verdicts)
    counts = Counter({"claims": len(claims), "checkworthy": sum(c.checkworthy for c in claims), **tally,
                      "evidence": len(evidence), **Counter(v.verdict for v in verdicts)})
    return Verified(art, claims, verdicts, counts)


def _gather(store: Store, run_id: str, candidates: list[Candidate], claims: list[Claim], fetcher: Fetcher,
            pool: Executor | None, settings: Settings, incremental: bool = False,
            ) -> tuple[Counter, list[Evidence], dict[str, str], dict[str, str], list[str]]:
    """Fetch, extract and match batch by batch, a few batches in flight, storing each batch's sources
    as it arrives; what stays in memory is the evidence, and a domain and a short text signature
    (for near-duplicates) per source. Returns also the ids of unchanged sources not matched again."""
    size, window = max(1, settings.flow_batch_size), max(1, settings.flow_batches_in_flight)
    batches = [candidates[i:i + size] for i in range(0, len(candidates), size)]
    pending: list = []
    tally: Counter = Counter(sources=0, failed_sources=0, downloaded=0, not_modified=0)
    evidence: list[Evidence] = []
    domains: dict[str, str] = {}
    signatures: dict[str, str] = {}
    kept: list[str] = []
    for i in range(len(batches) + window):
        if i < len(batches):
            stored = store.stored_sources([c.url for c in batches[i] if c.url in fetcher.validators])
            pending.append((stored, gather_batch_task.submit(batches[i], claims, fetcher, stored, pool, settings,
                                                             incremental)))
        if len(pending) >= window or (i >= len(batches) and pending):
            stored, future = pending.pop(0)
            batch_sources, batch_evidence = future.result()
            store.save_sources(run_id, batch_sources)
            evidence += batch_evidence
            for s in batch_sources:
                domains[s.id] = s.domain
                if s.ok:
                    signatures[s.id] = signature(s.text)
                if incremental and unchanged(s, stored):
                    kept.append(s.id)
                tally["sources"] += 1
                tally["failed_sources"] += s.error is not None
                tally["not_modified"] += s.http_status == 304
                tally["downloaded"] += s.http_status is not None and s.http_status != 304
    return tally, evidence, domains, signatures, kept


def _publish_artifact(article: Article, claims: list[Claim], verdicts: list[Verdict]) -> None:
    text = {c.id: c.text for c in claims}
    rows = []
    for v in verdicts:
        best = v.evidence[0] if v.evidence else None
        rows.append({"claim": text[v.claim_id], "verdict": v.verdict, "confidence": v.confidence,
                     "evidence": best.sentence if best else "", "url": best.url if best else ""})
    create_table_artifact(key=f"verdicts-{article.id}", table=rows,
                          description=f"Verdicts for {article.title!r}")
