"""The verify-article flow: one article -> claims, sources, evidence and verdicts in DuckDB.

``verify_all`` is the pipeline for any number of articles in one run (the nightly flow checks every
tracked article with it): each feed read once, each URL fetched, extracted and matched once.
Tasks are coarse (a batch of URLs or all claims per task run) because the local Prefect server
records only about 30 task runs a second. Only the flow process writes DuckDB.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
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
from checkers.errors import VeracityError
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
                  fetcher: Fetcher, settings: Settings,
                  documents: dict[str, list[Candidate] | Source] | None = None) -> tuple[list[Candidate], list[Source]]:
    """Candidates from the user's URLs, the article's links, feeds and sitemaps, and the search
    providers; a feed or search call that fails is returned as a failed source, so the run records it.
    ``documents``: the feeds and sitemaps this run already read (URL -> entries, or the failure), so
    that articles tracked with the same feeds fetch them once a night."""
    log = get_run_logger()
    documents = {} if documents is None else documents
    found = explicit_candidates(source_urls)
    if settings.discover_article_links:
        found += article_link_candidates(article)
    failed: list[Source] = []
    queue = list(feed_urls)
    for _depth in range(2):  # a sitemap index names sitemaps: follow one level
        next_queue = []
        for url in queue:
            if url not in documents:
                page = fetcher.fetch(Candidate(url=url, provider="feed-document"))
                if page.error:
                    log.warning("feed %s failed: %s", url, page.error_message)
                    documents[url] = extract_page(page)
                else:
                    documents[url] = parse_feed_or_sitemap(page.body or "", page.final_url or url)
            entries = documents[url]
            if isinstance(entries, Source):
                failed.append(entries)
                continue
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
def gather_batch_task(candidates: list[Candidate], claims_for: dict[str, list[Claim]], fetcher: Fetcher,
                      stored: dict[str, Source], done: set[MatchKey], pool: Executor | None,
                      settings: Settings) -> Gathered:
    """One batch of URLs: fetch (per-URL retries happen inside the fetcher, so the task does not
    retry), extract (in worker processes for large runs), and match against the claims of the articles
    that have the URL among their candidates (``claims_for``), so that only one batch of page text is in
    memory. ``done``: comparisons an earlier run made with the text a page still has; each page is
    matched only against the claims not yet compared with its text."""
    sources = gather_pages(candidates, fetcher, stored, pool)
    gathered = compare(claims_for, sources, done, settings)
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


def compare(claims_for: dict[str, list[Claim]], sources: list[Source], done: set[MatchKey],
            settings: Settings) -> Gathered:
    """Match each page against the check-worthy claims ``claims_for`` its URL that were not yet compared
    with its text. Pages that need the same claims are matched together (each page's sentences are
    split once), and claims that read the same (two articles stating one fact alike) are matched once,
    the evidence going to each."""
    groups: dict[tuple[str, ...], tuple[list[Claim], list[Source]]] = {}
    reused: list[MatchKey] = []
    for s in sources:
        if not (s.ok or s.claim_reviews):
            continue
        todo = []
        for c in claims_for.get(s.url, []):
            key = (c.id, s.id, s.content_hash or "")
            if key in done:
                reused.append(key)
            else:
                todo.append(c)
        if todo:
            groups.setdefault(tuple(c.id for c in todo), (todo, []))[1].append(s)
    evidence: list[Evidence] = []
    matched: list[MatchKey] = []
    for todo, group in groups.values():
        alike: dict[tuple, list[Claim]] = {}
        for c in todo:
            alike.setdefault(_reads_as(c), []).append(c)
        twins = {same[0].id: same for same in alike.values()}
        for found in match_claims([same[0] for same in alike.values()], group, settings):
            evidence += [dataclasses.replace(found, claim_id=c.id) for c in twins[found.claim_id]]
        matched += [(c.id, s.id, s.content_hash) for s in group if s.content_hash for c in todo]
    return Gathered(sources, evidence, matched, reused)


def _reads_as(claim: Claim) -> tuple:
    """What matching reads of a claim: claims equal in this are matched once."""
    return claim.language, claim.text, claim.quantities, claim.entities


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
                run = verify_all(store, run_id, [Job(article, tuple(sources or ()), tuple(feeds or ()))],
                                 Fetcher(client, settings), settings)
        except BaseException:
            store.finish_run(run_id, "failed", {})
            raise
        result = run.articles[0]
        store.finish_run(run_id, "completed", run.counts)
    log.info("run %s stored in %s: %s", run_id, db, run.counts)
    _publish_artifact(result.article, result.claims, result.verdicts)
    return {"run_id": run_id, "article_id": result.article.id, "db_path": str(db), "counts": run.counts}


@dataclass(frozen=True)
class Job:
    """An article to verify in a run: its path or URL, and the source and feed URLs it was given."""

    reference: str
    sources: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()


@dataclass
class Verified:
    """One article of a run: its claims, the verdicts the run stored for it, and how much was checked."""

    job: Job
    article: Article
    claims: list[Claim]
    verdicts: list[Verdict]
    check: ArticleCheck


@dataclass
class Run:
    """What a run checked: each article that could be read, the ones that could not (with why), and the
    counts of the whole run (each URL counted once, however many articles it served)."""

    articles: list[Verified]
    failed: list[tuple[Job, VeracityError]]
    counts: Counter


@dataclass
class _Loaded:
    job: Job
    article: Article
    claims: list[Claim]
    candidates: list[Candidate]


def verify_all(store: Store, run_id: str, jobs: list[Job], fetcher: Fetcher, settings: Settings,
               incremental: bool = False, keep_going: bool = False) -> Run:
    """The pipeline for several articles in one run. Each feed is read once, each URL fetched and
    extracted once, each page matched against the claims of every article that has it among its
    candidates, and each article decided as a `verify` of it alone would decide it.

    ``incremental`` (nightly): a page whose text is unchanged since a claim was compared with it is not
    matched again for that claim (the evidence that comparison found is reused), and a verdict is stored
    only for a claim whose evidence or verdict changed since its last one. ``keep_going``: an article
    that cannot be read is recorded in ``Run.failed`` and the others go on (else its error is raised)."""
    loaded: list[_Loaded] = []
    failed: list[tuple[Job, VeracityError]] = []
    documents: dict[str, list[Candidate] | Source] = {}
    failed_urls: set[str] = set()
    tally: Counter = Counter(articles=len(jobs), articles_failed=0, sources=0, usable=0, failed_sources=0,
                             downloaded=0, not_modified=0)
    for job in jobs:
        try:
            art = load_article_task(job.reference, fetcher, settings)
            claims = store.claims_of(art.id) if incremental else []  # an unchanged article keeps its claims
            if not claims:
                claims = split_claims_task(art, settings)
            store.save_article(run_id, art, claims)
            candidates, failed_feeds = discover_task(art, claims, list(job.sources), list(job.feeds), fetcher,
                                                     settings, documents)
        except VeracityError as exc:  # one unreadable article must not stop the night
            if not keep_going:
                raise
            get_run_logger().error("article %s failed: %s", job.reference, exc)
            failed.append((job, exc))
            tally["articles_failed"] += 1
            continue
        failed_feeds = [f for f in failed_feeds if f.url not in failed_urls]  # a shared feed fails once
        failed_urls.update(f.url for f in failed_feeds)
        store.save_sources(run_id, failed_feeds)
        tally["failed_sources"] += len(failed_feeds)
        loaded.append(_Loaded(job, art, claims, candidates))
    # Every URL once: the first article's candidate stands for it (a fact-check API's ratings kept).
    wanted: dict[str, Candidate] = {}
    readers: dict[str, dict[str, Claim]] = {}  # URL -> the check-worthy claims of the articles that have it
    for item in loaded:
        checkworthy = {c.id: c for c in item.claims if c.checkworthy}
        for cand in item.candidates:
            if cand.url not in wanted or (cand.reviews and not wanted[cand.url].reviews):
                wanted[cand.url] = cand
            readers.setdefault(cand.url, {}).update(checkworthy)
    claims_for = {url: list(claims.values()) for url, claims in readers.items()}
    fetcher.validators = store.validators(list(wanted))
    with extraction_pool(settings, len(wanted)) as pool:
        gathered, usable, domains, signatures = _gather(store, run_id, list(wanted.values()), claims_for, fetcher,
                                                        pool, settings, tally, incremental)
    previous = store.previous_evidence(gathered.reused)
    copies = near_duplicates(signatures)
    store.mark_duplicates(run_id, copies)
    tally["duplicates"] = len(copies)
    voices = {sid: domains[copies.get(sid, sid)] for sid in domains}  # a syndicated story is one voice
    by_claim = _ByClaim(_group(gathered.evidence), _group(previous), _group(gathered.matched),
                        _group(gathered.reused))
    results: list[Verified] = []
    stored_claims: set[str] = set()  # two tracked copies of one article share their claims' rows
    for item in loaded:
        results.append(_decide_article(store, run_id, item, by_claim, usable, voices, settings, incremental,
                                       stored_claims))
        tally.update(claims=len(item.claims), checkworthy=results[-1].check.checkworthy,
                     sources_matched=results[-1].check.sources_matched,
                     sources_reused=results[-1].check.sources_reused, evidence=results[-1].check.evidence,
                     verdicts_unchanged=results[-1].check.checkworthy - len(results[-1].verdicts) if incremental else 0,
                     **Counter(v.verdict for v in results[-1].verdicts))
    return Run(results, failed, tally)


@dataclass(frozen=True)
class _ByClaim:
    """What a run found, grouped by claim id once (each article then takes its own claims' share)."""

    fresh: dict[str, list[Evidence]]
    previous: dict[str, list[Evidence]]
    matched: dict[str, list[MatchKey]]
    reused: dict[str, list[MatchKey]]


def _group(items: Iterable[Any]) -> dict[str, list[Any]]:
    """Evidence or comparison keys by claim id (an Evidence's ``claim_id``, a MatchKey's first part)."""
    out: dict[str, list[Any]] = {}
    for x in items:
        out.setdefault(x.claim_id if isinstance(x, Evidence) else x[0], []).append(x)
    return out


def _decide_article(store: Store, run_id: str, item: _Loaded, by_claim: _ByClaim, usable: set[str],
                    voices: dict[str, str], settings: Settings, incremental: bool,
                    stored_claims: set[str]) -> Verified:
    """Decide one article's claims on the evidence the run found or reused for them, and store it
    (evidence of a claim already stored in this run, by another copy of the article, is not stored again)."""
    ids = [c.id for c in item.claims if c.checkworthy]
    mine = set(ids)
    fresh = [e for c in ids for e in by_claim.fresh.get(c, [])]
    previous = [e for c in ids for e in by_claim.previous.get(c, [])]
    verdicts = decide_task(item.claims, fresh + previous, voices, settings)
    if incremental:
        fingerprints = store.latest_fingerprints([v.claim_id for v in verdicts])
        verdicts = [v for v in verdicts if fingerprints.get(v.claim_id) != fingerprint(v)]
    # Fresh evidence is stored whatever the verdict (a later night reuses it through ``matched``);
    # reused evidence is copied into this run only for the verdicts it stores, which rest on it.
    stored_now = {v.claim_id for v in verdicts}
    matched = [k for c in ids for k in by_claim.matched.get(c, [])]
    reused = [k for c in ids for k in by_claim.reused.get(c, [])]
    check = ArticleCheck(
        article_id=item.article.id, reference=item.job.reference, checkworthy=len(mine),
        sources=sum(1 for c in item.candidates if c.url in usable), sources_matched=len({k[1] for k in matched}),
        sources_reused=len({k[1] for k in reused} - {k[1] for k in matched}), evidence=len(fresh) + len(previous),
        claims_with_evidence=len({e.claim_id for e in fresh + previous}), verdicts_stored=len(verdicts))
    kept = [e for e in fresh + [e for e in previous if e.claim_id in stored_now] if e.claim_id not in stored_claims]
    store.save_results(run_id, kept, verdicts, matched, [check])
    stored_claims.update(mine)
    return Verified(item.job, item.article, item.claims, verdicts, check)


def _gather(store: Store, run_id: str, candidates: list[Candidate], claims_for: dict[str, list[Claim]],
            fetcher: Fetcher, pool: Executor | None, settings: Settings, tally: Counter, incremental: bool = False,
            ) -> tuple[Gathered, set[str], dict[str, str], dict[str, str]]:
    """Fetch, extract and match batch by batch, a few batches in flight, storing each batch's sources
    as it arrives; what stays in memory is the evidence, the comparisons, the usable URLs, and a domain
    and a short text signature (for near-duplicates) per source."""
    window = max(1, settings.flow_batches_in_flight)
    batches = _batches(candidates, fetcher.validators, settings.flow_batch_size)
    pending: list = []
    evidence: list[Evidence] = []
    matched: list[MatchKey] = []
    reused: list[MatchKey] = []
    usable: set[str] = set()
    domains: dict[str, str] = {}
    signatures: dict[str, str] = {}
    for i in range(len(batches) + window):
        if i < len(batches):
            urls = [c.url for c in batches[i]]
            claim_ids = sorted({c.id for url in urls for c in claims_for.get(url, [])})
            with store.connected():  # the batch's two reads, one opening of the database
                stored = store.stored_sources(urls)
                done = store.matched_before(claim_ids, stored.values()) if incremental else set()
            mine = {url: claims_for.get(url, []) for url in urls}
            pending.append(gather_batch_task.submit(batches[i], mine, fetcher, stored, done, pool, settings))
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
                    usable.add(s.url)
                tally["sources"] += 1
                tally["usable"] += s.ok
                tally["failed_sources"] += s.error is not None
                tally["not_modified"] += s.http_status == 304
                tally["downloaded"] += s.http_status is not None and s.http_status != 304
    return Gathered([], evidence, matched, reused), usable, domains, signatures


# A page stored before is likely a 304: no body to download or extract, and its comparisons reused. It
# counts this much of a page towards a batch, so that an unchanged night pays the per-batch costs (a task
# run, the store's reads and one transaction of writes) a quarter as often.
_STORED_PAGE_WEIGHT = 0.25


def _batches(candidates: list[Candidate], validators: dict[str, Any], size: int) -> list[list[Candidate]]:
    """The candidates cut into batches of ``size`` pages to fetch, a stored page weighing a quarter."""
    batches: list[list[Candidate]] = [[]]
    weight = 0.0
    for cand in candidates:
        cost = _STORED_PAGE_WEIGHT if cand.url in validators else 1.0
        if batches[-1] and weight + cost > max(1, size):
            batches.append([])
            weight = 0.0
        batches[-1].append(cand)
        weight += cost
    return [b for b in batches if b]


def _publish_artifact(article: Article, claims: list[Claim], verdicts: list[Verdict]) -> None:
    text = {c.id: c.text for c in claims}
    rows = []
    for v in verdicts:
        best = v.evidence[0] if v.evidence else None
        rows.append({"claim": text[v.claim_id], "verdict": v.verdict, "confidence": v.confidence,
                     "evidence": best.sentence if best else "", "url": best.url if best else ""})
    create_table_artifact(key=f"verdicts-{article.id}", table=rows,
                          description=f"Verdicts for {article.title!r}")
