"""The CLI as a user meets it: bad input gets one clear line and exit code 2, and loses nothing stored."""

import os
import subprocess
import sys

import pytest

from checkers.store import Store, query

from conftest import database_held_by_another_process, REPO, SEED_ARTICLE


def veracity(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.fixture
def stored_db(fresh_db):
    """A database that already holds a run, to prove failures do not touch it."""
    with Store.open(fresh_db) as store:
        run_id = store.start_run("earlier", {})
        store.finish_run(run_id, "completed", {})
    return fresh_db


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.stderr


@pytest.mark.parametrize("content,fragment", [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("Die Aktie stieg um 26 Prozent und schloss höher.".encode("latin-1"), "not UTF-8"),
    (b"x" * 2_100_000, "too large"),
])
def test_bad_article_files(tmp_path, stored_db, content, fragment):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    assert_one_line_error(veracity("verify", str(article), "--db", str(stored_db)), fragment)
    assert query(stored_db, "SELECT count(*) FROM runs")[1] == [(1,)]


def test_missing_article_file(stored_db):
    assert_one_line_error(veracity("verify", "no/such/article.txt", "--db", str(stored_db)), "not found")


def test_unreachable_article_url(stored_db):
    result = veracity("verify", "http://127.0.0.1:9/nothing-listens-here", "--allow-loopback", "--db", str(stored_db),
                      env={"VERACITY_FETCH_RETRIES": "0"})
    assert_one_line_error(result, "cannot read article")


def test_article_url_on_loopback_is_refused_without_permission(stored_db):
    assert_one_line_error(veracity("verify", "http://127.0.0.1:9/x", "--db", str(stored_db)), "loopback")


def test_locked_database(tmp_path, stored_db):
    with database_held_by_another_process(stored_db):
        result = veracity("verify", str(SEED_ARTICLE), "--db", str(stored_db), env={"VERACITY_DB_LOCK_TIMEOUT": "0.5"})
    assert_one_line_error(result, "in use by another process")
    assert query(stored_db, "SELECT count(*) FROM runs")[1] == [(1,)]


def test_sql_is_read_only_and_reports_errors(stored_db):
    assert_one_line_error(veracity("sql", "DROP TABLE runs", "--db", str(stored_db)), "read-only")
    assert_one_line_error(veracity("sql", "SELECT * FROM no_such_table", "--db", str(stored_db)), "no_such_table")
    ok = veracity("sql", "SELECT status FROM runs", "--db", str(stored_db), "--format", "csv")
    assert ok.returncode == 0 and ok.stdout.splitlines() == ["status", "completed"]


def test_sql_can_touch_nothing_but_the_database(tmp_path, stored_db):
    # No file written (COPY ... TO) or read (read_csv, ATTACH), no setting taken back, nothing asked.
    out = tmp_path / "out.csv"
    assert_one_line_error(veracity("sql", f"COPY runs TO '{out}'", "--db", str(stored_db)), "disabled")
    assert not out.exists()
    assert_one_line_error(veracity("sql", f"SELECT * FROM read_csv('{SEED_ARTICLE}')", "--db", str(stored_db)),
                          "disabled")
    assert_one_line_error(veracity("sql", "SET enable_external_access = true", "--db", str(stored_db)),
                          "enable_external_access")
    assert_one_line_error(veracity("sql", "  ", "--db", str(stored_db)), "no SQL given")
    # A SQLite file given as the database: DuckDB would fetch its sqlite_scanner extension; it is refused.
    import sqlite3

    lite = tmp_path / "other.sqlite"
    sqlite3.connect(lite).execute("CREATE TABLE a (b)").connection.commit()
    assert_one_line_error(veracity("sql", "SELECT 1", "--db", str(lite)), "not a DuckDB database")


def test_bad_config_value(tmp_path):
    result = veracity("claims", str(SEED_ARTICLE), env={"VERACITY_FETCH_TIMEOUT": "soon"})
    assert_one_line_error(result, "fetch_timeout")


@pytest.mark.parametrize("name,value,fragment", [
    ("FETCH_TIMEOUT", "-5", "must be above 0"),
    ("FETCH_WORKERS", "0", "must be from 1 up"),
    ("DECIDE_MIXED_RATIO", "7", "must be from 0 to 1"),
    ("MATCH_MIN_SCORE", "nan", "must be from 0 to 100"),
    ("DISCOVER_SEARCH", "gdelt,bing", "unknown provider(s) bing"),
])
def test_settings_out_of_range_are_refused_before_a_run(stored_db, name, value, fragment):
    result = veracity("verify", str(SEED_ARTICLE), "--db", str(stored_db), env={f"VERACITY_{name}": value})
    assert_one_line_error(result, fragment)
    assert query(stored_db, "SELECT count(*) FROM runs")[1] == [(1,)]  # no failed run stored


def test_paths_that_cannot_be_used_are_one_line_errors(tmp_path, stored_db):
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder")
    assert_one_line_error(veracity("verify", str(SEED_ARTICLE), "--db", str(a_file / "x.duckdb")),
                          "is a file, not a folder")
    assert_one_line_error(veracity("export", "--parquet", str(a_file / "out"), "--db", str(stored_db)),
                          "cannot write to")
    assert_one_line_error(veracity("verify", str(tmp_path), "--db", str(stored_db)), "is a directory")
    assert query(stored_db, "SELECT count(*) FROM runs")[1] == [(1,)]


def test_the_settings_know_every_search_provider():
    from checkers.providers import PROVIDERS
    from checkers.settings import SEARCH_PROVIDERS

    assert tuple(PROVIDERS) == SEARCH_PROVIDERS


def test_claims_json_fields():
    import json

    result = veracity("claims", str(SEED_ARTICLE), "--json")
    data = json.loads(result.stdout)
    assert {"text", "sentence", "span", "checkworthy", "reason", "quantities", "entities", "language"} <= set(data[0])
    assert sum(c["checkworthy"] for c in data) >= 12


def test_veracity_db_environment_variable_names_the_database(stored_db):
    result = veracity("sql", "SELECT flow FROM runs", "--format", "csv", env={"VERACITY_DB": str(stored_db)})
    assert result.returncode == 0 and result.stdout.splitlines() == ["flow", "earlier"]


def test_extract_json_lines(tmp_path):
    import json

    page = REPO / "data/demo_web/nachrichten/wirtschaft/alibaba-ki-budget-aufgestockt-100.latin1.html"
    result = veracity("extract", "--json", str(page), str(tmp_path / "missing.html"))
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert result.returncode == 1  # one input failed
    assert first["language"] == "de" and first["published"].startswith("2025-09-24") and "Milliarden" in first["text"]
    assert {"input", "title", "language", "published", "text"} <= set(first)
    assert second["error"] == "not-found" and second["text"] is None


def test_eval_writes_predictions_and_metrics(tmp_path):
    import json

    items = [
        {"id": "a", "claim": "Die Cloud-Sparte von Alibaba wuchs um 26 Prozent.", "language": "de",
         "evidence": ["Alibaba said revenue at its cloud unit rose 26% year on year."], "label": "supported"},
        {"id": "b", "claim": "Did Alibaba's cloud revenue grow 40%?", "language": "en",
         "evidence": ["Alibaba said revenue at its cloud unit rose 26% year on year."], "label": "contradicted"},
        {"id": "c", "claim": "Tencent opened a data centre in Brazil.", "language": "en",
         "evidence": ["Nvidia reported record revenue for its gaming chips."], "label": "unverified"},
    ]
    path, out = tmp_path / "items.jsonl", tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items), "utf-8")
    result = veracity("eval", str(path), "--out", str(out), "--json")
    report = json.loads(result.stdout)
    predictions = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [p["id"] for p in predictions] == ["a", "b", "c"] and all(0 <= p["confidence"] <= 1 for p in predictions)
    assert report["items"] == 3 and set(report["per_class"]) == {"supported", "contradicted", "mixed", "unverified"}
    assert report["accuracy"] == sum(p["verdict"] == i["label"] for p, i in zip(predictions, items)) / 3


