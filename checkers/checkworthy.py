"""Is a sentence check-worthy? A logistic model over cues a reader can check, fitted on real articles.

The hard cases stay rules in ``checkers.claims`` (questions, calls to action, exclamations, lead-ins,
datelines, headings). For every other sentence the cues below are weighed by a logistic regression
fitted on real published articles with gold claims by annotators who never saw this code (the fit half
of ``../shared/corpus/claims`` and the seed article): `benchmarks/train_checkworthy.py` rebuilds
``checkers/data/checkworthy.json`` exactly, and reports the held half it did not see.

A cue is a number in [0, 1]; the model is a weighted sum and a logistic function, so a decision can
be explained by the cues that carried it (``explain``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from checkers.entities import find_entities, is_adjective, named
from checkers.quantities import parse_quantities
from checkers.text import DATE_WORDS, words

QUOTE_OPEN = "\"„“»‚'"
ATTRIBUTION = re.compile(r"\b(?:sagte|sagt|sagten|erklärte|erklärt|schrieb|betonte|so|laut|zufolge|said|says|"
                         r"wrote|added|told|according to|explained|stated|announced)\b", re.IGNORECASE)
PREDICTION = re.compile(
    r"\b(?:dürfte[n]?|könnte[n]?|wird\s+(?:\w+\s+){0,6}(?:werden|sein|müssen)|werden\s+(?:\w+\s+){1,6}werden|"
    r"nächste[nrs]?\s+(?:Quartal\w*|Jahr\w*|Monat\w*|Woche\w*|Geschäftsjahr\w*)|künftig\w*|"
    r"will\s+(?:\w+\s+){0,3}be|is expected to|are expected to|could|might|next (?:quarter|year|month)|"
    r"expects?|predicts?|forecasts?|prognostiziert|erwartet|rechnet mit)\b",
    re.IGNORECASE,
)
BELIEF = re.compile(r"\b(?:ist überzeugt|sind überzeugt|glaubt|meint|hofft|is convinced|believes?|hopes?|"
                    r"it seems|scheint)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:could|might|may|would|should|perhaps|probably|possibly|dürfte\w*|könnte\w*|sollte\w*|"
                    r"würde\w*|wohl|vielleicht|möglicherweise|wahrscheinlich)\b", re.IGNORECASE)
# A quotation: four words or more between quotation marks (a quoted term, "Physical AI", is not one).
_QUOTATION = re.compile(r"[\"„“»]([^\"„“”»«]{1,400})[\"“”«]")
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|ich|wir|uns|unser\w*|mein\w*)\b")
_DEMONSTRATIVE = re.compile(r"^(?:Diese[rsmn]?|Dies|Das ist|This|These|Those|That is|It is|Es ist)\b")
_CONTRAST_OPEN = re.compile(r"^(?:Doch|Aber|Allerdings|Immerhin|But|However|Yet|Still)\b")
FEATURES = ("figure", "date", "other_entities", "person", "main_only", "no_entity", "quote_open", "quoted",
            "attribution", "first_person", "modal", "prediction", "belief", "demonstrative_open",
            "contrast_open", "short", "long", "lead")


def cues(sentence: str, language: str, main: str | None, position: int) -> dict[str, float]:
    """The cues of one sentence; ``position`` is its index among the article's sentences."""
    ents = [e for e in find_entities(sentence, language) if not is_adjective(e)]
    main_key = frozenset({main.casefold()}) if main else frozenset()
    others = [e for e in ents if not (main and named(e.key, main_key))]
    # A year is a date, not a figure. (Parsed as the clause splitter will see the sentence, so that the
    # parse is shared with its claims.)
    figure = any(q.unit != "date" for q in parse_quantities(sentence.rstrip(" ."), language))
    date = bool(DATE_WORDS.search(sentence))
    n_words = len(words(sentence))
    return {
        "figure": float(figure),
        "date": float(date),
        "other_entities": min(len(others), 3) / 3,
        "person": float(any(e.kind == "person" for e in ents)),
        "main_only": float(bool(ents) and not others and not figure and not date),
        "no_entity": float(not ents),
        "quote_open": float(sentence[:1] in QUOTE_OPEN),
        "quoted": float(any(len(m.group(1).split()) >= 4 for m in _QUOTATION.finditer(sentence))),
        "attribution": float(bool(ATTRIBUTION.search(sentence))),
        "first_person": float(bool(_FIRST_PERSON.search(sentence))),
        "modal": float(bool(_MODAL.search(sentence))),
        "prediction": float(bool(PREDICTION.search(sentence))),
        "belief": float(bool(BELIEF.search(sentence))),
        "demonstrative_open": float(bool(_DEMONSTRATIVE.match(sentence))),
        "contrast_open": float(bool(_CONTRAST_OPEN.match(sentence))),
        "short": float(n_words < 6),
        "long": float(n_words > 30),
        "lead": float(position < 3),
    }


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, values: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights[name] * values[name] for name in FEATURES)
        return 1.0 / (1.0 + math.exp(-z))

    def explain(self, values: dict[str, float], top: int = 3) -> str:
        """The cues that pushed the decision most, with their signed contributions."""
        parts = sorted(((self.weights[n] * values[n], n) for n in FEATURES if values[n]), key=lambda x: -abs(x[0]))
        return ", ".join(f"{n.replace('_', ' ')} {w:+.1f}" for w, n in parts[:top])


@lru_cache(maxsize=1)
def model() -> Model:
    data = json.loads(resources.files("checkers").joinpath("data/checkworthy.json").read_text("utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError("checkers/data/checkworthy.json was fitted on other cues: "
                           "rebuild it with benchmarks/train_checkworthy.py")
    return Model(weights=dict(zip(data["features"], data["weights"])), intercept=data["intercept"],
                 threshold=data["threshold"])


def checkworthy(sentence: str, language: str, main: str | None, position: int) -> tuple[bool, float, str]:
    """(check-worthy?, the model's probability, the cues that made it commentary when it is)."""
    m = model()
    values = cues(sentence, language, main, position)
    p = m.probability(values)
    return p >= m.threshold, p, "" if p >= m.threshold else m.explain(values)
