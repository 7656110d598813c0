"""A verify run against 20 bad URLs on a hostile loopback web, with the default fetch settings.

The web is the tests' own (tests/hostile_web.py): pages that are missing, fail with 500 every time, are
a gzip bomb, a redirect loop, a redirect into a private network,
an image, a page robots.txt disallows, a host that asks to wait an hour, a page that never sends its
headers in time, and so on. The run must finish in 60 s of wall time or less (issue 14), every URL stored
as a source with its reason.

    .venv/bin/python benchmarks/hostile_run.py [--runs 3]

Prints each run's wall time (the whole ``veracity verify`` command, Prefect's temporary server included),
their median, and the reasons recorded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_web import HostileWeb  # noqa: E402

from checkers.store import query  # noqa: E402

SEED = ROOT / "data" / "articles" / "alibaba-apsara-2025.de.txt"
PATHS = ["/missing.html", "/always-500.html", "/slow-never.html?b", "/always-500.html?c", "/gzip-bomb.html",
         "/loop-a", "/to-private", "/image.png", "/private/secret.html", "/rate-limited-long.html",
         "/slow-never.html", "/no-such-page", "/missing.html?b", "/always-500.html?b", "/loop-b", "/image.png?b",
         "/to-private?b", "/gzip-bomb.html?b", "/private/other.html", "/rate-limited-long.html?b"]


def run_once(web: HostileWeb) -> tuple[float, dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "v.duckdb"
        env = {**{k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}, "VERACITY_DISCOVER_SEARCH": "",
               "VERACITY_DISCOVER_ARTICLE_LINKS": "false"}
        args = [sys.executable, "-m", "flows.cli", "verify", str(SEED), "--allow-loopback", "--db", str(db)]
        for path in PATHS:
            args += ["--source", web.url(path)]
        started = time.monotonic()
        subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
        wall = time.monotonic() - started
        _, rows = query(db, "SELECT url, coalesce(error, 'ok') FROM sources")
    return wall, dict(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    web = HostileWeb()
    try:
        walls, reasons = [], {}
        for n in range(args.runs):
            wall, reasons = run_once(web)
            walls.append(wall)
            print(f"run {n + 1}: {wall:.1f} s, {len(reasons)} sources stored")
    finally:
        web.stop()
    print(f"median wall time: {statistics.median(walls):.1f} s (target <= 60 s)")
    for url, reason in sorted(reasons.items()):
        print(f"  {reason:22} {url.split('/', 3)[-1]}")
    missing = [p for p in PATHS if web.url(p) not in reasons]
    if missing:
        print("not stored:", ", ".join(missing))


if __name__ == "__main__":
    main()