def test_eval_rejects_a_bad_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "claim": "x", "label": "true"}\n', "utf-8")
    assert_one_line_error(veracity("eval", str(path)), "label must be one of")


def test_export_writes_parquet(stored_db, tmp_path):
    import duckdb

    result = veracity("export", "--parquet", str(tmp_path / "pq"), "--db", str(stored_db))
    assert result.returncode == 0
    con = duckdb.connect()
    assert con.execute(f"SELECT flow FROM '{tmp_path / 'pq' / 'runs.parquet'}'").fetchall() == [("earlier",)]
    written = {f.name for f in (tmp_path / "pq").iterdir()}
    assert {"fetches.parquet", "snapshots.parquet", "texts.parquet", "sources.parquet"} <= written


def test_demo_web_serves_until_stopped():
    import signal
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "demo-web"], cwd=REPO, stdout=subprocess.PIPE,
                            text=True)
    try:
        base = proc.stdout.readline().split()[-1]
        feed = urllib.request.urlopen(base + "feed.xml", timeout=10).read().decode()
        assert "<rss" in feed and "__BASE_URL__" not in feed and base.rstrip("/") in feed
        while "Ctrl-C" not in proc.stdout.readline():  # serving, and waiting for the interrupt
            pass
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)  # a loaded CI machine is slow to wind down


