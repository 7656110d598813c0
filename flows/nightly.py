"""The nightly flow: re-check every tracked article, cheaply when little changed.

Feeds and search providers are asked again; pages already stored are fetched with their ETag or
Last-Modified, so an unchanged page costs a 304 and no download; a page is matched again only
against the claims not yet compared with its current text (so an article whose pages another
tracked article stored first still gets them matched); and a verdict row is appended only for a
claim whose evidence or verdict changed. Every run is a row in ``runs`` with its counts, each
article a row in ``run_articles`` with how much was checked, and a markdown artifact lists both.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from checkers.fetch import Fetcher, make_client
from checkers.records import ArticleCheck
from checkers.settings import Settings
from checkers.store import Store
from flows.cluster import run_shards
from flows.verify import Job, verify_all


@flow(name="nightly", task_runner=ThreadPoolTaskRunner(max_workers=4))
def nightly(db_path: str | None = None, config_path: str | None = None,
            overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    settings = Settings.load(config_path).replace(**(overrides or {}))
    db = db_path or settings.db_path
    log = get_run_logger()
    with Store.open(db, timeout=settings.db_lock_timeout) as store:
        aborted = store.abort_stale_runs()
        if aborted:
            log.warning("%d earlier run(s) had been killed mid-way; marked 'aborted'", aborted)
        watchlist = store.tracked()
        run_id = store.start_run("nightly", {"tracked": [t[0] for t in watchlist]},
                                 run_id=str(flow_run.id) if flow_run.id else None)
        counts: Counter = Counter(articles=len(watchlist), articles_failed=0)
        changed: list[tuple[str, str, str]] = []
        checks: list[tuple[str, ArticleCheck]] = []
        jobs = [Job(article, tuple(sources), tuple(feeds)) for _, article, feeds, sources in watchlist]
        try:
            if settings.cluster_shards and watchlist:
                # Spread over the work pool's workers (flows/cluster.py): each shard stores its own part.
                for outcome in run_shards(store, run_id, watchlist, str(db), config_path, overrides, settings):
                    counts.update({k: v for k, v in outcome["counts"].items() if k != "articles"})
                    checks += [(a.pop("title"), ArticleCheck(**a)) for a in outcome["articles"]]
                    changed += [(a, c, v) for a, c, v in outcome["changed"]]
            else:
                with make_client(settings) as client:
                    # All tracked articles in one pass: each feed read and each URL fetched once a night.
                    run = verify_all(store, run_id, jobs, Fetcher(client, settings), settings, incremental=True,
                                     keep_going=True)
                counts = run.counts
                tracked_ids = {article: tracked_id for tracked_id, article, _, _ in watchlist}
                for result in run.articles:
                    store.tracked_ran(tracked_ids[result.job.reference], result.article.id, run_id)
                    checks.append((result.article.title, result.check))
                    text = {c.id: c.text for c in result.claims}
                    changed += [(result.article.title, text[v.claim_id], v.verdict) for v in result.verdicts]
        except BaseException:
            store.finish_run(run_id, "failed", dict(counts))
            raise
        store.finish_run(run_id, "completed", dict(counts))
        store.maintain()
    log.info("nightly run %s: %s", run_id, dict(counts))
    _publish(run_id, counts, checks, changed)
    return {"run_id": run_id, "db_path": str(db), "counts": dict(counts), "changed": len(changed),
            "articles": [{"title": title, **dataclasses.asdict(c)} for title, c in checks]}


def _publish(run_id: str, counts: Counter, checks: list[tuple[str, ArticleCheck]],
             changed: list[tuple[str, str, str]]) -> None:
    lines = [f"# Nightly run {run_id}", "",
             f"- articles: {counts['articles']} ({counts['articles_failed']} failed)",
             f"- sources: {counts['sources']} ({counts['downloaded']} downloaded, {counts['not_modified']} unchanged "
             f"(304), {counts['failed_sources']} failed)",
             f"- verdicts stored: {len(changed)}; unchanged claims: {counts['verdicts_unchanged']}", ""]
    unchecked = [title for title, c in checks if c.checkworthy and not (c.sources_matched or c.sources_reused)]
    if unchecked:
        lines += [f"**No page was compared with {len(unchecked)} article(s)**: " + "; ".join(unchecked), ""]
    lines += ["| article | check-worthy claims | usable pages | pages matched | pages reused | evidence sentences "
              "| claims with evidence | verdicts stored |", "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {title} | {c.checkworthy} | {c.sources} | {c.sources_matched} | {c.sources_reused} | {c.evidence} "
              f"| {c.claims_with_evidence} | {c.verdicts_stored} |" for title, c in checks]
    lines.append("")
    if changed:
        lines += ["| article | claim | verdict |", "|---|---|---|"]
        lines += [f"| {a} | {c} | {v} |" for a, c, v in changed]
    create_markdown_artifact(key="nightly-summary", markdown="\n".join(lines),
                             description="What the nightly re-check changed")
