"""The AEB article-extraction benchmark's data and metric (../shared/benchmarks/aeb/README.md)."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

AEB_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "aeb"
_TOKEN = re.compile(r"\w+")


def load_aeb(root: Path = AEB_DIR) -> list[tuple[str, str, str]]:
    """(url, html, gold article body) for every page of the benchmark."""
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    return [(item["url"], gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8"),
             item["articleBody"]) for page_id, item in sorted(truth.items())]


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text)
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def score_extraction(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Mean precision and recall over pages (each page's counts normalised by tp+fp+fn), and their F1."""
    precisions, recalls = [], []
    for extracted, gold in pairs:
        e, g = _shingles(extracted), _shingles(gold)
        tp, fp, fn = sum((e & g).values()), sum((e - g).values()), sum((g - e).values())
        total = tp + fp + fn
        if not total:
            continue
        tp, fp, fn = tp / total, fp / total, fn / total
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