def _children_serving_prefect(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` and that run Prefect's API server (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = open(f"/proc/{entry}/stat").read()
            cmdline = open(f"/proc/{entry}/cmdline", "rb").read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"prefect.server.api.server:create_app" in cmdline:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the temporary server is tied to its run on Linux")
def test_a_killed_run_leaves_no_prefect_server_behind(tmp_path):
    import signal
    import time

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    run = subprocess.Popen([sys.executable, "-m", "flows.cli", "demo", "--db", str(tmp_path / "v.duckdb")], cwd=REPO,
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        servers: list[int] = []
        while not servers and time.monotonic() < deadline and run.poll() is None:
            servers = _children_serving_prefect(run.pid)
            time.sleep(0.2)
        assert servers, "the run started no temporary Prefect server"
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in servers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in servers), "the temporary Prefect server outlived its run"
    finally:
        if run.poll() is None:
            run.kill()


def test_the_database_can_be_read_while_a_run_is_going(tmp_path):
    # A run that spends about 8 s fetching slow pages: the verdict tables answer within 2 s each second
    # meanwhile, and show the run as running, and a second run can start and finish beside it.
    import time

    from hostile_web import HostileWeb

    web = HostileWeb()
    db = tmp_path / "v.duckdb"
    env = {**{k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}, "VERACITY_FETCH_TOTAL_TIMEOUT": "8",
           "VERACITY_FETCH_TIMEOUT": "8", "VERACITY_FETCH_RETRIES": "0", "VERACITY_DISCOVER_SEARCH": "",
           "VERACITY_DISCOVER_ARTICLE_LINKS": "false"}
    run = subprocess.Popen([sys.executable, "-m", "flows.cli", "verify", str(SEED_ARTICLE), "--allow-loopback",
                            "--source", web.url("/slow-drip.html"), "--source", web.url("/slow-headers.html"),
                            "--db", str(db)], cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen, waits, second = set(), [], None
    try:
        deadline = time.monotonic() + 120
        while run.poll() is None and time.monotonic() < deadline:
            if db.exists():
                started = time.monotonic()
                _, rows = query(db, "SELECT status FROM runs", timeout=2.0)
                waits.append(time.monotonic() - started)
                now = {status for (status,) in rows}
                seen |= now
                if "running" in now and second is None:  # a second run while the first is going
                    second = veracity("verify", str(SEED_ARTICLE), "--db", str(db), env=env)
                    assert second.returncode == 0, second.stderr
            time.sleep(1.0)
        assert run.wait(timeout=60) == 0, run.stderr.read().decode()
    finally:
        if run.poll() is None:
            run.kill()
        web.stop()
    assert "running" in seen and len(waits) >= 3 and max(waits) < 2.0 and second is not None, (seen, waits)
    assert query(db, "SELECT status, count(*) FROM runs GROUP BY 1")[1] == [("completed", 2)]
