"""Fit the verdict model on real labelled claims and write checkers/data/verdict_model.json.

The training data are the externally labelled sets in ../shared/benchmarks/verdicts/ (health claims vs.
paper abstracts, fact-checked real-world claims, COVID claims with word-swap refutations, German NLI).
Each set is split by claim (by premise for XNLI) with a hash of the claim's text: 3 in 5 claims are
fitted on, the other 2 in 5 are only ever measured (benchmarks/verdicts_real.py). Every item goes through
the matcher as in ``veracity eval``; its signals (checkers/verdict_model.py) are the features.

The fit: a multinomial logistic regression (scikit-learn, L2) on standardised signals, each set weighing
the same and, within a set, each label the same. Cross-validation on the fitted part (five folds by
claim) gives each fitted item the probabilities of a model that never saw it; for each claim language,
a monotone map of whether the chosen label was right on the probability it was given is the confidence
calibration (each set weighing the same), stored as points: an isotonic regression or Platt's logistic
curve. The regularisation strength and the calibration are the pair of GRID_C x CALIBRATORS with the
best cross-validated macro-F1 among those calibrated within 0.05 on every set, the calibration error
measured on folds the calibration was not fitted on. Everything is deterministic: run it twice and the
file is the same, byte for byte (``--check`` compares with the shipped file).

    .venv/bin/python benchmarks/train_verdicts.py [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from collections import Counter
from dataclasses import dataclass

import numpy as np
import sklearn
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from checkers.evaluate import Item, calibration_error, item_evidence, load_items, metrics
from checkers.settings import Settings
from checkers.verdict_model import LABELS, SIGNALS, calibrated, signals

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks" / "verdicts"
TARGET = ROOT / "checkers" / "data" / "verdict_model.json"
GRID_C = (0.03, 0.1, 0.3, 1.0)  # the logistic regression's inverse regularisation strength
SETS = {  # file -> licence as stated upstream (../shared/benchmarks/verdicts/README.md)
    "healthver_dev": "HealthVer (sarrouti/HealthVer @ b20ac99c): no licence stated in the repository",
    "averitec_dev": "AVeriTeC (MichSchli/AVeriTeC @ 7c62d1ec): CC BY-NC 4.0",
    "covidfact": "COVID-Fact (asaakyan/covidfact @ ceeb613c): no licence stated in the repository",
    "xnli_de": "XNLI German (LSX-UniWue/SuperGLEBer @ 5d3c59a9): CC BY-NC 4.0",
}


def _hash(name: str, item: Item) -> str:
    key = item.evidence[0] if name == "xnli_de" and item.evidence else item.claim  # XNLI: by premise
    return hashlib.sha256(f"{name}\n{' '.join(key.lower().split())}".encode()).hexdigest()


def part(name: str, item: Item) -> str:
    """'fit' or 'held': the same for every item of one claim, on every machine."""
    return "fit" if int(_hash(name, item)[:8], 16) % 5 < 3 else "held"


def fold(name: str, item: Item) -> int:
    """The cross-validation fold (0-4) of a fitted item, by claim."""
    return int(_hash(name, item)[8:16], 16) % 5


def load_sets(folder: Path = SHARED) -> dict[str, list[Item]]:
    missing = [n for n in SETS if not (folder / f"{n}.jsonl").exists()]
    if missing:
        sys.exit(f"error: {folder} lacks {', '.join(missing)} (see its README)")
    return {n: [i for i in load_items(folder / f"{n}.jsonl") if i.label in LABELS] for n in SETS}


def signal_rows(items: list[Item], settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """The signals of each item, and whether the matcher found any evidence for it (without, the verdict
    is unverified whatever a model would say: there is no sentence to show)."""
    rows, found = [], []
    for item in items:
        claim, evidence, _ = item_evidence(item, settings)
        values = signals(claim, evidence)
        rows.append([values[name] for name in SIGNALS])
        found.append(bool(evidence))
    return np.array(rows), np.array(found)


def _weights(names: list[str], y: np.ndarray) -> np.ndarray:
    """Each set weighs the same in all, and within a set each label it has."""
    w = np.zeros(len(y))
    sets = sorted(set(names))
    for n in sets:
        mine = np.array([x == n for x in names])
        labels = np.unique(y[mine])
        for label in labels:
            sel = mine & (y == label)
            w[sel] = 1.0 / (len(sets) * len(labels) * sel.sum())
    return w * len(y)


@dataclass(frozen=True)
class _Fitted:
    mean: np.ndarray
    scale: np.ndarray
    model: LogisticRegression

    def proba(self, x: np.ndarray) -> np.ndarray:
        return self.model.predict_proba((x - self.mean) / self.scale)


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, c: float) -> _Fitted:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-8).fit((x - mean) / scale, y, sample_weight=w)
    return _Fitted(mean, scale, model)


def _macro_f1_by_set(names: list[str], y: np.ndarray, predicted: np.ndarray) -> float:
    """The mean over sets of each set's macro-F1, as ``veracity eval`` computes it."""
    return float(np.mean([metrics([(LABELS[g], LABELS[p]) for g, p, n in zip(y, predicted, names) if n == name])
                          ["macro_f1"] for name in sorted(set(names))]))


