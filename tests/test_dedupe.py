import json
import random

import numpy as np
from rapidfuzz import fuzz, process

from checkers.dedupe import MIN_SIGNATURE, near_duplicates, signature

from conftest import REPO

STORY = ("Alibaba will invest more than its planned 380 billion yuan in AI infrastructure, chief executive Eddie Wu "
         "said on Wednesday at the company's Apsara Conference in Hangzhou. The cloud unit also announced its first "
         "data centres in Brazil, France and the Netherlands. ") * 3


def test_syndicated_copies_cluster_to_the_first():
    rnd = random.Random(7)
    copy = STORY.replace("Wednesday", "Wednesday (Reuters)")
    other = " ".join(rnd.sample(STORY.split(), len(STORY.split())))  # same words, another text
    dups = near_duplicates({"a": signature(STORY), "b": signature(copy), "c": signature(other),
                            "d": signature("Too short to count.")})
    assert dups == {"b": "a"}


def test_no_sources_no_duplicates():
    assert near_duplicates({}) == {} and near_duplicates({"a": signature(STORY)}) == {}


def _exhaustive(signatures: dict[str, str], threshold: float = 90.0) -> set[tuple[str, str]]:
    """Every pair at or above the threshold, by comparing all with all (what the buckets must not miss)."""
    ids = [i for i, s in signatures.items() if len(s) >= MIN_SIGNATURE]
    scores = process.cdist([signatures[i] for i in ids], [signatures[i] for i in ids], scorer=fuzz.ratio,
                           score_cutoff=threshold, workers=-1)
    return {(ids[a], ids[b]) for a, b in zip(*np.nonzero(scores)) if a < b}


def test_the_buckets_find_every_copy_the_full_comparison_finds_on_real_pages():
    """The real AEB texts, with copies of a third of them as syndication makes them: an agency line and a
    footer added, the end trimmed, up to a tenth of the words replaced. Every pair the all-with-all
    comparison finds at ratio 90 is found, and each copy clusters to its original."""
    truth = json.loads((REPO.parent / "shared" / "benchmarks" / "aeb" / "ground-truth.json").read_text("utf-8"))
    texts = [t for t in (v.get("articleBody") or "" for v in truth.values()) if len(t) > 400]
    rnd = random.Random(11)
    signatures = {f"page{i}": signature(t) for i, t in enumerate(texts)}
    for i, text in enumerate(texts[::3]):
        words = text.split()
        edits = (f"By Agency Staff | Updated {i} hours ago\n{text}\nRead more: related stories",
                 " ".join(words[:int(len(words) * 0.9)]),
                 " ".join(w if rnd.random() > 0.02 + 0.01 * (i % 8) else rnd.choice(["the", "said", "new"])
                          for w in words))
        signatures[f"copy{i}"] = signature(edits[i % 3])
    pairs = _exhaustive(signatures)
    assert len(pairs) >= len(texts[::3]) * 0.9  # the copies are copies
    dups = near_duplicates(signatures)
    found = {(a, b) for a, b in pairs if dups.get(b, b) == dups.get(a, a)}
    assert found == pairs
