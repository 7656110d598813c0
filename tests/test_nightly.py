"""The nightly flow: incremental re-checks, verdict history, crash safety and a held database."""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from checkers.store import Store, query
from flows.demo_web import StaticSite

from conftest import database_held_by_another_process, DEMO_WEB, REPO, SEED_ARTICLE

LOOPBACK = {"fetch_allow_loopback": True, "discover_search": ()}
EDITED = "unternehmen/it-medien/alibaba-will-mehr-als-380-milliarden-yuan-in-ki-investieren/100154321.html"


def rows(db, sql):
    return query(db, sql)[1]


@pytest.fixture
def own_web(tmp_path):
    """A copy of the demo web that a test may edit."""
    root = tmp_path / "web"
    shutil.copytree(DEMO_WEB, root)
    with StaticSite(root) as site:
        yield site, root


def test_nightly_is_incremental_and_keeps_history(prefect_harness, own_web, tmp_path):
    from flows.nightly import nightly

    site, root = own_web
    db = str(tmp_path / "nightly.duckdb")
    with Store.open(db) as store:
        store.track(str(SEED_ARTICLE), [site.url("/feed.xml"), site.url("/sitemap.xml")], [])
    first = nightly(db_path=db, overrides=LOOPBACK)
    second = nightly(db_path=db, overrides=LOOPBACK)
    assert first["changed"] >= 12 and first["counts"]["downloaded"] > 0
    assert second["changed"] == 0 and second["counts"]["downloaded"] == 0
    assert second["counts"]["not_modified"] == first["counts"]["downloaded"]

    page = root / EDITED
    page.write_text(page.read_text("utf-8").replace("mehr als eine Billion Parameter",
                                                    "rund 500 Milliarden Parameter"), "utf-8")
    third = nightly(db_path=db, overrides=LOOPBACK)
    assert third["counts"]["downloaded"] == 1 and 0 < third["changed"] < first["changed"]
    changes = rows(db, "SELECT claim, previous_verdict, new_verdict, rationale FROM verdict_changes "
                       f"WHERE run_id = '{third['run_id']}'")
    assert any("Billion" in claim and old == "supported" and "500 Milliarden" in why
               for claim, old, _, why in changes), changes
    moved = rows(db, f"SELECT sentence FROM evidence WHERE run_id = '{third['run_id']}' AND stance = 'contradicts'")
    assert any("500 Milliarden" in s for (s,) in moved)
    assert rows(db, "SELECT count(*) FROM runs WHERE status = 'completed' AND flow = 'nightly'") == [(3,)]


ARTICLES = [SEED_ARTICLE, REPO / "data" / "articles" / "alibaba-apsara-2025.en.txt",
            REPO / "data" / "articles" / "musterwagen-quartal-2025.de.txt"]
VERDICT = "SELECT claim, verdict, confidence, n_sources, rationale FROM latest_verdicts"


def test_tracked_articles_that_share_pages_each_get_them_matched(prefect_harness, demo_site, tmp_path):
    """Three articles whose claims share the demo web's pages: a night fetches each page once and
    matches it against the claims of all three, and each article gets the verdicts a `verify` of it
    alone gives, on the first night and on an unchanged second night."""
    from flows.nightly import nightly
    from flows.verify import verify_article

    feeds = [demo_site.url("/feed.xml"), demo_site.url("/sitemap.xml")]
    alone = {}
    for path in ARTICLES:
        db = str(tmp_path / f"{path.name}.duckdb")
        verify_article(str(path), feeds=feeds, db_path=db, overrides=LOOPBACK)
        alone[path] = sorted(rows(db, VERDICT))
        assert any(verdict == "supported" for _, verdict, *_ in alone[path])  # something to get wrong
    lonely = tmp_path / "ohne-quellen.de.txt"  # an article none of whose pages can be fetched
    lonely.write_text("Die Stadt Musterhausen hat 12.000 Einwohner.\n\nIhr Bürgermeister heißt Max Muster.\n",
                      "utf-8")
    db = str(tmp_path / "nightly.duckdb")
    with Store.open(db) as store:
        for path in ARTICLES:
            store.track(str(path), feeds, [])
        store.track(str(lonely), [], [demo_site.url("/gibt-es-nicht.html")])
    demo_site.requests.clear()
    first = nightly(db_path=db, overrides=LOOPBACK)
    once = demo_site.requests.copy()
    second = nightly(db_path=db, overrides=LOOPBACK)
    # The articles share the feeds and most pages: each is fetched once a night, not once per article.
    assert max(once.values()) == 1 and sum(demo_site.requests.values()) == 2 * sum(once.values())
    assert first["counts"]["not_modified"] == 0 and first["counts"]["downloaded"] > 10
    assert second["changed"] == 0 and second["counts"]["downloaded"] == 0
    assert second["counts"]["not_modified"] == first["counts"]["downloaded"]
    for path in ARTICLES:
        assert sorted(rows(db, f"{VERDICT} l JOIN articles a ON a.id = l.article_id WHERE a.path = '{path}'")) \
            == alone[path], path.name
    checked = {run: {ref: (matched, reused, evidence) for ref, matched, reused, evidence in rows(
        db, f"SELECT reference, sources_matched, sources_reused, evidence FROM run_articles WHERE run_id = '{run}'")}
        for run in (first["run_id"], second["run_id"])}
    for path in ARTICLES:
        matched, reused, evidence = checked[first["run_id"]][str(path)]
        assert matched > 10 and reused == 0 and evidence > 0
        matched, reused, evidence = checked[second["run_id"]][str(path)]
        assert matched == 0 and reused > 10 and evidence > 0
    assert checked[first["run_id"]][str(lonely)] == (0, 0, 0)
    assert rows(db, "SELECT articles, articles_unchecked FROM run_summary WHERE flow = 'nightly'") == [(4, 1)] * 2
    assert [a["title"] for a in first["articles"] if not (a["sources_matched"] or a["sources_reused"])] \
        == ["Die Stadt Musterhausen hat 12.000 Einwohner."]


