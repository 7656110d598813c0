"""decide_verdict: a claim's Evidence -> a Verdict with a confidence and a rationale a person can check.

With ``decide_model`` on, the verdict is the fitted verdict model's (checkers/verdict_model.py: signals
of the claim and its evidence -> probabilities fitted on real labelled claims), its confidence the
model's calibrated probability; but a fact-checker's rating of the same claim, or a sentence that takes
a side by the claim's figure, still decides by the rules below (real labelled sets hold too few figure
comparisons to fit their weight).

Otherwise the rules decide, on the matcher's stances: each domain counts once per side (its strongest
sentence), so a story syndicated across pages of one site is one voice; trusted domains weigh 1.5.
Support and contradiction are combined as independent votes, ``1 - prod(1 - p_i)``, with p_i = 0.6 x
score/100 x weight; the weaker side at least ``decide_mixed_ratio`` of the stronger -> mixed; else the
stronger side decides.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources

from checkers.records import Claim, Evidence, Verdict
from checkers.settings import Settings
from checkers.verdict_model import LABELS, VerdictModel, load_model, signals


def decide_verdict(claim: Claim, evidence: list[Evidence], settings: Settings,
                   domains: dict[str, str] | None = None) -> Verdict:
    domains = domains or {}
    # Ties go to the same sentence whatever order the evidence came in (fresh from this run's pages or
    # reused from an earlier comparison): the strongest first, then by URL and position.
    evidence = sorted(evidence, key=lambda e: (-e.score, e.url, e.span, e.kind, e.sentence))
    model = load_model() if settings.decide_model else None
    # The model sees every candidate sentence; the rules' sides only those the matcher keeps without it.
    ruled = [ev for ev in evidence if _kept_by_rules(ev, settings)] if model is not None else evidence
    # A page speaks with one voice: where its sentences take both sides (the claim's figure stated for
    # another measure next to the claim's measure with another figure), its most relevant one counts.
    sides: dict[str, dict[str, Evidence]] = {"supports": {}, "contradicts": {}}
    taking_sides = [ev for ev in ruled if ev.stance in sides]
    voice: dict[str, Evidence] = {}
    for ev in taking_sides:
        key = ev.source_id + _review(ev)
        if key not in voice or ev.score > voice[key].score:
            voice[key] = ev
    for ev in taking_sides:
        if voice[ev.source_id + _review(ev)].stance != ev.stance:
            continue
        domain = domains.get(ev.source_id, ev.url) + _review(ev)
        best = sides[ev.stance].get(domain)
        if best is None or ev.score > best.score:
            sides[ev.stance][domain] = ev
    strength = {side: _combine(list(by_domain.items()), settings) for side, by_domain in sides.items()}
    pro, con = strength["supports"], strength["contradicts"]
    n_sources = len(set(sides["supports"]) | set(sides["contradicts"]))
    reviewed = any(ev.kind == "review" and ev.stance in sides for ev in evidence)
    # Where a sentence takes a side by the claim's figure (same measure, same period), the comparison
    # decides: the real labelled sets hold too few figure comparisons to fit a weight for them.
    by_figures = any(ev.numbers in ("agree", "disagree") and ev.stance in sides for ev in ruled)
    both_sides = bool(pro and con) and min(pro, con) >= settings.decide_mixed_ratio * max(pro, con)
    if model is not None and not reviewed and not by_figures:
        return _model_verdict(claim, evidence, model, n_sources, both_sides)
    evidence = ruled
    if pro == 0 and con == 0:
        verdict, confidence = "unverified", 0.5 if evidence else 0.7
    elif min(pro, con) >= settings.decide_mixed_ratio * max(pro, con):
        verdict, confidence = "mixed", 0.5 + 0.4 * min(pro, con)
    elif pro > con:
        verdict, confidence = "supported", 0.5 + 0.5 * (pro - con)
    else:
        verdict, confidence = "contradicted", 0.5 + 0.5 * (con - pro)
    chosen = sorted(sides["supports"].values(), key=lambda e: -e.score)[:3] + \
        sorted(sides["contradicts"].values(), key=lambda e: -e.score)[:3]
    if settings.decide_calibrate:
        confidence = calibrate(confidence)
    return Verdict(claim_id=claim.id, verdict=verdict, confidence=round(min(confidence, 0.99), 3),
                   n_sources=n_sources, rationale=_rationale(verdict, chosen, evidence), evidence=tuple(chosen))


def _kept_by_rules(ev: Evidence, settings: Settings) -> bool:
    """Whether the matcher keeps a sentence with the model off (checkers.match)."""
    return ev.kind == "review" or ev.score >= settings.match_min_score and (
        ev.lexical >= settings.match_min_lexical or ev.numbers == "agree" or ev.entities > 0)


def _model_verdict(claim: Claim, evidence: list[Evidence], model: VerdictModel, n_sources: int,
                   both_sides: bool) -> Verdict:
    if not evidence:
        return Verdict(claim_id=claim.id, verdict="unverified", confidence=round(model.no_evidence_right, 3),
                       n_sources=0, rationale=_rationale("unverified", [], evidence), evidence=())
    values = signals(claim, evidence)
    probs = model.probabilities(values)
    verdict = max(LABELS, key=lambda label: probs[label])
    confidence = model.confidence(probs[verdict], claim.language)
    why = ", ".join(model.reasons(values, verdict)) or "no signal stands out"
    # The model knows no "mixed" (no real labelled set has enough of them to fit or calibrate it on):
    # where sources take both sides, the verdict says so and keeps the model's label and confidence.
    if both_sides:
        why += "; sources take both sides"
    if verdict == "unverified":
        return Verdict(claim_id=claim.id, verdict=verdict, confidence=round(confidence, 3), n_sources=0,
                       rationale=f"{_rationale(verdict, [], evidence)} (model: {why})", evidence=())
    side = "supports" if verdict == "supported" else "contradicts"
    # The sentences shown are those the matcher read as taking the verdict's side, else the most relevant.
    chosen = sorted(evidence, key=lambda e: (e.stance != side, -e.score, e.url, e.span))[:3]
    parts = [f"{ev.url} ({ev.score:.0f}/100){_signs(ev)}: \"{ev.sentence}\"" for ev in chosen]
    return Verdict(claim_id=claim.id, verdict=verdict, confidence=round(min(confidence, 0.99), 3),
                   n_sources=len({e.source_id for e in chosen}) or n_sources,
                   rationale=f"{verdict} (model: {why}): " + " | ".join(parts), evidence=tuple(chosen))


def _signs(ev: Evidence) -> str:
    """The comparisons behind a sentence, for a rationale: its figures and its polarity."""
    numbers = f" [numbers: {ev.number_detail}]" if ev.number_detail else ""
    return numbers + (" [one side is negated]" if ev.negation else " [opposite directions]" if ev.opposite else "")


def _review(ev: Evidence) -> str:
    """A fact-checker's rating is a voice apart from the sentences of the page that carries it."""
    return "#review" if ev.kind == "review" else ""