def _cross_validated(x: np.ndarray, y: np.ndarray, w: np.ndarray, folds: np.ndarray, c: float) -> np.ndarray:
    """Each fitted item's probabilities from a model fitted without its fold (folds by claim)."""
    proba = np.zeros((len(y), len(LABELS)))
    for k in range(5):
        train_, test = folds != k, folds == k
        proba[test] = _fit(x[train_], y[train_], w[train_], c).proba(x[test])
    return proba


CALIBRATORS = ("isotonic", "sigmoid")  # sklearn's two calibrations: a step function, or Platt's logistic curve


def _calibration(proba: np.ndarray, y: np.ndarray, names: list[str], languages: np.ndarray,
                 kind: str) -> dict[str, list]:
    """Per claim language, a monotone map from the chosen label's probability to the share right, each
    set weighing the same (a confidence should hold on each kind of claim, not on the largest set's),
    stored as points: an isotonic regression's steps, or Platt's logistic curve on the probability's
    logit sampled at 51 points."""
    per_set = Counter(names)
    weight = np.array([len(y) / per_set[n] for n in names])
    out = {}
    for lang in sorted(set(languages)):
        mine = languages == lang
        top, right = proba[mine].max(axis=1), proba[mine].argmax(axis=1) == y[mine]
        if kind == "isotonic":
            iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(top, right,
                                                                                     sample_weight=weight[mine])
            points = zip(iso.X_thresholds_, iso.y_thresholds_)
        else:
            platt = LogisticRegression(C=1e6, max_iter=5000, tol=1e-10).fit(_logit(top)[:, None], right,
                                                                              sample_weight=weight[mine])
            grid = np.linspace(1 / len(LABELS), 1.0, 51)
            points = zip(grid, platt.predict_proba(_logit(grid)[:, None])[:, 1])
        out[str(lang)] = [list(p) for p in sorted({(round(float(a), 4), round(float(b), 4)) for a, b in points})]
    return out


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def _calibrated(proba: np.ndarray, languages: np.ndarray, calibration: dict[str, list]) -> np.ndarray:
    """The confidence each verdict gets from ``calibration``, as the shipped model computes it."""
    return np.array([calibrated(calibration, p, lang) for p, lang in zip(proba.max(axis=1), languages)])


def _held_calibration_error(proba: np.ndarray, y: np.ndarray, names: list[str], languages: np.ndarray,
                            folds: np.ndarray, kind: str) -> float:
    """The largest expected calibration error over the sets, each item's confidence from a calibration
    fitted without its fold: a calibration measured on what it was fitted on looks better than it is
    (an isotonic map fits its own noise), and could not choose between calibrations."""
    confidence = np.zeros(len(y))
    for k in range(5):
        train_, test = folds != k, folds == k
        fitted = _calibration(proba[train_], y[train_], [n for n, t in zip(names, train_) if t], languages[train_], kind)
        confidence[test] = _calibrated(proba[test], languages[test], fitted)
    right = proba.argmax(axis=1) == y
    return max(calibration_error([(cf, bool(ok)) for cf, ok, n in zip(confidence, right, names) if n == name])
               for name in set(names))


