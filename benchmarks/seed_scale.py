"""The seed against 1,000 loopback pages, cold: the pipeline against a plain script doing the same work.

The web, served from a separate process: the AEB benchmark's real article pages of 50-150 KB under N
distinct URLs (each made unique, with ETags; as `benchmarks/fetch_extract.py` serves them), listed in a
sitemap. The pipeline: `veracity verify` of the seed article with that sitemap as its feed, on a fresh
database, a temporary Prefect server started by the command as a user's run starts it. The baseline, in
the same run: a plain script that does the same fetch (one client, the same guard and limits), extract
(worker processes) and match in one process, and stores nothing. Runs alternate; it prints the medians,
their ratio (issue 15's target: at most 1.1) and the peak memory of each whole process tree (target: at
most 600 MB), sampled from /proc every 0.1 s.

    .venv/bin/python benchmarks/seed_scale.py [--pages 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from fetch_extract import serve

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "articles" / "alibaba-apsara-2025.de.txt"
PLAIN = """
import sys
from checkers.article import load_article
from checkers.claims import split_claims
from checkers.discover import parse_feed_or_sitemap
from checkers.fetch import Fetcher, make_client
from checkers.gather import extraction_pool, gather_pages
from checkers.match import match_claims
from checkers.records import Candidate
from checkers.settings import Settings

if __name__ == "__main__":
    settings = Settings.load().replace(fetch_allow_loopback=True, fetch_max_sources=int(sys.argv[3]))
    with make_client(settings) as client:
        fetcher = Fetcher(client, settings)
        article = load_article(sys.argv[1], fetcher, settings)
        claims = split_claims(article)
        page = fetcher.fetch(Candidate(url=sys.argv[2], provider="feed-document"))
        candidates = parse_feed_or_sitemap(page.body or "", sys.argv[2])[:settings.fetch_max_sources]
        evidence = 0
        with extraction_pool(settings, len(candidates)) as pool:
            for i in range(0, len(candidates), settings.flow_batch_size):
                sources = gather_pages(candidates[i:i + settings.flow_batch_size], fetcher, {}, pool)
                evidence += len(match_claims(claims, sources, settings))
    print(evidence)
"""


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            statm = Path(f"/proc/{entry}/statm").read_text().split()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = int(statm[1]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total / 2**20


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds, peak MB of the process tree, last line of its output)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0.0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode:
        sys.exit(f"error: {' '.join(cmd[:3])} failed:\n{out[-2000:]}")
    return seconds, peak[0], out.strip().splitlines()[-1] if out.strip() else ""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue, args.pages), daemon=True)
    server.start()
    sitemap = f"http://127.0.0.1:{queue.get(timeout=30)}/sitemap.xml"
    env = {**os.environ, "VERACITY_DISCOVER_SEARCH": "", "VERACITY_DISCOVER_ARTICLE_LINKS": "false",
           "VERACITY_FETCH_MAX_SOURCES": str(args.pages), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    bin_ = Path(sys.executable).parent
    pipeline, plain = [], []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            script = Path(tmp) / "plain.py"
            script.write_text(PLAIN, "utf-8")
            for n in range(args.runs):
                db = str(Path(tmp) / f"run{n}.duckdb")
                pipeline.append(timed([str(bin_ / "veracity"), "verify", str(SEED), "--feed", sitemap,
                                       "--allow-loopback", "--db", db], env))
                plain.append(timed([sys.executable, str(script), str(SEED), sitemap, str(args.pages)],
                                   {**env, "PYTHONPATH": str(REPO)}))
                print(f"run {n + 1}: pipeline {pipeline[-1][0]:.1f} s, {pipeline[-1][1]:.0f} MB; "
                      f"plain script {plain[-1][0]:.1f} s, {plain[-1][1]:.0f} MB ({plain[-1][2]} evidence rows)",
                      flush=True)
    finally:
        server.terminate()
    t_pipe, t_plain = statistics.median(p[0] for p in pipeline), statistics.median(p[0] for p in plain)
    print(f"seed vs {args.pages} pages, cold: pipeline {t_pipe:.1f} s, plain script {t_plain:.1f} s, "
          f"ratio {t_pipe / t_plain:.2f} (target <= 1.1); peak memory of the process tree: pipeline "
          f"{statistics.median(p[1] for p in pipeline):.0f} MB, plain {statistics.median(p[1] for p in plain):.0f} MB "
          "(target <= 600)")


if __name__ == "__main__":
    main()
