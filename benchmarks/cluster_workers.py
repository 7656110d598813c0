"""The 50-article night on one worker and on two (issue 15: report the ratio; correctness is the gate).

Real parts, all on this machine: Debian's PostgreSQL (the DuckLake's catalog), `prefect server start`, a
process work pool, and `prefect worker start --pool ... --limit 1` processes. The web and the articles are
`benchmarks/nightly_many.py`'s: 2,000 pages made from the AEB benchmark's real pages in sitemaps of 200,
50 real articles each tracked with two sitemaps (seeded). Each run is a fresh lake with the 50 articles
tracked and `veracity nightly --shards 2`: with one worker the two shards run one after the other, with
two side by side. The configurations alternate; it prints the median wall time of each, their ratio, and
whether both gave the verdicts of the same night on one machine (`veracity nightly` into a DuckDB file,
run once). This machine has 2 cores, so two workers here share the CPU one worker had; on two machines
each has its own.

    .venv/bin/python benchmarks/cluster_workers.py [--articles 50] [--pages 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from nightly_many import SLICE, articles, sitemaps_for, start_web  # noqa: E402
from services import new_lake, postgres_server, prefect_server  # noqa: E402

VERDICTS = ("SELECT a.path, l.claim, l.verdict, round(l.confidence, 6) FROM latest_verdicts l "
            "JOIN articles a ON a.id = l.article_id ORDER BY ALL")


def run(cmd: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"error: {' '.join(cmd[:4])} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from checkers.store import Store, query

    web, base = start_web(args.pages)
    veracity = [sys.executable, "-m", "flows.cli"]
    times: dict[int, list[float]] = {1: [], 2: []}
    same: dict[int, list[bool]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as tmp, postgres_server() as pg, prefect_server(Path(tmp)) as api:
        env = {**os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": tmp, "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "PREFECT_LOGGING_LEVEL": "WARNING", "VERACITY_DISCOVER_SEARCH": "",
               "VERACITY_DISCOVER_ARTICLE_LINKS": "false", "VERACITY_FETCH_MAX_SOURCES": str(2 * SLICE)}
        try:
            chosen = articles(args.articles, Path(tmp))
            feeds = sitemaps_for(chosen, base, args.pages)

            def tracked(db: str) -> str:
                with Store.open(db) as store:
                    for path in chosen:
                        store.track(str(path), feeds[path], [])
                return db

            single = tracked(str(Path(tmp) / "one-machine.duckdb"))
            started = time.monotonic()
            run([*veracity, "nightly", "--db", single, "--allow-loopback"], env)
            print(f"one machine, no shards, DuckDB file: {time.monotonic() - started:.0f} s", flush=True)
            reference = query(single, VERDICTS)[1]
            run([*veracity, "serve", "--pool", "bench", "--shards", "2", "--db", single], env)
            for n in range(args.runs):
                for count in (1, 2):
                    lake = tracked(new_lake(pg, Path(tmp) / "lakes"))
                    workers = [subprocess.Popen([sys.executable, "-m", "prefect", "worker", "start", "--pool", "bench",
                                                 "--limit", "1"], env=env, stdout=subprocess.DEVNULL,
                                                stderr=subprocess.DEVNULL, start_new_session=True)
                               for _ in range(count)]
                    try:
                        started = time.monotonic()
                        run([*veracity, "nightly", "--db", lake, "--allow-loopback", "--shards", "2"], env)
                        times[count].append(time.monotonic() - started)
                    finally:
                        for w in workers:
                            os.killpg(w.pid, signal.SIGTERM)
                            w.wait()
                    same[count].append(query(lake, VERDICTS)[1] == reference)
                    print(f"run {n + 1}, {count} worker(s): {times[count][-1]:.0f} s, verdicts "
                          f"{'the same as' if same[count][-1] else 'DIFFERENT from'} one machine's", flush=True)
        finally:
            web.terminate()
    one, two = statistics.median(times[1]), statistics.median(times[2])
    print(f"{len(chosen)} articles, {args.pages} pages, 2 shards: one worker {one:.0f} s, two workers {two:.0f} s, "
          f"ratio {two / one:.2f}; verdicts as on one machine in {sum(same[1]) + sum(same[2])} of "
          f"{len(same[1]) + len(same[2])} runs")


if __name__ == "__main__":
    main()