def train(sets: dict[str, list[Item]], settings: Settings) -> dict:
    names, xs, ys, folds, found = [], [], [], [], []
    for n, items in sets.items():
        fitted = [i for i in items if part(n, i) == "fit"]
        x_n, found_n = signal_rows(fitted, settings)
        xs.append(x_n)
        found.append(found_n)
        ys += [LABELS.index(i.label) for i in fitted]
        folds += [fold(n, i) for i in fitted]
        names += [n] * len(fitted)
    x, y, folds_a, with_evidence = np.vstack(xs), np.array(ys), np.array(folds), np.concatenate(found)
    # Without evidence the verdict is unverified: how often that was right, over all such fitted claims.
    none = ~with_evidence
    no_evidence_right = float(np.mean(y[none] == 2)) if none.any() else 1.0
    x, y, folds_a = x[with_evidence], y[with_evidence], folds_a[with_evidence]
    names = [n for n, keep in zip(names, with_evidence) if keep]
    languages = np.where(x[:, list(SIGNALS).index("german")] > 0.5, "de", "en")
    w = _weights(names, y)  # over the items the model decides
    # The regularisation and the calibration: chosen by cross-validation on the fitted part, the best
    # mean over sets of macro-F1 among the pairs whose calibrated confidence is within 0.05 of the share
    # right on every set (else the best calibrated); the stronger regularisation on a tie.
    scores = {}
    for c in GRID_C:
        proba = _cross_validated(x, y, w, folds_a, c)
        f1 = _macro_f1_by_set(names, y, proba.argmax(axis=1))
        for kind in CALIBRATORS:
            scores[(c, kind)] = (f1, _held_calibration_error(proba, y, names, languages, folds_a, kind),
                                 _calibration(proba, y, names, languages, kind))
    honest = [k for k in scores if scores[k][1] <= 0.05] or [min(scores, key=lambda k: scores[k][1])]
    c, kind = max(honest, key=lambda k: (round(scores[k][0], 4), -k[0], -round(scores[k][1], 4)))
    final = _fit(x, y, w, c)
    assert list(final.model.classes_) == [0, 1, 2]
    r = lambda a: [round(float(v), 6) for v in a]  # noqa: E731 (six digits: the same file on every run)
    return {
        "what": "multinomial logistic regression over checkers/verdict_model.py SIGNALS; "
                "rebuilt by benchmarks/train_verdicts.py",
        "labels": list(LABELS), "signals": list(SIGNALS), "mean": r(final.mean), "scale": r(final.scale),
        "coef": [r(row) for row in final.model.coef_], "intercept": r(final.model.intercept_),
        "calibration": scores[(c, kind)][2], "no_evidence_right": round(no_evidence_right, 4),
        "chosen_by_cross_validation": {"C": c, "calibration": kind, "mean_macro_f1": round(scores[(c, kind)][0], 4),
                                       "worst_set_calibration_error": round(scores[(c, kind)][1], 4)},
        "trained_on": {n: {"items_fitted_with_evidence": names.count(n), "licence": SETS[n]} for n in SETS},
        "split": "by claim (XNLI: by premise), sha256 of set name and text: 3 in 5 fitted, 2 in 5 held back",
        "sklearn": sklearn.__version__,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="rebuild and compare with the shipped file")
    args = parser.parse_args()
    built = json.dumps(train(load_sets(), Settings().replace(decide_model=True)), indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = TARGET.exists() and TARGET.read_text("utf-8") == built
        print("verdict model: rebuilt identically" if same else "verdict model: the rebuild differs")
        sys.exit(0 if same else 1)
    TARGET.write_text(built, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
