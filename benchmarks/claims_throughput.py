"""Claim extraction throughput on a large German + English text (at least 10,000 sentences).

The text: the hand-checked article bodies of the public AEB benchmark (mostly English) and the German
pages of the bundled demo web and gold articles, repeated until both languages together pass the
sentence target. Each article goes through ``split_claims`` as a whole, as in the pipeline. Reports the
median of several runs in sentences per second.

    .venv/bin/python benchmarks/claims_throughput.py [--runs 3] [--sentences 10000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import trafilatura

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.entities import find_entities
from checkers.quantities import parse_quantities
from checkers.settings import Settings
from checkers.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
AEB = ROOT.parent / "shared" / "benchmarks" / "aeb" / "ground-truth.json"


def corpus() -> list[str]:
    texts = [v["articleBody"] for v in json.loads(AEB.read_text("utf-8")).values()] if AEB.exists() else []
    for page in sorted((ROOT / "data" / "demo_web").rglob("*.html")):
        raw = page.read_bytes()
        html = raw.decode("utf-8") if b"iso-8859-1" not in raw[:500] else raw.decode("iso-8859-1")
        text = trafilatura.extract(html, fast=True)
        if text:
            texts.append(text)
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*.txt"))]
    return texts


def _clear_text_caches() -> None:
    find_entities.cache_clear()
    parse_quantities.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sentences", type=int, default=10_000)
    args = parser.parse_args()
    settings = Settings()
    base = [article_from_text(t, settings) for t in corpus() if len(t) > 200]
    counts = [len(split_sentences(a.text, a.language)) for a in base]
    articles, n = [], 0
    while n < args.sentences:
        for a, c in zip(base, counts):
            articles.append(a)
            n += c
    by_lang = {lang: sum(c for a, c in zip(base, counts) if a.language == lang) for lang in ("de", "en")}
    print(f"corpus: {len(base)} distinct articles ({by_lang['de']} German, {by_lang['en']} English sentences), "
          f"repeated to {len(articles)} articles, {n} sentences")
    rates, per_lang = [], {"de": [], "en": []}
    sentences_of = {id(a): c for a, c in zip(base, counts)}
    for _ in range(args.runs):
        claims, spent = 0, {"de": 0.0, "en": 0.0}
        done = {"de": 0, "en": 0}
        for a in articles:
            _clear_text_caches()  # repeated articles must not be served from caches keyed on their text
            started = time.perf_counter()
            claims += len(split_claims(a))
            spent[a.language] += time.perf_counter() - started
            done[a.language] += sentences_of[id(a)]
        seconds = sum(spent.values())
        rates.append(n / seconds)
        for lang in per_lang:
            if spent[lang]:
                per_lang[lang].append(done[lang] / spent[lang])
        print(f"  {n} sentences -> {claims} claims in {seconds:.2f} s: {n / seconds:,.0f} sentences/s "
              f"(German {done['de'] / spent['de']:,.0f}/s, English {done['en'] / spent['en']:,.0f}/s)")
    print(f"median: {statistics.median(rates):,.0f} sentences/s (target >= 2,000); German "
          f"{statistics.median(per_lang['de']):,.0f}/s, English {statistics.median(per_lang['en']):,.0f}/s")


if __name__ == "__main__":
    main()
