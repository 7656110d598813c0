"""Fit the rules' confidence calibration on real labelled claims and write checkers/data/calibration.json.

Raw confidences (decide_calibrate off) of the rules' verdicts on the fitted part of the real sets in
../shared/benchmarks/verdicts/ (the same 3 in 5 claims the verdict model is fitted on,
benchmarks/train_verdicts.py) are sorted and pooled into blocks whose share of right verdicts never
falls as confidence rises (pool adjacent violators: an isotonic fit). Each block becomes a point (mean
raw confidence, share right). The held-back part of each set is then reported with the calibrated
confidences: expected calibration error and a reliability table. ``--dev FILE ...`` fits on eval files
instead (the team's own sets were used before real ones were at hand).

    .venv/bin/python benchmarks/calibrate.py [--dev DEV.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from train_verdicts import load_sets, part

from checkers.evaluate import calibration_error, load_items, reliability, verify_item
from checkers.settings import Settings

TARGET = Path(__file__).resolve().parents[1] / "checkers" / "data" / "calibration.json"
MIN_BLOCK = 30  # verdicts per point at least: fewer would fit the noise of a small set


def isotonic(pairs: list[tuple[float, bool]]) -> list[tuple[float, float]]:
    blocks: list[list[float]] = []  # [sum raw, sum right, count]
    grouped: dict[float, list[float]] = {}
    for raw, right in pairs:  # equal confidences are one observation group, whatever their order
        g = grouped.setdefault(raw, [0.0, 0.0, 0.0])
        g[0] += raw
        g[1] += float(right)
        g[2] += 1
    for raw in sorted(grouped):
        blocks.append(grouped[raw])
        while len(blocks) > 1 and (blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]
                                   or blocks[-2][2] < MIN_BLOCK):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    while len(blocks) > 1 and blocks[-1][2] < MIN_BLOCK:  # a small last block joins the one before it
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    # Laplace's rule of succession keeps a small block away from 0 and 1.
    return [(round(s / n, 4), round((r + 1) / (n + 2), 4)) for s, r, n in blocks]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dev", nargs="+", help="fit on these eval files instead of the real sets")
    args = parser.parse_args()
    raw_settings = Settings().replace(decide_calibrate=False)
    sets = load_sets()
    if args.dev:
        dev, fitted_on = [item for path in args.dev for item in load_items(path)], args.dev
    else:
        dev = [i for n, items in sets.items() for i in items if part(n, i) == "fit"]
        fitted_on = [f"{n} (fitted part)" for n in sets]
    pairs = [(v.confidence, v.verdict == item.label) for item in dev
             for v in [verify_item(item, raw_settings)] if item.label]
    points = isotonic(pairs)
    TARGET.write_text(json.dumps({"fitted_on": fitted_on, "items": len(pairs), "points": points}, indent=1), "utf-8")
    print(f"{len(points)} calibration points from {len(pairs)} verdicts -> {TARGET}")
    for raw, share in points:
        print(f"  raw {raw:.3f} -> {share:.3f}")
    from checkers import decide

    decide._calibration.cache_clear()
    for n, items in sets.items():
        held = [i for i in items if part(n, i) == "held"]
        calibrated = [(v.confidence, v.verdict == item.label) for item in held for v in [verify_item(item, Settings())]]
        print(f"{n} (held-back part): expected calibration error {calibration_error(calibrated):.3f}; " +
              ", ".join(f"{r['confidence']} {r['accuracy']:.2f} ({r['verdicts']})" for r in reliability(calibrated)))


if __name__ == "__main__":
    main()
