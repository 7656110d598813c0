"""gather_pages: candidates -> Sources, fetching with the run's Fetcher and extracting in worker
processes when a pool is given (extraction is CPU-bound: two processes give about 1.85x one)."""

from __future__ import annotations

import dataclasses
import os
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from multiprocessing import get_context

from checkers.extract import extract_page, page_language
from checkers.fetch import Fetcher
from checkers.records import Candidate, ClaimReview, Page, Source
from checkers.settings import Settings


def gather_pages(candidates: list[Candidate], fetcher: Fetcher, stored: dict[str, Source],
                 pool: Executor | None = None) -> list[Source]:
    pages = fetcher.fetch_all(candidates)
    jobs = [(page, stored.get(page.url), cand.reviews) for cand, page in zip(candidates, pages)]
    if pool is None or len(jobs) < 2:
        sources = [_extract(job) for job in jobs]
    else:
        sources = list(pool.map(_extract, jobs, chunksize=max(1, len(jobs) // 8)))
    # The language here, in this process: about 0.6 ms a page, where each worker that told it would
    # hold the German and English word lists (some 130 MB each).
    return [s if s.text is None or (page.not_modified and previous is not None)
            else dataclasses.replace(s, language=page_language(s.language, s.text))
            for s, (page, previous, _) in zip(sources, jobs)]


def _extract(job: tuple[Page, Source | None, tuple[ClaimReview, ...]]) -> Source:
    return extract_page(*job, detect=False)


def extraction_pool(settings: Settings, n_pages: int | None = None):
    """Worker processes for extraction, or a no-op context when too few pages make them worth
    starting (a worker costs about a second to start: it imports trafilatura). Spawned, not forked:
    the flow process runs threads (httpx, Prefect) that a fork would copy mid-flight."""
    workers = settings.extract_workers if settings.extract_workers > 0 else (os.cpu_count() or 1)
    if workers <= 1 or (n_pages is not None and n_pages < settings.extract_pool_min_pages):
        return nullcontext(None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"))
