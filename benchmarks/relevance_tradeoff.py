"""How much relevance the verdict model can demand before it loses the real claims: the trade-off.

The verdict model (``decide_model``) sees every sentence that shares a term with a claim, and on the real
labelled sets much of the right evidence shares little more (38 % of HealthVer's held-back claims share no
content word with their evidence at all: "not a laboratory construct" against "contact with intermediate
host animals"). Against a web about other things the same openness gives wrong verdicts (the unrelated-web
check). This script refits the model, as ``benchmarks/train_verdicts.py`` does (C = 0.1), on the fitted
part of each set keeping only claims whose best sentence reaches a relevance threshold, and for each
threshold prints the mean macro-F1 on the held-back parts (below the threshold: unverified) and the
supported/contradicted verdicts on the unrelated web (``benchmarks/unrelated_web.py``).

    .venv/bin/python benchmarks/relevance_tradeoff.py [--thresholds 0 0.25 0.3 0.4 0.5]
"""

from __future__ import annotations

import argparse
import statistics

import numpy as np
from train_verdicts import _fit, _weights, load_sets, part
from unrelated_web import CORPUS, demo_sources

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.evaluate import item_evidence, metrics
from checkers.match import match_claims
from checkers.settings import Settings
from checkers.verdict_model import LABELS, SIGNALS, signals

_SCORE = list(SIGNALS).index("score")


def _rows(settings: Settings) -> tuple[dict[str, list[tuple[str, list[float], bool, int]]], list[list[float]]]:
    sets: dict[str, list[tuple[str, list[float], bool, int]]] = {}
    for name, items in load_sets().items():
        rows = []
        for item in items:
            claim, evidence, _ = item_evidence(item, settings)
            values = signals(claim, evidence)
            rows.append((part(name, item), [values[s] for s in SIGNALS], bool(evidence), LABELS.index(str(item.label))))
        sets[name] = rows
    sources, unrelated = demo_sources(), []
    for path in sorted(CORPUS.glob("*.txt")):
        claims = [c for c in split_claims(article_from_text(path.read_text("utf-8"), settings)) if c.checkworthy]
        by_claim: dict[str, list] = {}
        for e in match_claims(claims, sources, settings):
            by_claim.setdefault(e.claim_id, []).append(e)
        unrelated += [[signals(c, by_claim[c.id])[s] for s in SIGNALS] for c in claims if by_claim.get(c.id)]
    return sets, unrelated


def tradeoff(thresholds: list[float]) -> list[dict]:
    sets, unrelated = _rows(Settings().replace(decide_model=True))
    out = []
    for t in thresholds:
        kept = lambda found, x: found and x[_SCORE] >= t  # noqa: E731
        fitted = [(n, x, y) for n, rows in sets.items() for p, x, found, y in rows if p == "fit" and kept(found, x)]
        y = np.array([r[2] for r in fitted])
        model = _fit(np.array([r[1] for r in fitted]), y, _weights([r[0] for r in fitted], y), 0.1)
        f1 = {}
        for name, rows in sets.items():
            held = [r for r in rows if r[0] == "held"]
            said = model.proba(np.array([r[1] for r in held])).argmax(axis=1)
            pairs = [(LABELS[r[3]], LABELS[s] if kept(r[2], r[1]) else "unverified") for r, s in zip(held, said)]
            f1[name] = round(metrics(pairs)["macro_f1"], 3)
        on_unrelated = [x for x in unrelated if x[_SCORE] >= t]
        decided = int((model.proba(np.array(on_unrelated)).argmax(axis=1) < 2).sum()) if on_unrelated else 0
        out.append({"threshold": t, "macro_f1": f1, "mean": round(statistics.mean(f1.values()), 3),
                    "unrelated_decided": decided})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.0, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5])
    args = parser.parse_args()
    print(f"{'relevance >=':>12}  {'mean F1':>7}  {'unrelated web':>13}  per set (held-back macro-F1)")
    for r in tradeoff(args.thresholds):
        per_set = "  ".join(f"{n} {v:.3f}" for n, v in r["macro_f1"].items())
        print(f"{r['threshold']:>12.2f}  {r['mean']:>7.3f}  {r['unrelated_decided']:>13}  {per_set}")


if __name__ == "__main__":
    main()
