"""Many tracked articles sharing a large web: one nightly pass against a separate `verify` run per article.

The web, from a separate server process (as `benchmarks/fetch_extract.py` serves it): N pages (default
2,000) made from the AEB benchmark's real article pages, listed in sitemaps of 200 pages each. The
articles (default 50), all real text: the 3 bundled ones, the 20 of `../shared/corpus/claims/`, then the
gold main texts of the AEB pages; each is tracked with two of the sitemaps, chosen at random (seeded),
so that every page is a candidate of several articles. It times a `verify` of each article alone (each
into its own database, one Prefect temporary server for all) against one nightly run of all of them,
and counts the page requests the server answered in each (the target: each URL once a night).

    .venv/bin/python benchmarks/nightly_many.py [--articles 50] [--pages 2000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["VERACITY_DISCOVER_SEARCH"] = ""  # offline: the loopback web only

from fetch_extract import serve  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SLICE = 200


def articles(n: int, folder: Path) -> list[Path]:
    """n real articles: the bundled ones, the corpus, then AEB gold texts written to ``folder``."""
    found = sorted((REPO / "data" / "articles").glob("*.txt")) + sorted((SHARED / "corpus" / "claims").glob("*.txt"))
    truth = json.loads((SHARED / "benchmarks" / "aeb" / "ground-truth.json").read_text("utf-8"))
    for key, page in sorted(truth.items()):
        if len(found) >= n:
            break
        text = page.get("articleBody") or ""
        if len(text) > 1500:
            path = folder / f"aeb-{key[:12]}.txt"
            path.write_text(text, "utf-8")
            found.append(path)
    return found[:n]


def start_web(pages: int, served=None) -> tuple[multiprocessing.Process, str]:
    """The loopback web in a process of its own; its base URL."""
    queue: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(queue, pages, served, SLICE), daemon=True)
    server.start()
    return server, f"http://127.0.0.1:{queue.get(timeout=30)}"


def sitemaps_for(chosen: list[Path], base: str, pages: int) -> dict[Path, list[str]]:
    """Two of the web's sitemaps for each article, chosen at random (seeded)."""
    rnd = random.Random(15)
    slices = max(1, -(-pages // SLICE))
    return {p: [f"{base}/sitemap-{k}.xml" for k in rnd.sample(range(slices), min(2, slices))] for p in chosen}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    from checkers.store import Store, query
    from flows.nightly import nightly
    from flows.verify import verify_article

    served = multiprocessing.Value("i", 0)
    server, base = start_web(args.pages, served)
    slices = max(1, -(-args.pages // SLICE))
    overrides = {"fetch_allow_loopback": True, "discover_article_links": False, "fetch_max_sources": 2 * SLICE}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            chosen = articles(args.articles, Path(tmp))
            feeds = sitemaps_for(chosen, base, args.pages)
            started, served.value = time.monotonic(), 0
            for path in chosen:
                verify_article(str(path), feeds=feeds[path], db_path=str(Path(tmp) / f"{path.name}.duckdb"),
                               overrides=overrides)
            alone_seconds, alone_requests = time.monotonic() - started, served.value
            db = str(Path(tmp) / "nightly.duckdb")
            with Store.open(db) as store:
                for path in chosen:
                    store.track(str(path), feeds[path], [])
            started, served.value = time.monotonic(), 0
            night = nightly(db_path=db, overrides=overrides)
            night_seconds, night_requests = time.monotonic() - started, served.value
            _, ((urls,),) = query(db, "SELECT count(DISTINCT url) FROM sources WHERE url LIKE '%/article-%'")
    finally:
        server.terminate()
    print(f"{len(chosen)} articles, each with 2 of {slices} sitemaps of {SLICE} pages ({args.pages} pages)")
    print(f"separate verify runs: {alone_seconds:.0f} s, {alone_requests} page requests")
    print(f"one nightly run: {night_seconds:.0f} s, {night_requests} page requests for {urls} distinct pages "
          f"({night_requests / max(1, urls):.2f} per URL; target 1); {night['changed']} verdicts stored")
    print(f"nightly / separate runs: {night_seconds / alone_seconds:.2f} (target <= 0.10)")


if __name__ == "__main__":
    main()
