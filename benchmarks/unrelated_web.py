"""The unrelated-web check: real articles checked against a web that is about other things.

Every article of ../shared/corpus/claims/ (20 real news articles) is split into claims, and the claims are
matched and decided against the pages of the bundled demo web (data/demo_web/: Alibaba, chip makers,
German markets), with the pipeline's own extract, match and decide stages (no network: the pages are
read from disk). Nothing there is about these articles, so every verdict should be ``unverified``; each
``supported``, ``contradicted`` or ``mixed`` is printed with the sentence behind it.

    .venv/bin/python benchmarks/unrelated_web.py [--model] [--json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from checkers.article import article_from_text
from checkers.claims import split_claims
from checkers.decide import decide_verdict
from checkers.extract import extract_page
from checkers.match import match_claims
from checkers.records import Page, Source
from checkers.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "claims"
DEMO_WEB = ROOT / "data" / "demo_web"


def demo_sources() -> list[Source]:
    sources = []
    for path in sorted(DEMO_WEB.rglob("*.html")):
        raw = path.read_bytes()
        body = raw.decode("iso-8859-1") if b"iso-8859-1" in raw[:500] else raw.decode("utf-8")
        url = f"http://demo.invalid/{path.relative_to(DEMO_WEB).as_posix()}"
        sources.append(extract_page(Page(url=url, provider="demo", final_url=url, status=200, body=body,
                                         content_type="text/html")))
    return [s for s in sources if s.ok]


def check(settings: Settings) -> dict[str, Any]:
    sources = demo_sources()
    domains = {s.id: s.domain for s in sources}
    wrong, claims_checked = [], 0
    for path in sorted(CORPUS.glob("*.txt")):
        claims = [c for c in split_claims(article_from_text(path.read_text("utf-8"), settings)) if c.checkworthy]
        claims_checked += len(claims)
        by_claim: dict[str, list] = {}
        for e in match_claims(claims, sources, settings):
            by_claim.setdefault(e.claim_id, []).append(e)
        for claim in claims:
            verdict = decide_verdict(claim, by_claim.get(claim.id, []), settings, domains)
            if verdict.verdict != "unverified":
                wrong.append({"article": path.name, "claim": claim.text, "verdict": verdict.verdict,
                              "confidence": verdict.confidence, "rationale": verdict.rationale[:400]})
    return {"articles": len(list(CORPUS.glob("*.txt"))), "claims": claims_checked, "pages": len(sources),
            "decided": len(wrong), "verdicts": wrong}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", action="store_true", help="decide with the verdict model (decide_model)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = check(Settings().replace(decide_model=args.model))
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return
    print(f"{result['claims']} claims of {result['articles']} real articles against {result['pages']} demo pages: "
          f"{result['decided']} supported, contradicted or mixed (should be none)")
    for w in result["verdicts"]:
        print(f"- {w['verdict']} ({w['confidence']}) [{w['article']}] {w['claim']}\n    {w['rationale']}")


if __name__ == "__main__":
    main()
