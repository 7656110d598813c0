"""The verdict model: a claim and its evidence -> signals -> P(supported), P(contradicted), P(unverified).

The signals are the matcher's explainable comparisons (term coverage, rapidfuzz similarity, entities,
figures, negation, opposite poles) and a few cues of the evidence's own wording (hedges, "no evidence",
denials), each a number in 0-1. A multinomial logistic regression over them was fitted on real, externally
labelled claim/evidence sets (``benchmarks/train_verdicts.py``, which rebuilds
``checkers/data/verdict_model.json`` exactly; the training sets, their split and licences are recorded in
that file). A verdict's confidence is the model's probability for it, mapped through a calibration
(Platt's logistic curve or an isotonic map, whichever cross-validation found truer) fitted on
cross-validated predictions for claims in the same language, so that 0.7 means right about 7 times in
10 on real data.

Being linear, the model explains itself: each signal's contribution to the winning label is its weight
times its standardised value, and the rationale names the largest ones.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from rapidfuzz import fuzz, process

from checkers.match import RATING_AGAINST, Features, entity_coverage, features, predicate_coverage, term_coverage
from checkers.records import Claim, Evidence
from checkers.text import detect_language

LABELS = ("supported", "contradicted", "unverified")

# What the evidence's own words say about how sure it is. These are cues of a source sentence, not of a
# claim (the claim splitter's hedges decide what is a claim): an abstract's "may" or "suggests" is the
# commonest way a paper states a finding it has not shown.
_HEDGE = re.compile(r"\b(?:may|might|could|suggests?|suggested|possibl[ey]|potential(?:ly)?|likely|unclear|unknown|"
                    r"uncertain|preliminary|further (?:research|studies|study)|vielleicht|möglicherweise|"
                    r"könnte[n]?|unklar|wahrscheinlich|vermutlich|deutet darauf hin)\b", re.I)
_NO_EVIDENCE = re.compile(r"\b(?:no|not enough|insufficient|little|limited|lack of) (?:scientific |clinical )?"
                          r"(?:evidence|proof|data)\b|\bno record\b|\bkeine (?:\w+ )?(?:belege|beweise|hinweise|daten)\b|"
                          r"\bnicht belegt\b|\bweder belegen noch (?:ausschließen|widerlegen)\b", re.I)
# A denial is a fact-checker's word against a claim (the ratings' list), or a question answered "No".
_ANSWERED_NO = re.compile(r"\?\s*No\b")

_WORD = re.compile(r"\w+")
_TOP = 3

# The signals in the order the model's weights are stored; each is in 0-1.
SIGNALS: dict[str, str] = {
    "score": "the matcher's relevance of the best sentence",
    "second": "the relevance of the second-best sentence",
    "coverage": "share of the claim's words the best sentence uses (term coverage)",
    "similarity": "rapidfuzz token-set similarity of the claim and the best sentence",
    "wording": "rapidfuzz token-set similarity of the claim's and the closest sentence's own words",
    "word_pairs": "share of the claim's word pairs (bigrams) that the evidence has in the same order",
    "predicate": "share of what the claim says of its entities that the best sentence says",
    "entities": "share of the claim's entities the best sentence names",
    "missing": "share of the claim's terms none of the three best sentences uses",
    "near_miss": "one claim term only spelled like an evidence term (a swapped or altered word)",
    "numbers_agree": "one of the three best sentences states the claim's figure",
    "numbers_disagree": "one of the three best sentences states another figure for the claim's measure",
    "has_figures": "the claim states a figure",
    "has_entities": "the claim names an entity",
    "negation": "exactly one of the claim and the best sentence is negated",
    "opposite": "the claim and one of the three best sentences name opposite poles (rose/fell, profit/loss)",
    "claim_negated": "the claim itself is negated",
    "hedge": "the best sentence hedges (may, suggests, unclear)",
    "no_evidence": "one of the five most relevant sources says the evidence is lacking",
    "denial": "the five most relevant sources call something false, fake or misleading",
    "rule_supports": "one of the three best sentences the matcher's rules read as support",
    "rule_contradicts": "one of the three best sentences the matcher's rules read as contradiction",
    # Pairs: a cue counts for more in a sentence that says what the claim says.
    "negation_on_topic": "negation times coverage",
    "opposite_on_topic": "opposite poles times coverage",
    "near_miss_on_topic": "a near-miss term times coverage",
    "missing_on_topic": "missing terms times coverage",
    "denial_on_topic": "denial cues times coverage",
    "hedge_on_topic": "a hedge times coverage",
    "german_negated": "a negated German claim",
    "coverage_squared": "coverage squared (near-complete coverage counts more)",
    "wording_squared": "word similarity squared",
    "same_wording": "word similarity times word pairs kept",
    "claim_length": "how many terms the claim has",
    "german": "the claim is German",
}


def signals(claim: Claim, evidence: Sequence[Evidence]) -> dict[str, float]:
    """The model's inputs for one claim and the evidence the matcher found for it."""
    cf = features(claim.text, claim.language, claim.quantities, whole_text_measure=True)
    sentences = [ev for ev in evidence if ev.kind == "sentence"]
    out = dict.fromkeys(SIGNALS, 0.0)
    out.update(has_figures=float(bool(cf.figures)), has_entities=float(bool(cf.entities)),
               claim_negated=float(cf.negated), german=float(claim.language == "de"),
               claim_length=min(1.0, math.log1p(len(cf.terms)) / 3), missing=1.0 if cf.terms else 0.0,
               german_negated=float(cf.negated and claim.language == "de"))
    if not sentences:
        return out
    ranked = sorted(sentences, key=lambda e: (-e.score, e.url, e.span))
    best = ranked[0]
    bf = _sentence_features(best.sentence)
    # Only the few best sentences count: a claim checked against a whole web has hundreds of sentences,
    # one in a labelled set a handful, and how many there are says nothing about the claim.
    top = ranked[:_TOP]
    evidence_terms = frozenset().union(*(_sentence_features(e.sentence).terms for e in top))
    absent = sorted(cf.terms - evidence_terms)
    near = 0
    if absent and evidence_terms:
        pool = sorted(evidence_terms)
        near = sum(1 for term, row in zip(absent, process.cdist(absent, pool, scorer=fuzz.ratio))
                   if 60 <= max(row) < 100 and len(term) >= 4)
    texts = " ".join(e.sentence for e in top)
    # What the best sentence of each of the five most relevant sources says of the matter (a denial
    # is often a source's own best sentence: "The claim is false", "Did he say so? No.").
    leads: dict[str, Evidence] = {}
    for e in ranked:
        leads.setdefault(e.source_id, e)
    voices = " ".join(e.sentence for e in list(leads.values())[:5])
    own = claim.text.lower()
    wording = max(fuzz.token_set_ratio(own, e.sentence.lower()) for e in top) / 100
    claim_words = _WORD.findall(own)
    pairs = set(zip(claim_words, claim_words[1:]))
    found_words = _WORD.findall(texts.lower())
    word_pairs = len(pairs & set(zip(found_words, found_words[1:]))) / len(pairs) if pairs else 0.0
    out.update(
        score=best.score / 100, second=ranked[1].score / 100 if len(ranked) > 1 else 0.0,
        coverage=term_coverage(cf, bf) / 100, similarity=fuzz.token_set_ratio(cf.term_string, bf.term_string) / 100,
        wording=wording, word_pairs=word_pairs, predicate=predicate_coverage(cf, bf) / 100, entities=entity_coverage(cf, bf) / 100,
        missing=len(absent) / len(cf.terms) if cf.terms else 0.0, near_miss=float(near == 1),
        numbers_agree=float(any(e.numbers == "agree" for e in top)),
        numbers_disagree=float(any(e.numbers == "disagree" for e in top)),
        negation=float(best.negation), opposite=float(any(e.opposite for e in top)),
        hedge=float(bool(_HEDGE.search(best.sentence))), no_evidence=float(bool(_NO_EVIDENCE.search(voices))),
        denial=min(1.0, (len(RATING_AGAINST.findall(voices)) + len(_ANSWERED_NO.findall(voices))) / 3),
        rule_supports=float(any(e.stance == "supports" for e in top)),
        rule_contradicts=float(any(e.stance == "contradicts" for e in top)),
    )
    coverage = out["coverage"]
    out.update({f"{cue}_on_topic": out[cue] * coverage for cue in ("negation", "opposite", "near_miss", "missing",
                                                                     "denial", "hedge")})
    out.update(coverage_squared=coverage ** 2, wording_squared=out["wording"] ** 2,
               same_wording=out["wording"] * out["word_pairs"])
    return out


