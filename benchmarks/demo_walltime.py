"""Wall time of the README's main job (`veracity demo`, Prefect start included) on this machine.

Runs the demo N times on a fresh database each time, and, as a same-run baseline, a Prefect flow that
does nothing (the fixed cost of starting a temporary Prefect server). Prints medians and the ratio.

    .venv/bin/python benchmarks/demo_walltime.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
EMPTY_FLOW = "from prefect import flow\n@flow\ndef nothing():\n    return 1\nnothing()\n"


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    demo, baseline = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            baseline.append(timed([sys.executable, "-c", EMPTY_FLOW]))
            demo.append(timed([str(BIN / "veracity"), "demo", "--db", f"{tmp}/run{i}.duckdb"]))
    d, b = statistics.median(demo), statistics.median(baseline)
    print(f"veracity demo: median {d:.1f} s over {args.runs} runs ({', '.join(f'{x:.1f}' for x in demo)})")
    print(f"empty Prefect flow (baseline): median {b:.1f} s ({', '.join(f'{x:.1f}' for x in baseline)})")
    print(f"ratio demo / empty flow: {d / b:.2f}; the pipeline's own share: {d - b:.1f} s")


if __name__ == "__main__":
    main()