@lru_cache(maxsize=1)
def _calibration() -> list[tuple[float, float]]:
    path = resources.files("checkers").joinpath("data/calibration.json")
    return [tuple(p) for p in json.loads(path.read_text("utf-8"))["points"]] if path.is_file() else []


def calibrate(raw: float) -> float:
    """The share of verdicts with this raw confidence that were right on the labelled dev set
    (isotonic fit by benchmarks/calibrate.py, stored in checkers/data/calibration.json)."""
    points = _calibration()
    if not points:
        return raw
    if raw <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if raw <= x1:
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
    return points[-1][1]


def fingerprint(verdict: Verdict) -> str:
    """What a verdict rests on: its verdict, and the sources, sentences and sides of its evidence. Equal
    fingerprints mean nothing a reader would see has changed."""
    parts = [verdict.verdict] + sorted(f"{e.url}|{e.sentence}|{e.stance}" for e in verdict.evidence)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _combine(items: list[tuple[str, Evidence]], settings: Settings) -> float:
    remaining = 1.0
    for domain, ev in items:
        trusted = any(domain == d or domain.endswith("." + d) for d in settings.decide_trusted_domains)
        weight = 1.5 if trusted or ev.kind == "review" else 1.0  # fact-checkers' ratings weigh as trusted
        remaining *= 1.0 - min(0.95, 0.6 * ev.score / 100.0 * weight)
    return 1.0 - remaining


def _rationale(verdict: str, chosen: list[Evidence], evidence: list[Evidence]) -> str:
    if not chosen:
        near = max(evidence, key=lambda e: e.score, default=None)
        if near is None:
            return "No source sentence speaks to this claim."
        return (f"No source states it: the closest sentence ({near.score:.0f}/100, {near.url}) does not "
                f"confirm or contradict the claim: \"{near.sentence}\"")
    parts = []
    for ev in chosen:
        verb = "supports" if ev.stance == "supports" else "contradicts"
        parts.append(f"{ev.url} {verb} ({ev.score:.0f}/100){_signs(ev)}: \"{ev.sentence}\"")
    return f"{verdict}: " + " | ".join(parts)
