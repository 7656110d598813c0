"""What the scripts that rebuild a shipped data file share: write it, or with ``--check`` fail unless the
shipped file is exactly what was rebuilt (a test runs each script so)."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, check: bool, done: str) -> None:
    if check:
        if out.read_text("utf-8") != text:
            sys.exit(f"error: {out} differs from what this script rebuilds")
        print(f"{out} is up to date")
        return
    out.write_text(text, "utf-8")
    print(done)
