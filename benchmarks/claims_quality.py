"""Claim extraction quality against gold claims written by people who never saw the rules.

- ``../shared/corpus/claims/``: 20 real published articles (10 German, 10 English, 13 outlets). The
  corpus is split by article (``checkers.gold.corpus_split``): rules are developed on the ``fit`` half
  only, and the ``held`` half is reported separately, never read item by item.
- ``../shared/seed/``: the seed article.
- ``tests/gold/`` (team-written, regression only) and ``tests/gold/heldout/``.
- ``tests/gold/aeb/``: gold this team labelled (blind to the code) on real pages of the public AEB
  benchmark; the text is read from ``../shared/benchmarks/aeb/ground-truth.json`` (``aeb_id``). Real
  text, but our own gold: a development set, not evidence.
- ``tests/gold/10kgnad/`` and ``tests/gold/bbc/``: gold this team labelled (blind to the code) on DER
  STANDARD articles of the 10kGNAD data set and on BBC News stories of Greene & Cunningham's data set (the
  sources of eight corpus articles); the texts (never in this repository) are read from ``../labels/``
  when present (``benchmarks/build_dev_texts.py`` writes them from the data sets). Development sets, not
  evidence.

Per article: recall, precision, claims produced, gold claims, not-check-worthy hits; then totals per
group (micro-averaged). ``--details`` lists the misses and the wrong claims of the fit half and of the
team-written files (never of the held half).

    .venv/bin/python benchmarks/claims_quality.py [--details] [--json] [--plain]
    .venv/bin/python benchmarks/claims_quality.py --aeb-scan [--sample 40] [--seed 1]

``--plain`` scores with the ``claims_plain_statements`` setting on. ``--aeb-scan`` runs every page of
the AEB benchmark (``../shared/benchmarks/aeb/``, main text as an article, gold or not): pages, claims,
crashes, the claims whose shape shows a wrong cut (``checkers.gold.odd_shape``), and a seeded random
sample of claims to read.
"""

from __future__ import annotations

import argparse
import json
import random
from functools import lru_cache
from pathlib import Path

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.gold import GoldScore, corpus_split, load_gold, odd_shape, score, totals
from checkers.settings import Settings

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
CORPUS = REPO.parent / "shared" / "corpus" / "claims"
SEED = REPO.parent / "shared" / "seed"
AEB = REPO.parent / "shared" / "benchmarks" / "aeb" / "ground-truth.json"
LABELS = REPO.parent / "labels"  # the texts of tests/gold/10kgnad and tests/gold/bbc (outside the repository)


def groups() -> dict[str, list[Path]]:
    corpus = sorted(CORPUS.glob("*.claims.json"))
    halves = corpus_split(corpus)
    return {"corpus fit": [p for p in corpus if halves[p] == "fit"],
            "corpus held": [p for p in corpus if halves[p] == "held"],
            "seed": sorted(SEED.glob("*.claims.json")),
            "team-written": sorted(GOLD.glob("*.claims.json")),
            "team-written heldout": sorted((GOLD / "heldout").glob("*.claims.json")),
            "aeb (our gold on real pages)": sorted((GOLD / "aeb").glob("*.claims.json")) if AEB.exists() else [],
            "10kgnad (our gold on real articles)": _labelled("10kgnad"),
            "bbc (our gold on real articles)": _labelled("bbc")}


def _labelled(kind: str) -> list[Path]:
    """The gold files of a development set whose texts ``benchmarks/build_dev_texts.py`` wrote."""
    return [p for p in sorted((GOLD / kind).glob("*.claims.json"))
            if (LABELS / kind / p.name.replace(".claims.json", ".txt")).exists()]


def article_text(path: Path, gold: dict, article_path: Path) -> str:
    """The article a gold file scores: beside it, or an AEB page's main text (its ``aeb_id``)."""
    if "aeb_id" in gold:
        return _aeb()[gold["aeb_id"]]["articleBody"].strip() + "\n"
    if path.parent.name in ("10kgnad", "bbc"):
        return (LABELS / path.parent.name / gold["article"]).read_text("utf-8")
    return article_path.read_text("utf-8")


@lru_cache(maxsize=1)
def _aeb() -> dict:
    return json.loads(AEB.read_text("utf-8"))


