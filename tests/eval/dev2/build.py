#!/usr/bin/env python3
"""Build dev2.jsonl from the hand-written sources src_de.txt and src_en.txt.

Source format: blocks starting with '## <tag>', then 'C: claim', 'L: label',
and one 'E: evidence text' line per source. Item order and evidence order are
shuffled with fixed seeds so labels and relevant sources land at random positions.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse(path):
    items, cur = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("## "):
            cur = {"tag": line[3:].strip(), "claim": None, "label": None, "evidence": []}
            items.append(cur)
        elif line.startswith("C: "):
            cur["claim"] = line[3:].strip()
        elif line.startswith("L: "):
            cur["label"] = line[3:].strip()
        elif line.startswith("E: "):
            cur["evidence"].append(line[3:].strip())
        else:
            raise ValueError(f"unexpected line in {path.name}: {line[:60]}")
    return items


def main():
    out = []
    for lang, fname, seed in (("de", "src_de.txt", 20250601), ("en", "src_en.txt", 20250602)):
        items = parse(HERE / fname)
        rng = random.Random(seed)
        rng.shuffle(items)
        for n, it in enumerate(items, 1):
            iid = f"d2-{lang}-{n:03d}"
            ev = list(it["evidence"])
            random.Random(iid).shuffle(ev)
            out.append({"id": iid, "claim": it["claim"], "language": lang,
                        "evidence": ev, "label": it["label"]})
    with open(HERE / "dev2.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} items")


if __name__ == "__main__":
    main()
