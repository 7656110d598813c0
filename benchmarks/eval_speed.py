"""`veracity eval` wall time for 1,000 labelled items (target: under a minute), median of several runs.

The items are the labelled set's 360, repeated with new ids to reach the count; the command is run as a
user runs it, a fresh process each time.

    .venv/bin/python benchmarks/eval_speed.py [--items 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lines = [json.loads(l) for f in ("dev.jsonl", "test.jsonl") for l in (EVAL / f).read_text("utf-8").splitlines() if l]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "items.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for n, item in zip(range(args.items), itertools.cycle(lines)):
                fh.write(json.dumps({**item, "id": f"{item['id']}-{n}"}, ensure_ascii=False) + "\n")
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "flows.cli", "eval", str(path), "--out", str(Path(tmp) / "p.jsonl")],
                           check=True, capture_output=True, cwd=EVAL.parents[1])
            times.append(time.perf_counter() - started)
    print(f"veracity eval on {args.items} items: median {statistics.median(times):.1f} s "
          f"({', '.join(f'{t:.1f}' for t in times)}; target < 60 s)")


if __name__ == "__main__":
    main()
