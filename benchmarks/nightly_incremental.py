"""Nightly re-check cost when nothing changed, against the first run, on the demo web or on N pages.

One process, as `veracity serve` runs the nightly flow: the demo web is served on loopback (or, with
``--pages N``, N real AEB pages from a separate server process, as ``benchmarks/fetch_extract.py``
serves them, listed in a sitemap), the seed article is tracked with the feed and sitemap, and the
nightly flow runs N+1 times. The first run
fetches, extracts and matches everything; the later ones find every page unchanged (304) and store no
verdict. Wall times are the runs' own (runs.started_at to finished_at); the ratio is the median of the
later runs over the first.

    .venv/bin/python benchmarks/nightly_incremental.py [--repeat 3] [--pages 1000]
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import statistics
import tempfile
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["VERACITY_DISCOVER_SEARCH"] = ""  # offline: the demo web only

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=int, default=0, help="N loopback pages instead of the demo web")
    args = parser.parse_args()
    from checkers.store import Store, query
    from flows.demo_web import StaticSite
    from flows.nightly import nightly

    overrides: dict = {"fetch_allow_loopback": True}
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        if args.pages:
            from fetch_extract import serve

            queue: multiprocessing.Queue = multiprocessing.Queue()
            server = multiprocessing.Process(target=serve, args=(queue, args.pages), daemon=True)
            server.start()
            stack.callback(server.terminate)
            feeds = [f"http://127.0.0.1:{queue.get(timeout=30)}/sitemap.xml"]
            overrides.update(fetch_max_sources=args.pages, discover_article_links=False)
        else:
            site = stack.enter_context(StaticSite(REPO / "data" / "demo_web"))
            feeds = [site.url("/feed.xml"), site.url("/sitemap.xml")]
        db = str(Path(tmp) / "nightly.duckdb")
        with Store.open(db) as store:
            store.track(str(REPO / "data" / "articles" / "alibaba-apsara-2025.de.txt"), feeds, [])
        results = [nightly(db_path=db, overrides=overrides) for _ in range(args.repeat + 1)]
        _, rows = query(db, "SELECT run_id, seconds, verdicts FROM run_summary ORDER BY started_at")
    seconds = {run_id: s for run_id, s, _ in rows}
    first, later = results[0], results[1:]
    t0 = seconds[first["run_id"]]
    times = [seconds[r["run_id"]] for r in later]
    print(f"first run: {t0:.2f} s, {first['counts'].get('downloaded', 0)} pages downloaded, "
          f"{first['changed']} verdicts stored")
    for r, t in zip(later, times):
        print(f"unchanged re-run: {t:.2f} s, {r['counts'].get('downloaded', 0)} downloaded, "
              f"{r['counts'].get('not_modified', 0)} not modified (304), {r['changed']} verdicts stored")
    target = "10%" if args.pages >= 1000 else "25%"
    print(f"median re-run / first run: {statistics.median(times) / t0:.0%} (target <= {target})")


if __name__ == "__main__":
    main()
