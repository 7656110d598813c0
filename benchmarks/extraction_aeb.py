"""Extraction quality and speed on the public AEB benchmark (../shared/benchmarks/aeb), with the
benchmark's own metric (4-token shingles, per-page normalised, see its README).

    .venv/bin/python benchmarks/extraction_aeb.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from checkers.aeb import load_aeb, score_extraction
from checkers.extract import extract_page
from checkers.records import Page


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pages = load_aeb()
    medians, f1 = [], None
    for _ in range(args.runs):
        times, pairs = [], []
        for url, html, gold in pages:
            started = time.perf_counter()
            source = extract_page(Page(url=url, provider="aeb", final_url=url, status=200, body=html,
                                       content_type="text/html"))
            times.append(time.perf_counter() - started)
            pairs.append((source.text or "", gold))
        medians.append(statistics.median(times) * 1000)
        f1 = score_extraction(pairs)
    print(f"{len(pages)} pages: F1 {f1['f1']:.3f} (precision {f1['precision']:.3f}, recall {f1['recall']:.3f}); "
          f"median {statistics.median(medians):.1f} ms/page over {args.runs} runs")


if __name__ == "__main__":
    main()
