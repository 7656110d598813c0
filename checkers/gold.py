"""Score produced claims against a gold file (the scoring documented in each gold file's how_to_score)."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from checkers.clauses import CUT_AT_COPULA

from checkers.records import Claim


@dataclass(frozen=True)
class GoldScore:
    article: str
    recall: float
    precision: float
    produced: int
    missed: tuple[str, ...]
    unmatched: tuple[str, ...]  # produced check-worthy claims that match no gold claim
    violations: tuple[str, ...]  # not_checkworthy sentences that yielded a check-worthy claim


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def matches(claim_text: str, gold: dict) -> bool:
    text = _norm(claim_text)
    keys_ok = all(any(_norm(alt) in text for alt in key.split("|")) for key in gold["keys"])
    return keys_ok and not any(_norm(f) in text for f in gold.get("forbid", []))


def score(claims: list[Claim], gold: dict) -> GoldScore:
    worthy = [c for c in claims if c.checkworthy]
    missed = tuple(g["id"] for g in gold["claims"] if not any(matches(c.text, g) for c in worthy))
    unmatched = tuple(c.text for c in worthy if not any(matches(c.text, g) for g in gold["claims"]))
    # An entry is the first 50 characters of a sentence (the whole sentence when shorter).
    bad = [_norm(s.strip()) for s in gold.get("not_checkworthy", []) if s.strip()]
    violations = tuple(sorted({c.sentence for c in worthy if any(_norm(c.sentence.strip()).startswith(b) for b in bad)}))
    n_gold = len(gold["claims"])
    return GoldScore(
        article=gold["article"], recall=(n_gold - len(missed)) / n_gold if n_gold else 1.0,
        precision=(len(worthy) - len(unmatched)) / len(worthy) if worthy else 0.0, produced=len(worthy),
        missed=missed, unmatched=unmatched, violations=violations)


def corpus_split(paths: list[Path]) -> dict[Path, str]:
    """The real-article corpus halves, by article: within each language, in name order, alternate
    articles go to ``fit`` (rules may be developed looking at them) and ``held`` (only their totals
    are read). Fixed by the names alone, so it is the same on every machine and for every change."""
    halves: dict[Path, str] = {}
    for language in ("de", "en"):
        ours = sorted(p for p in paths if p.name.endswith(f".{language}.claims.json"))
        halves.update({p: "fit" if i % 2 == 0 else "held" for i, p in enumerate(ours)})
    return halves


@dataclass(frozen=True)
class Totals:
    gold: int
    found: int  # gold claims matched
    produced: int  # check-worthy claims produced
    right: int  # produced claims that match a gold claim
    violations: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.produced if self.produced else 0.0


def totals(results: list[tuple[GoldScore, int]]) -> Totals:
    """Micro-averaged over articles: (score, number of gold claims) pairs."""
    return Totals(gold=sum(n for _, n in results), found=sum(n - len(r.missed) for r, n in results),
                  produced=sum(r.produced for r, _ in results),
                  right=sum(r.produced - len(r.unmatched) for r, _ in results),
                  violations=sum(len(r.violations) for r, _ in results))


def load_gold(path: str | Path) -> tuple[dict, Path]:
    """The gold file and the article file it names (in the same folder)."""
    path = Path(path)
    gold = json.loads(path.read_text("utf-8"))
    return gold, path.with_name(gold["article"])


# A claim cut in the wrong place, told by its shape alone: it ends on an article or a conjunction ("... a read speed of
# 3150 megabytes per second on both a"), puts one subject inside another ("InfoNation: Consumers: down 5
# percent"), or is a piece of fewer than three words. Counted over whole pages of real text that have no
# gold (``benchmarks/claims_quality.py --aeb-scan``), so that "nothing absurd" is measured, not only read.
_DANGLING = re.compile(r"\b(?:the|a|and|or|der|die|das|den|dem|des|und|oder)$")
# (an article or a conjunction, in lower case: "in Group A" ends on a name; a preposition may end a clause,
# "... came into contact with", and German "an" is a verb's particle, "bietet ... an")
_NESTED = re.compile(r"^[^:]{1,30}: [^:]{1,25}: ")


def odd_shape(claim_text: str) -> str | None:
    """Why a claim's shape shows it was cut wrongly ("dangling", "nested", "piece"), or None."""
    text = claim_text.rstrip(" .,;:")
    if _DANGLING.search(text) or CUT_AT_COPULA.search(text):  # or, in English, on a copula with nothing after it
        return "dangling"
    if _NESTED.search(text):
        return "nested"
    if len(text.split()) < 3:
        return "piece"
    return None