@lru_cache(maxsize=20_000)
def _sentence_features(sentence: str) -> Features:
    return features(sentence, detect_language(sentence))


@dataclass(frozen=True)
class VerdictModel:
    labels: tuple[str, ...]
    signals: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # labels x signals
    intercept: np.ndarray
    # For each claim language: (raw probability of the chosen label, share right) points.
    calibration: dict[str, tuple[tuple[float, float], ...]]
    no_evidence_right: float  # how often "unverified" was right where the matcher found no evidence

    def _standard(self, values: dict[str, float]) -> np.ndarray:
        return (np.array([values[name] for name in self.signals]) - self.mean) / self.scale

    def probabilities(self, values: dict[str, float]) -> dict[str, float]:
        logits = self.coef @ self._standard(values) + self.intercept
        p = np.exp(logits - logits.max())
        return dict(zip(self.labels, (p / p.sum()).tolist()))

    def confidence(self, probability: float, language: str) -> float:
        """The share of verdicts given with this probability to claims in this language that were right
        in cross-validation (the same probability means more on a German claim than on an English one)."""
        return calibrated(self.calibration, probability, language)

    def reasons(self, values: dict[str, float], label: str, n: int = 3) -> list[str]:
        """The signals that pushed most towards ``label`` against the other labels, as "name value"."""
        i = self.labels.index(label)
        z = self._standard(values)
        lift = (self.coef[i] - np.delete(self.coef, i, axis=0).mean(axis=0)) * z
        order = [j for j in np.argsort(-lift) if lift[j] > 0][:n]
        return [f"{self.signals[j]} {values[self.signals[j]]:.2f}" for j in order]