def evaluate(path: Path, plain: bool = False) -> tuple[GoldScore, int]:
    gold, article_path = load_gold(path)
    article = article_from_text(article_text(path, gold, article_path), Settings())
    return score(split_claims(article, plain), gold), len(gold["claims"])


# AEB pages that are, or report the same story as, an article of the corpus's held half (Live Science's
# feather-duvet lung, ScienceAlert's map of Titan): scanned and counted, never printed, so that no one reads
# the held half through them.
HELD_STORY_PAGES = ("359fee228518", "bd673bd79881", "7bb1ca903543", "9eef8162bbb6", "a078b3656adc")


def aeb_scan() -> dict:
    """Every AEB page's main text as an article: claims, crashes and odd shapes."""
    claims: list[tuple[str, str]] = []
    crashes: list[str] = []
    for page_id, item in sorted(_aeb().items()):
        try:
            article = article_from_text(item["articleBody"].strip() + "\n", Settings())
            claims += [(page_id[:12], c.text) for c in split_claims(article) if c.checkworthy]
        except Exception as exc:  # a crash on a real page is the finding
            crashes.append(f"{page_id[:12]}: {type(exc).__name__}: {exc}")
    odd = [(page, text, why) for page, text in claims if (why := odd_shape(text))]
    return {"pages": len(_aeb()), "claims": claims, "crashes": crashes, "odd": odd}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="list misses and wrong claims (not of the held half)")
    parser.add_argument("--json", action="store_true", help="print per-article and total figures as JSON")
    parser.add_argument("--plain", action="store_true", help="with the claims_plain_statements setting on")
    parser.add_argument("--aeb-scan", action="store_true", help="every AEB page as an article: crashes, odd shapes")
    parser.add_argument("--sample", type=int, default=40, help="with --aeb-scan: claims to print for reading")
    parser.add_argument("--seed", type=int, default=1, help="with --aeb-scan: the sample's seed")
    args = parser.parse_args()
    if args.aeb_scan:
        scan = aeb_scan()
        kinds = {why: sum(1 for *_, w in scan["odd"] if w == why) for why in ("dangling", "nested", "piece")}
        print(f"{scan['pages']} pages, {len(scan['claims'])} check-worthy claims, {len(scan['crashes'])} crashes, "
              f"{len(scan['odd'])} odd shapes ({len(scan['odd']) / max(1, len(scan['claims'])):.1%}): {kinds}")
        for line in scan["crashes"]:
            print(f"  crash {line}")
        for page, text, why in scan["odd"]:
            print(f"  {why:8} {page} | {text[:150] if page not in HELD_STORY_PAGES else '(a held story: not shown)'}")
        readable = [(page, text) for page, text in scan["claims"] if page not in HELD_STORY_PAGES]
        print("\nsample:")
        for page, text in random.Random(args.seed).sample(readable, min(args.sample, len(readable))):
            print(f"  {page} | {text[:150]}")
        return
    report: dict = {}
    for group, paths in groups().items():
        results = [(path, *evaluate(path, args.plain)) for path in paths]
        if not results:
            continue
        t = totals([(r, n) for _, r, n in results])
        report[group] = {"recall": round(t.recall, 3), "precision": round(t.precision, 3), "gold": t.gold,
                         "produced": t.produced, "violations": t.violations,
                         "articles": {p.name.removesuffix(".claims.json"): {
                             "recall": round(r.recall, 3), "precision": round(r.precision, 3), "produced": r.produced,
                             "gold": n, "violations": len(r.violations)} for p, r, n in results}}
        if args.json:
            continue
        print(f"\n{group}")
        print(f"  {'article':46} {'recall':>6} {'prec.':>6} {'claims':>6} {'gold':>5} {'not-cw hits':>11}")
        for path, r, n in results:
            print(f"  {path.name.removesuffix('.claims.json')[:46]:46} {r.recall:6.2f} {r.precision:6.2f} "
                  f"{r.produced:6d} {n:5d} {len(r.violations):11d}")
            if args.details and group != "corpus held":
                for item in r.missed:
                    print(f"      missed: {item}")
                for item in r.unmatched:
                    print(f"      wrong:  {item}")
                for item in r.violations:
                    print(f"      not check-worthy: {item}")
        print(f"  {'total':46} {t.recall:6.2f} {t.precision:6.2f} {t.produced:6d} {t.gold:5d} {t.violations:11d}")
    if args.json:
        print(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
