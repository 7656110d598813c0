"""Write the texts of the development sets this team labelled on published articles whose text may not
enter this repository: ``tests/gold/10kgnad/`` (DER STANDARD articles of the 10kGNAD data set, CC BY-NC-SA,
into ``../labels/10kgnad/``) and ``tests/gold/bbc/`` (BBC News stories of Greene & Cunningham's data set,
into ``../labels/bbc/``).

Each gold file names its source (a row of 10kGNAD's ``test.csv`` with the split between sub-headline and
body, ``split_at``; or a file of the BBC data set) and the SHA-256 of the text as labelled, so that the
text written is exactly the one labelled.

    .venv/bin/python benchmarks/build_dev_texts.py 10kgnad path/to/10kGNAD/test.csv
    .venv/bin/python benchmarks/build_dev_texts.py bbc path/to/bbc    # the folder holding business/, sport/, ...
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO.parent / "labels"


def article(line: str, split_at: int) -> str:
    """The article of one 10kGNAD ``Label;Text`` row: the CSV's outer single quotes dropped, the
    sub-headline on a line of its own, a blank line, the body."""
    text = line.split(";", 1)[1].rstrip("\n")
    if len(text) > 1 and text[0] == text[-1] == "'":
        text = text[1:-1]
    return f"{text[:split_at].rstrip()}\n\n{text[split_at:].lstrip()}\n"


def bbc_story(raw: str) -> str:
    """A BBC data set file as labelled: each line without trailing spaces, one newline at the end."""
    return "\n".join(line.rstrip() for line in raw.rstrip().split("\n")) + "\n"


def _text(kind: str, source: Path, gold: dict, rows: list[str]) -> str | None:
    if kind == "10kgnad":
        row = re.search(r"test\.csv line (\d+)", gold["source_detail"])
        return article(rows[int(row.group(1)) - 1], gold["split_at"]) if row else None
    path = re.search(r":bbc/(\w+/\d+\.txt)$", gold["source"])
    if not path or not (source / path.group(1)).exists():
        return None
    return bbc_story((source / path.group(1)).read_text("latin-1" if b"\xa3" in (source / path.group(1)).read_bytes()
                                                      else "utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("10kgnad", "bbc"))
    parser.add_argument("source", type=Path, help="10kGNAD's test.csv, or the BBC data set's folder")
    args = parser.parse_args()
    try:
        rows = args.source.read_text("utf-8").split("\n") if args.kind == "10kgnad" else []
    except OSError as exc:
        print(f"error: cannot read {args.source}: {exc.strerror}", file=sys.stderr)
        return 2
    out = LABELS / args.kind
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((REPO / "tests" / "gold" / args.kind).glob("*.claims.json")):
        gold = json.loads(path.read_text("utf-8"))
        text = _text(args.kind, args.source, gold, rows)
        if text is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != gold["sha256"]:
            print(f"error: {args.source} does not hold the text {path.name} was labelled on", file=sys.stderr)
            return 2
        (out / gold["article"]).write_text(text, "utf-8")
        print(f"wrote {out / gold['article']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