def test_a_killed_run_leaves_no_partial_verdicts_and_the_next_one_completes(prefect_harness, own_web, tmp_path):
    from flows.nightly import nightly

    site, _ = own_web
    db = str(tmp_path / "killed.duckdb")
    from hostile_web import HostileWeb

    hostile = HostileWeb()  # its drip page keeps the run fetching for 12 s
    with Store.open(db) as store:
        store.track(str(SEED_ARTICLE), [site.url("/feed.xml")], [hostile.url("/slow-drip.html")])
    env = {**os.environ, "VERACITY_FETCH_TOTAL_TIMEOUT": "60", "VERACITY_FETCH_TIMEOUT": "30",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90", "PREFECT_LOGGING_LEVEL": "INFO"}
    # Its own process group, so that the kill takes the temporary Prefect server it started with it.
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "nightly", "--allow-loopback", "--db", db],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        for line in proc.stdout:  # wait until it is fetching, then kill it without warning
            if "discover-sources" in line and "Finished" in line or time.monotonic() > deadline:
                break
        time.sleep(1.0)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        hostile.stop()
    assert rows(db, "SELECT status FROM runs") == [("running",)]
    assert rows(db, "SELECT count(*) FROM verdicts") == [(0,)]  # nothing half-written
    result = nightly(db_path=db, overrides={**LOOPBACK, "fetch_total_timeout": 1.0, "fetch_retries": 0})
    assert rows(db, "SELECT status FROM runs ORDER BY started_at") == [("aborted",), ("completed",)]
    assert rows(db, "SELECT count(*), count(DISTINCT claim_id) FROM verdicts") == [(result["changed"],) * 2]


def test_a_second_run_while_one_holds_the_database_exits_clearly(tmp_path):
    db = tmp_path / "held.duckdb"
    Store.open(db).close()
    with database_held_by_another_process(db):
        started = time.monotonic()
        result = subprocess.run([sys.executable, "-m", "flows.cli", "nightly", "--db", str(db)], cwd=REPO,
                                capture_output=True, text=True, timeout=60,
                                env={**os.environ, "VERACITY_DB_LOCK_TIMEOUT": "2"})
        waited = time.monotonic() - started
    assert result.returncode == 2 and "in use by another process (waited 2 s)" in result.stderr
    assert waited >= 2  # it waited the bounded time before giving up


def test_one_article_tracked_at_two_paths_is_stored_once(prefect_harness, demo_site, tmp_path):
    """The same text at two paths is one article (its id is the hash of its text): a night checks it
    once for both, with no evidence or verdict row twice."""
    from flows.nightly import nightly

    copy = tmp_path / "kopie.de.txt"
    copy.write_bytes(SEED_ARTICLE.read_bytes())
    db = str(tmp_path / "twice.duckdb")
    with Store.open(db) as store:
        for path in (SEED_ARTICLE, copy):
            store.track(str(path), [demo_site.url("/feed.xml"), demo_site.url("/sitemap.xml")], [])
    night = nightly(db_path=db, overrides=LOOPBACK)
    assert night["changed"] >= 12 and len(night["articles"]) == 2
    assert rows(db, "SELECT count(*) = count(DISTINCT (claim_id, source_id, span_start, kind)) FROM evidence") \
        == [(True,)]
    assert rows(db, "SELECT count(*), count(DISTINCT claim_id) FROM verdicts") == [(night["changed"],) * 2]
