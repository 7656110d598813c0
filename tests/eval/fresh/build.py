#!/usr/bin/env python3
"""Build fresh.jsonl from the hand-written item sources in src/.

Evidence order is shuffled per item with a fixed seed, so the relevant
source(s) end up at varying positions. Run: python3 build.py
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from fillers import FILLERS  # noqa: E402
import de_a, de_b, en_a, en_b  # noqa: E402,E401


def main():
    rows = []
    filler_use = collections.Counter()
    for lang, mods in (("de", (de_a, de_b)), ("en", (en_a, en_b))):
        for mod in mods:
            for n, label, claim, evidence in mod.ITEMS:
                iid = f"fr-{lang}-{n:03d}"
                texts = []
                for ev in evidence:
                    if ev.startswith("@"):
                        key = ev[1:]
                        filler_use[key] += 1
                        texts.append(FILLERS[key])
                    else:
                        texts.append(ev)
                random.Random("fresh-" + iid).shuffle(texts)
                rows.append({"id": iid, "claim": claim, "language": lang,
                             "evidence": texts, "label": label})
    over = {k: v for k, v in filler_use.items() if v > 2}
    if over:
        sys.exit(f"filler used more than twice: {over}")
    rows.sort(key=lambda r: r["id"])
    out = os.path.join(HERE, "fresh.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items to {out}")


if __name__ == "__main__":
    main()
