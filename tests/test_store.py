import dataclasses
import random

import pytest

from checkers.errors import DatabaseLocked, StoreError
from checkers.records import Article, Claim, Evidence, Source, Verdict
from checkers.store import Store, connect, database_size, migrations, query

from conftest import database_held_by_another_process

ARTICLE = Article(id="art1", text="Die Aktie stieg um 26 Prozent.", language="de", title="Die Aktie")
CLAIM = Claim(id="c1", article_id="art1", position=0, sentence=ARTICLE.text, span=(0, 30), text=ARTICLE.text,
              language="de", checkworthy=True)
SOURCE = Source(id="s1", url="http://a.example/x", provider="explicit", final_url="http://a.example/x",
                domain="a.example", fetched_at=None, http_status=200, etag=None, last_modified=None,
                content_hash="h", title="T", published_at=None, language="de", text="Die Aktie stieg um 26 Prozent.")
EVIDENCE = Evidence(claim_id="c1", source_id="s1", url=SOURCE.url, sentence=SOURCE.text, span=(0, 30), score=90.0,
                    lexical=90.0, entities=0.0, numbers="agree", number_detail="26 Prozent ≈ 26 Prozent",
                    negation=False, stance="supports")


def run_once(store: Store, verdict: str) -> str:
    run_id = store.start_run("test", {})
    store.save_article(run_id, ARTICLE, [CLAIM])
    store.save_sources(run_id, [SOURCE])
    store.save_results(run_id, [EVIDENCE], [Verdict(claim_id="c1", verdict=verdict, confidence=0.8, n_sources=1,
                                                    rationale="because")])
    store.finish_run(run_id, "completed", {"claims": 1})
    return run_id


def test_migrations_are_applied_once_and_recorded(fresh_db):
    with Store.open(fresh_db) as store:
        assert store.migrate() == []  # already applied by open()
        with store.connected() as con:
            recorded = con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()
    assert [v for (v,) in recorded] == [m[0] for m in migrations()]


def test_verdicts_are_history_and_views_show_the_latest_and_the_changes(fresh_db):
    with Store.open(fresh_db) as store:
        run_once(store, "supported")
        second = run_once(store, "contradicted")
    _, rows = query(fresh_db, "SELECT verdict, best_sentence, best_url, run_id FROM latest_verdicts")
    assert rows == [("contradicted", SOURCE.text, SOURCE.url, second)]
    _, changes = query(fresh_db, "SELECT previous_verdict, new_verdict FROM verdict_changes")
    assert changes == [("supported", "contradicted")]
    _, counts = query(fresh_db, "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM verdicts)")
    assert counts == [(1, 2)]  # the claim is stored once, its verdicts twice
    _, summary = query(fresh_db, "SELECT verdicts, sources, failed_sources FROM run_summary")
    assert summary == [(1, 1, 0), (1, 1, 0)]


def test_query_is_read_only(fresh_db):
    Store.open(fresh_db).close()
    with pytest.raises(StoreError):
        query(fresh_db, "DELETE FROM runs")


