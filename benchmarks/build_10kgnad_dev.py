"""Write the texts of ``tests/gold/10kgnad/`` (gold this team labelled on DER STANDARD articles of the
10kGNAD data set) into ``../labels/10kgnad/``, from the data set's ``test.csv``.

The texts are CC BY-NC-SA 4.0 and never enter this repository; each gold file names its line of
``test.csv`` (``source_detail``: "test.csv line N"), where the text splits into sub-headline and body
(``split_at``) and the SHA-256 of the file written, so that the text is exactly the one labelled.

    .venv/bin/python benchmarks/build_10kgnad_dev.py path/to/10kGNAD/test.csv
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "10kgnad"
OUT = REPO.parent / "labels" / "10kgnad"


def article(line: str, split_at: int) -> str:
    """The article of one ``Label;Text`` row: the CSV's outer single quotes dropped, the sub-headline on
    a line of its own, a blank line, the body."""
    text = line.split(";", 1)[1].rstrip("\n")
    if len(text) > 1 and text[0] == text[-1] == "'":
        text = text[1:-1]
    return f"{text[:split_at].rstrip()}\n\n{text[split_at:].lstrip()}\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv", type=Path, help="10kGNAD's test.csv")
    args = parser.parse_args()
    try:
        rows = args.csv.read_text("utf-8").split("\n")
    except OSError as exc:
        print(f"error: cannot read {args.csv}: {exc.strerror}", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for path in sorted(GOLD.glob("*.claims.json")):
        gold = json.loads(path.read_text("utf-8"))
        row = re.search(r"test\.csv line (\d+)", gold["source_detail"])
        if not row:
            print(f"error: {path.name} names no row of test.csv", file=sys.stderr)
            return 2
        n = int(row.group(1))
        text = article(rows[n - 1], gold["split_at"])
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != gold["sha256"]:
            print(f"error: line {n} of {args.csv} is not the text {path.name} was labelled on", file=sys.stderr)
            return 2
        (OUT / gold["article"]).write_text(text, "utf-8")
        print(f"wrote {OUT / gold['article']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
