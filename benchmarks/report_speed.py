"""Report generation time for an article with 50 claims and 500 evidence rows (target: under 1 s).

Builds the database through the store's own writes, then times ``report_data`` + ``render_report``
(what `veracity report` does) several times and prints the median.

    .venv/bin/python benchmarks/report_speed.py [--claims 50] [--evidence 10] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from checkers.records import Article, Claim, Evidence, Source, Verdict
from checkers.report import render_report
from checkers.store import Store, report_data

VERDICTS = ("supported", "contradicted", "mixed", "unverified")


def build(db: Path, n_claims: int, per_claim: int) -> None:
    sentences = [f"Die Firma Beispiel{i} AG steigerte ihren Umsatz im Quartal um {i} Prozent auf "
                 f"{i * 3} Millionen Euro." for i in range(n_claims)]
    text = "Beispiel-Bericht\n" + " ".join(sentences)
    article = Article(id="bench", text=text, language="de", title="Beispiel-Bericht")
    claims, cursor = [], len("Beispiel-Bericht\n")
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, cursor)
        claims.append(Claim(id=f"c{i}", article_id="bench", position=i, sentence=sentence,
                            span=(start, start + len(sentence)), text=sentence, language="de", checkworthy=True))
        cursor = start + len(sentence)
    sources = [Source(id=f"s{j}", url=f"https://site{j}.example/artikel/{j}.html", provider="bench",
                      final_url=None, domain=f"site{j}.example", fetched_at="2025-10-01", http_status=200, etag=None,
                      last_modified=None, content_hash="h", title=f"Quelle {j}", published_at="2025-09-30",
                      language="de", text="x") for j in range(per_claim)]
    evidence = [Evidence(claim_id=c.id, source_id=s.id, url=s.url, sentence=f"Satz {j} über {c.text}", span=(0, 1),
                         score=80.0 - j, lexical=70.0, entities=100.0, numbers="agree", number_detail="a ≈ b",
                         negation=False, stance="supports" if j % 3 else "contradicts")
                for c in claims for j, s in enumerate(sources)]
    verdicts = [Verdict(claim_id=c.id, verdict=VERDICTS[i % 4], confidence=0.7, n_sources=per_claim, rationale="r")
                for i, c in enumerate(claims)]
    with Store.open(db) as store:
        run_id = store.start_run("bench", {})
        store.save_article(run_id, article, claims)
        store.save_sources(run_id, sources)
        store.save_results(run_id, evidence, verdicts)
        store.finish_run(run_id, "completed", {})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=50)
    parser.add_argument("--evidence", type=int, default=10, help="evidence rows per claim")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        build(db, args.claims, args.evidence)
        times, size = [], 0
        for _ in range(args.runs):
            started = time.perf_counter()
            html = render_report(report_data(db, "bench"))
            times.append(time.perf_counter() - started)
            size = len(html)
    print(f"{args.claims} claims, {args.claims * args.evidence} evidence rows: median "
          f"{statistics.median(times) * 1000:.0f} ms per report ({size / 1024:.0f} KB), runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in times) + " ms (target < 1,000 ms)")


if __name__ == "__main__":
    main()
