"""Several tracked articles sharing one web: does every article get the evidence a `verify` of it alone gets?

The web, served on loopback: the demo web plus the 181 real pages of the AEB benchmark
(`../shared/benchmarks/aeb/html/`, among them the pages five of the corpus articles were taken from),
listed in a sitemap. The articles: the three bundled ones (`data/articles/`) and the 20 real articles of
`../shared/corpus/claims/`, each tracked with the demo feed, the demo sitemap and the AEB sitemap, so all
of them share every page.

First each article is verified alone into a database of its own; then all are tracked in one database
and the nightly flow runs twice (the second night finds every page unchanged). Per article it prints the
claims with evidence and the evidence sentences alone and on each night, and whether the latest verdicts
(verdict, confidence, sources, rationale) are the same as alone. Before the fix of issue 11, the articles
after the first one got 304s for the pages the first one had stored, were never matched against them, and
came out with no evidence. A night checks all tracked articles in one pass (issue 15): it prints how
often the loopback web was asked for each URL on each night (target: once), and the first night's wall
time against the separate `verify` runs.

    .venv/bin/python benchmarks/nightly_shared.py [--articles 23] [--aeb-pages 181]
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ["VERACITY_DISCOVER_SEARCH"] = ""  # offline: the loopback web only

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
OVERRIDES = {"fetch_allow_loopback": True, "discover_search": (), "discover_article_links": False}
VERDICTS = ("SELECT l.claim, l.verdict, l.confidence, l.n_sources, l.rationale FROM latest_verdicts l "
            "JOIN articles a ON a.id = l.article_id WHERE a.path = ?")


def build_web(folder: Path, n_aeb: int) -> None:
    shutil.copytree(REPO / "data" / "demo_web", folder)
    pages = sorted((SHARED / "benchmarks" / "aeb" / "html").glob("*.html.gz"))[:n_aeb]
    (folder / "aeb").mkdir()
    for page in pages:
        (folder / "aeb" / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    urls = "".join(f"<url><loc>__BASE_URL__/aeb/{p.name.removesuffix('.gz')}</loc></url>" for p in pages)
    (folder / "aeb-sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                            f'"http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n', "utf-8")


def articles(n: int) -> list[Path]:
    bundled = sorted((REPO / "data" / "articles").glob("*.txt"))
    corpus = sorted((SHARED / "corpus" / "claims").glob("*.txt"))
    return (bundled + corpus)[:n]


def per_article(db: str, path: Path, run_id: str) -> tuple[int, int]:
    """(claims with evidence, evidence sentences) behind the article's claims in a run."""
    from checkers.store import query

    _, rows = query(db, f"SELECT claims_with_evidence, evidence FROM run_articles WHERE run_id = '{run_id}' "
                        f"AND reference = '{str(path).replace(chr(39), chr(39) * 2)}'")
    return rows[0] if rows else (0, 0)


def latest(db: str, path: Path) -> list[tuple]:
    from checkers.store import connect

    con = connect(db, read_only=True)
    try:
        return sorted(con.execute(VERDICTS, [str(path)]).fetchall())
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=23)
    parser.add_argument("--aeb-pages", type=int, default=181)
    args = parser.parse_args()
    from checkers.store import Store
    from flows.demo_web import StaticSite
    from flows.nightly import nightly
    from flows.verify import verify_article

    chosen = articles(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        build_web(Path(tmp) / "web", args.aeb_pages)
        with StaticSite(Path(tmp) / "web") as site:
            feeds = [site.url("/feed.xml"), site.url("/sitemap.xml"), site.url("/aeb-sitemap.xml")]
            alone: dict[Path, tuple[tuple[int, int], list[tuple]]] = {}
            started = time.monotonic()
            for path in chosen:
                db = str(Path(tmp) / f"alone-{path.name}.duckdb")
                run = verify_article(str(path), feeds=feeds, db_path=db, overrides=OVERRIDES)
                alone[path] = (per_article(db, path, run["run_id"]), latest(db, path))
            alone_seconds = time.monotonic() - started
            db = str(Path(tmp) / "nightly.duckdb")
            with Store.open(db) as store:
                for path in chosen:
                    store.track(str(path), feeds, [])
            nights, seconds, requests = [], [], []
            for _ in range(2):
                site.requests.clear()
                started = time.monotonic()
                nights.append(nightly(db_path=db, overrides=OVERRIDES))
                seconds.append(time.monotonic() - started)
                requests.append(site.requests.copy())
            night = [{path: per_article(db, path, n["run_id"]) for path in chosen} for n in nights]
            final = {path: latest(db, path) for path in chosen}

    print(f"{len(chosen)} articles sharing {nights[0]['counts'].get('sources', 0)} pages ({args.aeb_pages} AEB pages "
          "+ the demo web)\n")
    print(f"{'article':45} {'alone':>10} {'night 1':>10} {'night 2':>10}  same verdicts")
    short = 0
    for path in chosen:
        (claims, evidence), verdicts = alone[path]
        cells = [f"{c}/{e}" for c, e in ((claims, evidence), night[0][path], night[1][path])]
        same = final[path] == verdicts
        short += any(e < evidence or c < claims for c, e in (night[0][path], night[1][path])) or not same
        print(f"{path.name[:45]:45} {cells[0]:>10} {cells[1]:>10} {cells[2]:>10}  {'yes' if same else 'NO'}")
    with_evidence = [p for p in chosen if alone[p][0][1]]
    print("\n(claims with evidence / evidence sentences)")
    print(f"articles with evidence alone: {len(with_evidence)}; with the same evidence and verdicts on both "
          f"nights: {len(chosen) - short} of {len(chosen)}")
    print(f"wall time: {len(chosen)} separate verify runs {alone_seconds:.0f} s; nightly first {seconds[0]:.0f} s "
          f"({seconds[0] / alone_seconds:.2f}x), unchanged second {seconds[1]:.0f} s ({nights[1]['changed']} verdicts "
          "stored)")
    for n, served in enumerate(requests, 1):
        print(f"night {n}: {len(served)} URLs requested, {sum(served.values())} requests, at most "
              f"{max(served.values(), default=0)} per URL (robots.txt and feeds included)")


if __name__ == "__main__":
    main()
