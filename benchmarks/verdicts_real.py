"""Verdicts on real, externally labelled claims: the held-back part of each set in ../shared/benchmarks/verdicts/.

For each set, on the 2 in 5 claims the verdict model was not fitted on (benchmarks/train_verdicts.py):
macro-F1 and contradicted recall of the verdicts (the model, and the rules it replaced, ``decide_model``
off), of the naive baseline (rapidfuzz token_set_ratio of claim and evidence and a negation word, its
threshold chosen on the set's fitted part), the expected calibration error of the confidences and a
reliability table.

    .venv/bin/python benchmarks/verdicts_real.py [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from typing import Any

from rapidfuzz import fuzz
from train_verdicts import load_sets, part

from checkers.evaluate import Item, calibration_error, metrics, reliability, verify_item
from checkers.settings import Settings

_NEGATION = re.compile(r"\b(?:not|no|never|nicht|kein\w*|nie)\b|n't", re.I)


def baseline(item: Item, threshold: float) -> str:
    """The one-line baseline: similar enough -> supported, unless exactly one side has a negation word."""
    claim = item.claim.lower()
    if not item.evidence or max(fuzz.token_set_ratio(claim, e.lower()) for e in item.evidence) < threshold:
        return "unverified"
    return "contradicted" if bool(_NEGATION.search(item.claim)) != any(_NEGATION.search(e) for e in item.evidence) \
        else "supported"


def _fit_baseline(items: list[Item]) -> float:
    return max(range(0, 101, 5), key=lambda t: (metrics([(str(i.label), baseline(i, t)) for i in items])["macro_f1"], -t))


def measure() -> dict[str, Any]:
    model, rules = Settings().replace(decide_model=True), Settings().replace(decide_model=False)
    out: dict[str, Any] = {}
    for name, items in load_sets().items():
        held = [i for i in items if part(name, i) == "held"]
        threshold = _fit_baseline([i for i in items if part(name, i) == "fit"])
        verdicts = [verify_item(i, model) for i in held]
        scored = [(v.confidence, v.verdict == i.label) for i, v in zip(held, verdicts)]
        result = {}
        gold = [str(i.label) for i in held]
        by_rules = [verify_item(i, rules) for i in held]
        for what, said in (("model", [v.verdict for v in verdicts]),
                           ("rules", [v.verdict for v in by_rules]),
                           ("baseline", [baseline(i, threshold) for i in held])):
            pairs = list(zip(gold, said))
            m = metrics(pairs)
            result[what] = {"macro_f1": round(m["macro_f1"], 3),
                            "contradicted_recall": round(m["per_class"]["contradicted"]["recall"], 3)}
        rules_scored = [(v.confidence, v.verdict == i.label) for i, v in zip(held, by_rules)]
        out[name] = {"held_items": len(held), **result, "ece": round(calibration_error(scored), 3),
                     "reliability": reliability(scored), "rules_ece": round(calibration_error(rules_scored), 3)}
    out["mean"] = {what: round(statistics.mean(out[n][what]["macro_f1"] for n in list(out)), 3)
                   for what in ("model", "rules", "baseline")}
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure()
    if args.json:
        print(json.dumps(result, indent=1))
        return
    print(f"{'set (held-back part)':22} {'items':>5}  {'model F1':>8} {'C rec':>5}  {'rules F1':>8}  "
          f"{'baseline F1':>11}  {'ECE':>5}  {'rules ECE':>9}")
    for name, r in result.items():
        if name == "mean":
            continue
        print(f"{name:22} {r['held_items']:5}  {r['model']['macro_f1']:8.3f} {r['model']['contradicted_recall']:5.2f}  "
              f"{r['rules']['macro_f1']:8.3f}  {r['baseline']['macro_f1']:11.3f}  {r['ece']:5.3f}  {r['rules_ece']:9.3f}")
        print("    reliability: " + ", ".join(f"{b['confidence']} {b['accuracy']:.2f} ({b['verdicts']})"
                                             for b in r["reliability"]))
    m = result["mean"]
    print(f"{'mean':22} {'':5}  {m['model']:8.3f} {'':5}  {m['rules']:8.3f}  {m['baseline']:11.3f}")


if __name__ == "__main__":
    main()
