"""Near-duplicate search per page as a night grows: MinHash buckets against comparing every page with every other.

The pages: the real AEB texts (`../shared/benchmarks/aeb/ground-truth.json`), and as many copies of them
as it takes to reach each size, each copy reworded at random (2-12 % of its words replaced, or an agency
line and footer added, or its end trimmed) so that some copies are copies (ratio >= 90) and others not.
For each size it times ``checkers.dedupe.near_duplicates`` and the all-with-all comparison it replaced
(rapidfuzz ``process.cdist`` over all signatures, then the same clustering), medians of several runs, and
checks that both give the same clusters.

    .venv/bin/python benchmarks/near_duplicates.py [--sizes 500 1000 2000 4000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from checkers.dedupe import MIN_SIGNATURE, clusters, near_duplicates, signature

AEB = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "aeb" / "ground-truth.json"


def pages(n: int, seed: int = 3) -> dict[str, str]:
    truth = json.loads(AEB.read_text("utf-8"))
    texts = [t for t in (v.get("articleBody") or "" for v in truth.values()) if len(t) > 400]
    rnd = random.Random(seed)
    out = {f"page{i}": signature(t) for i, t in enumerate(texts[:n])}
    while len(out) < n:
        text = rnd.choice(texts)
        words = text.split()
        kind = rnd.randrange(3)
        if kind == 0:
            copy = f"By {rnd.choice(['AP', 'Reuters', 'dpa'])} | Updated {rnd.randrange(24)} hours ago\n{text}\nMore"
        elif kind == 1:
            copy = " ".join(words[:int(len(words) * rnd.uniform(0.6, 0.95))])
        else:
            rate = rnd.uniform(0.02, 0.12)
            copy = " ".join(w if rnd.random() > rate else rnd.choice(["the", "said", "new", "year"]) for w in words)
        out[f"copy{len(out)}"] = signature(copy)
    return out


def exhaustive(signatures: dict[str, str], threshold: float = 90.0) -> dict[str, str]:
    """The all-with-all comparison ``near_duplicates`` used before (quadratic in the pages)."""
    ids = [i for i, s in signatures.items() if len(s) >= MIN_SIGNATURE]
    texts = [signatures[i] for i in ids]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8, workers=-1)
    return clusters(ids, ((a, b) for a, b in zip(*np.nonzero(scores)) if a < b))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'pages':>6} {'copies':>7} {'all-with-all':>13} {'buckets':>9} {'ratio':>6} {'ms/page':>8}  same clusters")
    for n in args.sizes:
        signatures = pages(n)
        old, new = [], []
        for _ in range(args.repeat):  # alternate, so that both meet the same load on a shared machine
            started = time.perf_counter()
            expected = exhaustive(signatures)
            old.append(time.perf_counter() - started)
            started = time.perf_counter()
            got = near_duplicates(signatures)
            new.append(time.perf_counter() - started)
        t_old, t_new = statistics.median(old), statistics.median(new)
        print(f"{n:>6} {len(got):>7} {t_old:>12.2f}s {t_new:>8.2f}s {t_new / t_old:>6.2f} {1000 * t_new / n:>8.2f}  "
              f"{'yes' if got == expected else 'NO'}")


if __name__ == "__main__":
    main()
