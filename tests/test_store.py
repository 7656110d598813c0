import pytest

from checkers.errors import DatabaseLocked, StoreError
from checkers.records import Article, Claim, Evidence, Source, Verdict
from checkers.store import Store, connect, migrations, query

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
