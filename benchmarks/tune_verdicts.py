"""Choose the matcher's and decider's thresholds on the dev split only (tests/eval/dev.jsonl and tests/eval/dev2/dev2.jsonl), by
macro-F1 over supported/contradicted/unverified, then report them once on the held-back test split.

    .venv/bin/python benchmarks/tune_verdicts.py [--dev DEV.jsonl ...] [--test tests/eval/test.jsonl]

Prints the grid's best settings; copy them into checkers/settings.py by hand (a person decides).
"""

from __future__ import annotations

import argparse
import itertools
import time

from checkers.evaluate import load_items, metrics, verify_item
from checkers.settings import Settings

GRID = {
    "match_min_score": [40.0, 45.0],
    "decide_min_support": [45.0, 50.0, 55.0],
    "match_weight_numbers": [0.35, 0.5, 0.7],
    "match_weight_entities": [0.2, 0.3],
    "match_min_predicate": [34.0, 50.0],
    "decide_mixed_ratio": [0.5, 0.8],
}


def score(items, settings: Settings) -> dict:
    return metrics([(i.label, verify_item(i, settings).verdict) for i in items if i.label])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", nargs="+", default=["tests/eval/dev.jsonl", "tests/eval/dev2/dev2.jsonl"])
    parser.add_argument("--test", default="tests/eval/test.jsonl")
    args = parser.parse_args()
    dev = [item for path in args.dev for item in load_items(path)]
    base = Settings()
    started = time.perf_counter()
    results = []
    for values in itertools.product(*GRID.values()):
        params = dict(zip(GRID, values))
        if params["decide_min_support"] < params["match_min_score"]:
            continue
        results.append((score(dev, base.replace(**params))["macro_f1"], params))
    results.sort(key=lambda r: -r[0])
    print(f"{len(results)} settings tried on {len(dev)} dev items in {time.perf_counter() - started:.0f} s")
    current = score(dev, base)["macro_f1"]
    print(f"current defaults: dev macro-F1 {current:.3f}")
    for f1, params in results[:5]:
        print(f"  dev macro-F1 {f1:.3f}  {params}")
    best = base.replace(**results[0][1])
    test = load_items(args.test)
    for name, settings in (("current defaults", base), ("best on dev", best)):
        m = score(test, settings)
        print(f"test ({name}): macro-F1 {m['macro_f1']:.3f}, accuracy {m['accuracy']:.3f}")


if __name__ == "__main__":
    main()
