"""How the database grows over unchanged nights: the size after N+1 nightly runs against after one.

The web, served on loopback: the demo web plus the real pages of the AEB benchmark
(`../shared/benchmarks/aeb/html/`), listed in a sitemap (as `benchmarks/nightly_shared.py` builds it).
The three bundled articles are tracked with the demo feed, the demo sitemap and the AEB sitemap; the
nightly flow runs once, then N more times with every page unchanged (304). After the first night and
after the last, the file is checkpointed and measured (its size, and the bytes of the blocks in use).
It also prints how many bytes of page text the database holds against what one copy per run and page
would have held (the schema before ``checkers/sql/009_texts.sql``).

    .venv/bin/python benchmarks/store_growth.py [--nights 30] [--aeb-pages 181]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["VERACITY_DISCOVER_SEARCH"] = ""  # offline: the loopback web only

from nightly_shared import OVERRIDES, build_web  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nights", type=int, default=30, help="unchanged nights after the first")
    parser.add_argument("--aeb-pages", type=int, default=181)
    args = parser.parse_args()
    from checkers.store import Store, database_size, query
    from flows.demo_web import StaticSite
    from flows.nightly import nightly

    with tempfile.TemporaryDirectory() as tmp:
        build_web(Path(tmp) / "web", args.aeb_pages)
        with StaticSite(Path(tmp) / "web") as site:
            feeds = [site.url("/feed.xml"), site.url("/sitemap.xml"), site.url("/aeb-sitemap.xml")]
            db = str(Path(tmp) / "nightly.duckdb")
            with Store.open(db) as store:
                for path in sorted((REPO / "data" / "articles").glob("*.txt")):
                    store.track(str(path), feeds, [])
            started = time.monotonic()
            first = nightly(db_path=db, overrides=OVERRIDES)
            first_seconds = time.monotonic() - started
            after_one = database_size(db)
            started = time.monotonic()
            later = [nightly(db_path=db, overrides=OVERRIDES) for _ in range(args.nights)]
            later_seconds = (time.monotonic() - started) / max(1, args.nights)
            after_all = database_size(db)
            _, ((stored, copies, fetches),) = query(db, "SELECT (SELECT sum(strlen(text)) FROM texts), "
                                                        "(SELECT sum(strlen(text)) FROM sources), "
                                                        "(SELECT count(*) FROM fetches)")
    print(f"first night: {first['counts'].get('downloaded', 0)} pages downloaded, {first_seconds:.0f} s; "
          f"{args.nights} unchanged nights after it: {sum(r['counts'].get('not_modified', 0) for r in later)} "
          f"304s, {sum(r['changed'] for r in later)} verdicts stored, {later_seconds:.1f} s a night")
    print(f"database after 1 night: {after_one[0] / 1e6:.2f} MB file, {after_one[1] / 1e6:.2f} MB in use")
    print(f"database after {args.nights + 1} nights: {after_all[0] / 1e6:.2f} MB file, {after_all[1] / 1e6:.2f} MB in use")
    print(f"ratio: {after_all[0] / after_one[0]:.2f}x file, {after_all[1] / after_one[1]:.2f}x in use (target <= 1.1x)")
    print(f"page text held: {stored / 1e6:.2f} MB once ({fetches} fetch rows); one copy per run and page, as "
          f"before texts were stored once, would be {copies / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
