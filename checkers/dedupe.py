"""Near-duplicate sources: one agency story syndicated on many sites is one voice, not many.

Each usable source is reduced to a signature (its first characters, case-folded, white space folded);
signatures are compared all against all with rapidfuzz's vectorised ``process.cdist`` and pairs at or
above the threshold are joined into clusters. Every member of a cluster maps to its first member.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

SIGNATURE_CHARS = 1500


def signature(text: str | None) -> str:
    return " ".join((text or "").casefold().split())[:SIGNATURE_CHARS]


def near_duplicates(signatures: dict[str, str], threshold: float = 90.0) -> dict[str, str]:
    """source id -> the id of the first source it duplicates (sources with no duplicate are left out)."""
    ids = [i for i, sig in signatures.items() if len(sig) >= 200]  # too short to call a copy
    if len(ids) < 2:
        return {}
    texts = [signatures[i] for i in ids]
    scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8, workers=-1)
    parent = list(range(len(ids)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b in zip(*np.nonzero(scores)):
        if a < b:
            ra, rb = root(int(a)), root(int(b))
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {ids[k]: ids[root(k)] for k in range(len(ids)) if root(k) != k}