def test_query_without_a_database_says_so(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        query(tmp_path / "none.duckdb", "SELECT 1")


def test_a_database_held_by_another_process_is_a_clear_error(fresh_db):
    Store.open(fresh_db).close()
    with database_held_by_another_process(fresh_db):
        with pytest.raises(DatabaseLocked, match="in use by another process"):
            connect(fresh_db, timeout=0.5)
    connect(fresh_db).close()  # free again once the other process is gone


def test_review_views(fresh_db):
    failed = Source(id="s2", url="http://b.example/x", provider="feed", final_url=None, domain="b.example",
                    fetched_at="2025-09-25T00:00:00+00:00", http_status=None, etag=None, last_modified=None,
                    content_hash=None, title=None, published_at=None, language=None, text=None, error="timeout",
                    error_message="timed out: http://b.example/x")
    with Store.open(fresh_db) as store:
        run_once(store, "supported")
        run_id = run_once(store, "mixed")
        store.save_sources(run_id, [failed])
    _, review = query(fresh_db, "SELECT verdict, why FROM claims_needing_review")
    assert review == [("mixed", "sources disagree; changed from supported")]
    _, health = query(fresh_db, "SELECT domain, fetches, failures, reasons FROM source_health ORDER BY domain")
    assert health == [("a.example", 2, 0, None), ("b.example", 1, 1, "timeout")]
    _, moved = query(fresh_db, "SELECT evidence_sentence, evidence_url FROM verdict_changes")
    assert moved == [(SOURCE.text, SOURCE.url)]


def test_a_comparison_is_remembered_per_claim_and_page_text(fresh_db):
    other = Claim(id="c2", article_id="art1", position=1, sentence=ARTICLE.text, span=(0, 30), text=ARTICLE.text,
                  language="de", checkworthy=True)
    with Store.open(fresh_db) as store:
        run_id = store.start_run("test", {})
        store.save_article(run_id, ARTICLE, [CLAIM, other])
        store.save_results(run_id, [EVIDENCE], [], matched=[("c1", "s1", "h"), ("c2", "s1", "h")])
        # c1 and c2 were compared with text "h" of s1 (c2 found nothing); no claim with text "h2"
        assert store.matched_before(["c1", "c2", "c3"], [SOURCE]) == {("c1", "s1", "h"), ("c2", "s1", "h")}
        changed = Source(**{**SOURCE.__dict__, "content_hash": "h2"})
        assert store.matched_before(["c1", "c2"], [changed]) == set()
        assert store.previous_evidence([("c1", "s1", "h"), ("c2", "s1", "h")]) == [EVIDENCE]
        assert store.previous_evidence([("c1", "s1", "h2")]) == []
        # compared again in a later run: the evidence of that run is the one reused
        later = store.start_run("test", {})
        moved = Evidence(**{**EVIDENCE.__dict__, "stance": "neutral", "score": 55.0})
        store.save_results(later, [moved], [], matched=[("c1", "s1", "h")])
        assert store.previous_evidence([("c1", "s1", "h")]) == [moved]


def test_a_page_text_is_stored_once_however_many_runs_fetch_it(fresh_db):
    unchanged = dataclasses.replace(SOURCE, http_status=304, fetched_at="2025-09-26T00:00:00+00:00")
    with Store.open(fresh_db) as store:
        first = run_once(store, "supported")
        for _ in range(3):
            run_id = store.start_run("test", {})
            store.save_sources(run_id, [unchanged])
            store.finish_run(run_id, "completed", {})
        changed = dataclasses.replace(SOURCE, text="Die Aktie fiel um 3 Prozent.")
        store.save_sources(run_id, [dataclasses.replace(changed, id="s3", url="http://a.example/y")])
    _, texts = query(fresh_db, "SELECT text, run_id FROM texts ORDER BY text")
    assert texts == [("Die Aktie fiel um 3 Prozent.", run_id), (SOURCE.text, first)]
    _, seen = query(fresh_db, "SELECT count(*), count(DISTINCT run_id), count(text) FROM sources WHERE id = 's1'")
    assert seen == [(4, 4, 4)]  # every run's row shows the text, which is stored once
    _, counts = query(fresh_db, "SELECT (SELECT count(*) FROM snapshots), (SELECT count(*) FROM fetches)")
    assert counts == [(2, 5)]  # s1 unchanged over four runs is one snapshot; s3 the other
    _, typed = query(fresh_db, "SELECT typeof(fetched_at), max(fetched_at) FROM sources WHERE id = 's1' GROUP BY 1")
    assert typed[0][0] == "TIMESTAMP WITH TIME ZONE" and typed[0][1].isoformat().startswith("2025-09-26T00:00:00")


def test_a_database_from_before_the_texts_table_is_converted(fresh_db):
    """Migration 009: the old ``sources`` table (a copy of the text in every row) becomes ``fetches`` and
    ``texts``, and the ``sources`` view gives back every row as it was."""
    con = connect(fresh_db)
    for version, name, sql in migrations():
        if version < 9:
            con.execute(sql)
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)")
    con.execute("INSERT INTO schema_migrations SELECT version, name, now() FROM (VALUES "
                + ", ".join(f"({v}, '{n}')" for v, n, _ in migrations() if v < 9) + ") t(version, name)")
    old = [("r1", "s1", "2025-09-25T00:00:00+00:00", 200, "Text eins: größer."), ("r2", "s1", "2025-09-26T00:00:00+00:00", 304,
                                                                          "Text eins: größer."),
           ("r2", "s2", "2025-09-26T00:00:00+00:00", None, None)]
    for run_id, sid, at, status, text in old:
        con.execute("INSERT INTO sources (run_id, id, url, fetched_at, http_status, text, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [run_id, sid, f"http://a.example/{sid}", at, status, text, None if text else "timeout"])
    before = con.execute("SELECT run_id, id, url, http_status, text, error FROM sources ORDER BY 1, 2").fetchall()
    con.close()
    with Store.open(fresh_db) as store:
        assert store.migrate() == []
    _, after = query(fresh_db, "SELECT run_id, id, url, http_status, text, error FROM sources ORDER BY 1, 2")
    assert after == before
    _, counts = query(fresh_db, "SELECT (SELECT count(*) FROM texts), (SELECT count(*) FROM snapshots)")
    assert counts == [(1, 2)]  # s1's two fetches are one state of the page
    with Store.open(fresh_db) as store:
        stored = store.stored_sources(["http://a.example/s1"])["http://a.example/s1"]
        assert stored.fetched_at == "2025-09-26T00:00:00+00:00"
        store.save_sources("r3", [stored])  # the same text and state, keyed in Python: no second copy
    _, counts = query(fresh_db, "SELECT (SELECT count(*) FROM texts), (SELECT count(*) FROM snapshots)")
    assert counts == [(1, 2)]


def test_database_size_counts_what_a_store_holds(fresh_db):
    with Store.open(fresh_db) as store:
        run_once(store, "supported")
    empty_file, empty_used = database_size(fresh_db)
    rnd = random.Random(5)  # words that do not compress away
    text = " ".join("".join(rnd.choices("abcdefghijklmnopqrstuvwxyz", k=7)) for _ in range(400_000))
    with Store.open(fresh_db) as store:
        store.save_sources("r2", [dataclasses.replace(SOURCE, id="big", url="http://a.example/big", text=text)])
    file_bytes, used = database_size(fresh_db)
    assert 0 < empty_used <= empty_file and used > empty_used and used <= file_bytes


def test_a_damaged_file_is_a_clear_error_at_once(fresh_db):
    import struct
    import time

    Store.open(fresh_db).close()
    with open(fresh_db, "r+b") as f:  # the header no longer matches its checksum
        f.seek(12)
        f.write(struct.pack("<Q", 999))
    started = time.monotonic()
    with pytest.raises(StoreError, match="Corrupt database file"):
        Store.open(fresh_db, timeout=5)
    assert time.monotonic() - started < 2  # not taken for a file another process holds