def calibrated(calibration: Mapping[str, Sequence[Sequence[float]]], probability: float, language: str) -> float:
    """A probability through the calibration points of a claim's language (English where there are none)."""
    points = calibration.get(language) or calibration.get("en")
    xs, ys = zip(*points) if points else ((0.0, 1.0), (0.0, 1.0))
    return float(np.interp(probability, xs, ys))


MODEL_FILE = "data/verdict_model.json"


@lru_cache(maxsize=1)
def load_model() -> VerdictModel | None:
    path = resources.files("checkers").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return model_from_dict(json.loads(path.read_text("utf-8")))


def model_from_dict(raw: dict) -> VerdictModel:
    if tuple(raw["signals"]) != tuple(SIGNALS):
        raise ValueError("the verdict model was fitted on other signals: rebuild it (benchmarks/train_verdicts.py)")
    return VerdictModel(labels=tuple(raw["labels"]), signals=tuple(raw["signals"]),
                        mean=np.array(raw["mean"]), scale=np.array(raw["scale"]), coef=np.array(raw["coef"]),
                        intercept=np.array(raw["intercept"]),
                        calibration={lang: tuple((float(x), float(y)) for x, y in points)
                                     for lang, points in raw["calibration"].items()},
                        no_evidence_right=float(raw["no_evidence_right"]))
