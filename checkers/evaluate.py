"""Verdicts against labelled claims: ``veracity eval``.

Each item is ``{"id", "claim", "language", "evidence": [source text, ...], "label"}``. The claim is
verified against its own evidence only, by the same matcher and decider the pipeline uses; a claim put
as a yes/no question ("Stimmt es, dass ...?", "Did ...?") is checked as the assertion it asks about.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from checkers.clauses import german_finite
from checkers.decide import decide_verdict
from checkers.entities import find_entities
from checkers.errors import InputError
from checkers.match import match_claims
from checkers.quantities import parse_quantities
from checkers.records import VERDICTS, Claim, Evidence, Source, Verdict
from checkers.settings import Settings
from checkers.text import detect_language

MACRO_LABELS = ("supported", "contradicted", "unverified")
_QUESTION_LEAD = re.compile(
    r"^(?:stimmt es,? dass|ist es wahr,? dass|trifft es zu,? dass|is it true that|is it correct that|"
    r"did|does|do|is|are|was|were|has|have|had|will|can|hat|haben|ist|sind|war|waren|wird|wurde|wurden|kann)\s+",
    re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    id: str
    claim: str
    language: str
    evidence: tuple[str, ...]
    label: str | None


def load_items(path: str | Path) -> list[Item]:
    items = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            items.append(Item(id=str(raw["id"]), claim=str(raw["claim"]), language=str(raw.get("language") or "en"),
                              evidence=tuple(str(e) for e in raw.get("evidence", [])), label=raw.get("label")))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not an eval item ({exc})") from exc
        if items[-1].label is not None and items[-1].label not in VERDICTS:
            raise InputError(f"{path}:{n}: label must be one of {', '.join(VERDICTS)}")
    return items


def as_assertion(claim: str, language: str) -> str:
    """ "Stimmt es, dass die Inflation auf 2,2 Prozent fiel?" -> "die Inflation auf 2,2 Prozent fiel". A
    German yes/no question that opens with its verb keeps the verb, in lower case, so that it is read as
    the verb it is, not as a name: "Hilft Vitamin D gegen Covid-19?" -> "hilft Vitamin D gegen Covid-19"."""
    text = claim.strip()
    if not text.endswith("?"):
        return text
    text = _QUESTION_LEAD.sub("", text.rstrip("?").strip()).strip()
    first, _, rest = text.partition(" ")
    if language == "de" and rest and first[:1].isupper() and german_finite(first):
        text = f"{first.lower()} {rest}"
    return text


def item_evidence(item: Item, settings: Settings) -> tuple[Claim, list[Evidence], dict[str, str]]:
    """The claim of an item, the evidence the matcher finds for it in the item's own texts, and each
    text's domain (one voice each): what the decider sees."""
    lang = item.language if item.language in ("de", "en") else detect_language(item.claim)
    text = as_assertion(item.claim, lang)
    claim = Claim(id=item.id, article_id="eval", position=0, sentence=item.claim, span=(0, len(item.claim)),
                  text=text, language=lang, checkworthy=True, quantities=parse_quantities(text, lang),
                  entities=find_entities(text, lang))
    sources = [Source(id=f"{item.id}/{i}", url=f"eval://{item.id}/{i}", provider="eval", final_url=None,
                      domain=f"source-{i}", fetched_at=None, http_status=None, etag=None, last_modified=None,
                      content_hash=None, title=None, published_at=None, language=detect_language(ev), text=ev)
               for i, ev in enumerate(item.evidence)]
    return claim, match_claims([claim], sources, settings), {s.id: s.domain for s in sources}


def verify_item(item: Item, settings: Settings) -> Verdict:
    claim, evidence, domains = item_evidence(item, settings)
    return decide_verdict(claim, evidence, settings, domains)


def metrics(pairs: list[tuple[str, str]]) -> dict:
    """Accuracy, per-class precision/recall/F1 and macro-F1 over supported/contradicted/unverified."""
    per_class = {}
    for label in VERDICTS:
        tp = sum(1 for gold, pred in pairs if gold == pred == label)
        predicted = sum(1 for _, pred in pairs if pred == label)
        actual = sum(1 for gold, _ in pairs if gold == label)
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        per_class[label] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                            "support": actual, "predicted": predicted}
    accuracy = sum(1 for gold, pred in pairs if gold == pred) / len(pairs) if pairs else 0.0
    # Over the three labels, leaving out one that neither the gold nor the predictions use (as sklearn).
    used = [label for label in MACRO_LABELS if per_class[label]["support"] or per_class[label]["predicted"]]
    macro = sum(per_class[label]["f1"] for label in used) / len(used) if used else 0.0
    return {"items": len(pairs), "accuracy": accuracy, "macro_f1": macro, "per_class": per_class,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(Counter(pairs).items())}}


def breakdown(predictions: list[tuple[Item, Verdict]]) -> dict[str, dict]:
    """Macro-F1 and accuracy per claim language, and for cross-lingual items (evidence only in the
    other language) apart."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for item, verdict in predictions:
        if not item.label:
            continue
        groups.setdefault(f"language {item.language}", []).append((item.label, verdict.verdict))
        langs = {detect_language(e) for e in item.evidence}
        if langs and item.language not in langs:
            groups.setdefault("cross-lingual", []).append((item.label, verdict.verdict))
    return {name: {k: v for k, v in metrics(pairs).items() if k in ("items", "accuracy", "macro_f1")}
            for name, pairs in sorted(groups.items())}


def calibration_error(scored: list[tuple[float, bool]], bins: int = 10) -> float:
    """Expected calibration error: over ten equal confidence bins, the gap between the confidence said
    and the share right, weighted by the share of verdicts in the bin."""
    if not scored:
        return 0.0
    total = 0.0
    for b in range(bins):
        inside = [(c, ok) for c, ok in scored if b / bins <= c < (b + 1) / bins or (b == bins - 1 and c == 1.0)]
        if inside:
            total += abs(sum(c for c, _ in inside) / len(inside) - sum(ok for _, ok in inside) / len(inside)) * len(inside)
    return total / len(scored)


def reliability(scored: list[tuple[float, bool]], bins: int = 5) -> list[dict]:
    """Confidence bins with the share of verdicts in each that were right: calibration at a glance."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [ok for conf, ok in scored if lo <= conf < hi or (b == bins - 1 and conf == 1.0)]
        if inside:
            out.append({"confidence": f"{lo:.1f}-{hi:.1f}", "verdicts": len(inside),
                        "accuracy": sum(inside) / len(inside)})
    return out
