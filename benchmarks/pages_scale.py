"""Does a cold run cost the same per page at 4,000 pages as at 1,000? (Issue 15: within 10 %; it was
quadratic while every page was compared with every other for near-duplicates.)

The web, served from a separate process as in `benchmarks/seed_scale.py`: the AEB benchmark's real article
pages under 4,000 distinct URLs; /sitemap-0.xml lists the first 1,000, /sitemap.xml all of them. Each run
is `veracity verify` of the seed article with one of the two as its feed, on a fresh database, a temporary
Prefect server started by the command; the two sizes alternate. It prints the median seconds per page of
each, their ratio, and what each page beyond the smaller run cost (the difference of the medians). The whole command is timed, its fixed start (imports, the Prefect server: about 7 s
here) included, which weighs more on the smaller run.

    .venv/bin/python benchmarks/pages_scale.py [--small 1000] [--large 4000] [--runs 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
from pathlib import Path

from fetch_extract import serve
from seed_scale import SEED, timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue, args.large, None, args.small), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{queue.get(timeout=30)}"
    feeds = {args.small: f"{base}/sitemap-0.xml", args.large: f"{base}/sitemap.xml"}
    env = {**os.environ, "VERACITY_DISCOVER_SEARCH": "", "VERACITY_DISCOVER_ARTICLE_LINKS": "false",
           "VERACITY_FETCH_MAX_SOURCES": str(args.large), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    veracity = str(Path(sys.executable).parent / "veracity")
    per_page: dict[int, list[float]] = {args.small: [], args.large: []}
    seconds_of: dict[int, list[float]] = {args.small: [], args.large: []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in range(args.runs):
                for pages in (args.small, args.large):
                    db = str(Path(tmp) / f"{pages}-{n}.duckdb")
                    seconds, peak, _ = timed([veracity, "verify", str(SEED), "--feed", feeds[pages],
                                              "--allow-loopback", "--db", db], env)
                    per_page[pages].append(seconds / pages)
                    seconds_of[pages].append(seconds)
                    print(f"run {n + 1}, {pages} pages: {seconds:.1f} s ({1000 * seconds / pages:.1f} ms a page), "
                          f"peak {peak:.0f} MB", flush=True)
    finally:
        server.terminate()
    small, large = (statistics.median(per_page[p]) for p in (args.small, args.large))
    extra = statistics.median(seconds_of[args.large]) - statistics.median(seconds_of[args.small])
    print(f"cold, time per page: {1000 * small:.1f} ms at {args.small} pages, {1000 * large:.1f} ms at "
          f"{args.large} pages, ratio {large / small:.2f} (target: within 10 %); each page beyond the first "
          f"{args.small}: {1000 * extra / (args.large - args.small):.1f} ms")


if __name__ == "__main__":
    main()
