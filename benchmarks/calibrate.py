"""Fit the confidence calibration on the dev split and write checkers/data/calibration.json.

Raw confidences (decide_calibrate off) of the dev items' verdicts are sorted and pooled into blocks
whose share of right verdicts never falls as confidence rises (pool adjacent violators: an isotonic
fit). Each block becomes a point (mean raw confidence, share right). The test split is then reported
with the calibrated confidences as a reliability table.

    .venv/bin/python benchmarks/calibrate.py [--dev DEV.jsonl ...] [--test tests/eval/test.jsonl]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from checkers.evaluate import load_items, reliability, verify_item
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
    parser.add_argument("--dev", nargs="+", default=["tests/eval/dev.jsonl", "tests/eval/dev2/dev2.jsonl"])
    parser.add_argument("--test", default="tests/eval/test.jsonl")
    args = parser.parse_args()
    raw_settings = Settings().replace(decide_calibrate=False)
    dev = [item for path in args.dev for item in load_items(path)]
    pairs = [(v.confidence, v.verdict == item.label) for item in dev
             for v in [verify_item(item, raw_settings)] if item.label]
    points = isotonic(pairs)
    TARGET.write_text(json.dumps({"fitted_on": args.dev, "items": len(pairs), "points": points}, indent=1), "utf-8")
    print(f"{len(points)} calibration points from {len(pairs)} dev verdicts -> {TARGET}")
    for raw, share in points:
        print(f"  raw {raw:.3f} -> {share:.3f}")
    from checkers import decide

    decide._calibration.cache_clear()
    test = load_items(args.test)
    calibrated = [(v.confidence, v.verdict == item.label) for item in test
                  for v in [verify_item(item, Settings())] if item.label]
    print("reliability on the test split (calibrated confidence):")
    for row in reliability(calibrated):
        print(f"  {row['confidence']}: {row['verdicts']} verdicts, {row['accuracy']:.3f} right")


if __name__ == "__main__":
    main()
