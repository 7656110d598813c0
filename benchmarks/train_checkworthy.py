"""Fit the check-worthiness model (checkers/data/checkworthy.json) on real articles, and report the
articles it was not fitted on.

Training sentences: every sentence of the fit half of ``../shared/corpus/claims`` (split by article,
``checkers.gold.corpus_split``) and of the seed article (``../shared/seed``) that the hard rules of
``checkers.claims`` leave to the model. A sentence is positive when some gold claim's keys all occur in
it (the article's subject counted as named, since claims name it where the sentence refers back), and
negative when the annotators listed it as not check-worthy or no gold claim comes from it.

The regularisation strength and the decision threshold are chosen by cross-validation grouped by
article (each article's sentences are predicted by a model that never saw that article); the final
model is fitted on all training sentences. The held half is only scored, never looked at.

    .venv/bin/pip install scikit-learn     # a build dependency only: inference is a dot product
    .venv/bin/python benchmarks/train_checkworthy.py [--check]

``--check`` rebuilds the model in memory and fails if it differs from the shipped file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold

from checkers.article import article_from_text
from checkers.checkworthy import FEATURES, cues
from checkers.claims import hard_reason, main_subject, without_furniture
from checkers.gold import _norm, corpus_split, load_gold
from checkers.settings import Settings
from checkers.text import split_sentences
from rebuild import write_or_check

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "claims"
SEED = REPO.parent / "shared" / "seed"
OUT = REPO / "checkers" / "data" / "checkworthy.json"
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.20, 0.81, 0.05))


def sentences_of(gold_path: Path) -> list[tuple[list[float], int]]:
    gold, article_path = load_gold(gold_path)
    article = article_from_text(article_path.read_text("utf-8"), Settings())
    sentences = split_sentences(article.text, article.language)
    main = main_subject(article, sentences)
    listed = [_norm(x.strip())[:40] for x in gold.get("not_checkworthy", [])]
    hard = [hard_reason(sentence, article.text, start, end) for start, end, sentence in sentences]
    rows = []
    for position, (start, end, sentence) in enumerate(sentences):
        if hard[position]:
            continue
        body = without_furniture(sentence)
        if not body:
            continue
        text = _norm(f"{main or ''} {sentence}")
        positive = any(all(any(_norm(alt) in text for alt in key.split("|")) for key in g["keys"])
                       for g in gold["claims"])
        if any(_norm(sentence.strip()).startswith(x) for x in listed):
            positive = False
        values = cues(body, article.language, main, position)
        rows.append(([values[f] for f in FEATURES], int(positive)))
    return rows


def dataset(paths: list[Path]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, groups = [], [], []
    for g, path in enumerate(paths):
        for x, y in sentences_of(path):
            xs.append(x)
            ys.append(y)
            groups.append(g)
    return np.array(xs), np.array(ys), np.array(groups)


def fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000).fit(x, y)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true", help="fail if the shipped model is not what this rebuilds")
    args = parser.parse_args()
    corpus = sorted(CORPUS.glob("*.claims.json"))
    halves = corpus_split(corpus)
    train_paths = [p for p in corpus if halves[p] == "fit"] + sorted(SEED.glob("*.claims.json"))
    held_paths = [p for p in corpus if halves[p] == "held"]
    x, y, groups = dataset(train_paths)
    # Cross-validated choice of C and threshold, by article.
    folds = list(GroupKFold(n_splits=5).split(x, y, groups))
    best = (-1.0, 0.0, 0.0)
    for c in C_GRID:
        p = np.zeros(len(y))
        for train, test in folds:
            p[test] = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        for t in THRESHOLDS:
            f1 = f1_score(y, p >= t, average="macro")
            if f1 > best[0] + 1e-9:
                best = (f1, c, t)
    cv_f1, c, threshold = best
    model = fit(x, y, c)
    out = {
        "_comment": "Check-worthiness model; rebuilt exactly by benchmarks/train_checkworthy.py. Fitted on real "
                    "published articles (../shared/corpus/claims fit half, ../shared/seed); those texts stay outside "
                    "this repository, only these numbers are derived from them.",
        "features": list(FEATURES),
        "weights": [round(float(w), 4) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 4),
        "threshold": float(threshold),
        "C": c,
        "training": {"articles": [p.name.removesuffix(".claims.json") for p in train_paths],
                     "sentences": int(len(y)), "positive": int(y.sum()), "cv_macro_f1": round(cv_f1, 3)},
    }
    xh, yh, _ = dataset(held_paths)
    ph = model.predict_proba(xh)[:, 1] >= threshold
    print(f"training: {len(y)} sentences ({int(y.sum())} check-worthy) from {len(train_paths)} articles; "
          f"C={c}, threshold {threshold}; cross-validated macro-F1 {cv_f1:.3f}")
    print(f"held half (not fitted on): {len(yh)} sentences, macro-F1 {f1_score(yh, ph, average='macro'):.3f}, "
          f"check-worthy recall {float((ph & (yh == 1)).sum() / max(1, (yh == 1).sum())):.3f}")
    for name, w in sorted(zip(FEATURES, out["weights"]), key=lambda t: -abs(t[1])):
        print(f"  {name:20} {w:+.3f}")
    text = json.dumps(out, indent=1) + "\n"
    write_or_check(OUT, text, args.check, f"wrote {OUT}")


if __name__ == "__main__":
    main()
