"""Claim extraction quality on every gold file: tests/gold/ (CI-gated) and tests/gold/heldout/ (written
without looking at the rules; reported, not tuned on).

    .venv/bin/python benchmarks/claims_quality.py [--details]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.gold import load_gold, score
from checkers.settings import Settings

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="list missed and unmatched claims")
    args = parser.parse_args()
    print(f"{'gold file':52} {'recall':>7} {'prec.':>7} {'claims':>7} {'violations':>10}")
    for path in sorted(GOLD.glob("*.claims.json")) + sorted((GOLD / "heldout").glob("*.claims.json")):
        gold, article_path = load_gold(path)
        result = score(split_claims(article_from_text(article_path.read_text("utf-8"), Settings())), gold)
        name = str(path.relative_to(GOLD))
        print(f"{name:52} {result.recall:7.2f} {result.precision:7.2f} {result.produced:7d} {len(result.violations):10d}")
        if args.details:
            for item in result.missed:
                print(f"    missed: {item}")
            for item in result.unmatched:
                print(f"    unmatched: {item}")
            for item in result.violations:
                print(f"    violation: {item}")


if __name__ == "__main__":
    main()
