"""The store on a DuckLake (PostgreSQL catalog, Parquet data): the same tables, views and answers as the
DuckDB file, with several processes writing at once."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from checkers.errors import StoreError
from checkers.lake import dialect, parse
from checkers.store import Store, migrations, query

from test_store import ARTICLE, run_once

VIEWS = {  # each in an order of its own: a lake returns rows in whatever order its files give them
    "latest_verdicts": "SELECT claim, verdict, best_sentence, best_url FROM latest_verdicts ORDER BY ALL",
    "verdict_changes": "SELECT claim, previous_verdict, new_verdict FROM verdict_changes ORDER BY decided_at",
    "run_summary": "SELECT verdicts, sources, failed_sources FROM run_summary ORDER BY started_at",
    "sources": "SELECT url, title, language, text FROM sources ORDER BY url, run_id",
    "claims_needing_review": "SELECT claim, why FROM claims_needing_review ORDER BY ALL",
}


def test_the_lake_answers_the_same_sql_as_the_file(fresh_lake, fresh_db):
    for target in (fresh_db, fresh_lake):
        with Store.open(target) as store:
            run_once(store, "supported")
            run_once(store, "contradicted")
    for name, sql in VIEWS.items():
        assert query(fresh_lake, sql) == query(fresh_db, sql), name
    _, counts = query(fresh_lake, "SELECT (SELECT count(*) FROM texts), (SELECT count(*) FROM snapshots), "
                                  "(SELECT count(*) FROM fetches), (SELECT count(*) FROM claims)")
    assert counts == [(1, 1, 2, 1)]  # a text, a page state and a claim stored once; a fetch per run


def test_a_lake_exports_the_tables_a_file_does(fresh_lake, fresh_db, tmp_path):
    from checkers.store import export_parquet

    for target in (fresh_db, fresh_lake):
        with Store.open(target) as store:
            run_once(store, "supported")
    assert export_parquet(fresh_lake, tmp_path / "lake") == export_parquet(fresh_db, tmp_path / "file")


def test_upkeep_merges_a_nights_small_files_and_keeps_the_answers(fresh_lake):
    with Store.open(fresh_lake) as store:
        for verdict in ("supported", "contradicted", "supported"):
            run_once(store, verdict)
        before = {name: query(fresh_lake, sql) for name, sql in VIEWS.items()}
        store.maintain()
    assert {name: query(fresh_lake, sql) for name, sql in VIEWS.items()} == before
    data = parse(fresh_lake).data_path  # type: ignore[union-attr]
    assert list(Path(data).rglob("*.parquet"))  # what was inlined in the catalog is in Parquet now


def test_migrations_are_recorded_once_in_the_lake(fresh_lake):
    Store.open(fresh_lake).close()
    with Store.open(fresh_lake) as store:
        assert store.migrate() == []
    _, rows = query(fresh_lake, "SELECT version FROM schema_migrations ORDER BY 1")
    assert [v for (v,) in rows] == [m[0] for m in migrations()]


WRITER = """
import sys
from checkers.store import Store
sys.path.insert(0, {tests!r})
from test_store import run_once
with Store.open({lake!r}) as store:
    for _ in range(3):
        run_once(store, "supported")
"""


def test_processes_writing_at_once_store_each_key_once(fresh_lake):
    tests = str(Path(__file__).parent)
    code = textwrap.dedent(WRITER.format(tests=tests, lake=fresh_lake))
    writers = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for w in writers:
        _, err = w.communicate(timeout=300)
        assert w.returncode == 0, err
    _, rows = query(fresh_lake, "SELECT (SELECT count(*) FROM texts), (SELECT count(*) FROM snapshots), "
                                "(SELECT count(*) FROM claims), (SELECT count(*) FROM articles), "
                                "(SELECT count(*) FROM runs), (SELECT count(*) FROM verdicts)")
    assert rows == [(1, 1, 1, 1, 9, 9)]


def test_a_shard_run_again_adds_no_verdict_twice(fresh_lake):
    from checkers.records import Verdict

    with Store.open(fresh_lake) as store:
        run_id = run_once(store, "supported")
        again = Verdict(claim_id="c1", verdict="supported", confidence=0.8, n_sources=1, rationale="because")
        store.save_results(run_id, [], [again])
    _, rows = query(fresh_lake, "SELECT count(*) FROM verdicts")
    assert rows == [(1,)]


def test_sql_on_the_lake_is_sandboxed(fresh_lake, tmp_path):
    with Store.open(fresh_lake) as store:
        run_once(store, "supported")
        with store.connected() as con:  # small writes stay in the catalog (DuckLake inlines them): flush them
            con.execute("CALL ducklake_flush_inlined_data('lake')")
    data = parse(fresh_lake).data_path  # type: ignore[union-attr]
    assert list(Path(data).rglob("*.parquet")), "the rows went to Parquet files, which the sandbox still reads"
    with pytest.raises(StoreError):
        query(fresh_lake, f"COPY (SELECT 1) TO '{tmp_path / 'x.csv'}'")
    with pytest.raises(StoreError):
        query(fresh_lake, "DELETE FROM runs")
    _, rows = query(fresh_lake, "SELECT count(*) FROM articles WHERE text = ?".replace("?", f"'{ARTICLE.text}'"))
    assert rows == [(1,)]


def test_a_run_killed_in_another_process_is_marked_aborted_and_a_live_one_is_not(fresh_lake):
    hold = textwrap.dedent(f"""
        import sys
        from checkers.store import Store
        store = Store.open({fresh_lake!r})
        print(store.start_run("test", {{}}), flush=True)
        sys.stdin.readline()
    """)
    live = subprocess.Popen([sys.executable, "-c", hold], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    killed = subprocess.Popen([sys.executable, "-c", hold], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    live_id, killed_id = live.stdout.readline().strip(), killed.stdout.readline().strip()
    killed.kill()
    killed.wait()
    try:
        with Store.open(fresh_lake) as store:
            assert store.abort_stale_runs() == 1
        _, rows = query(fresh_lake, "SELECT id, status FROM runs ORDER BY status")
        assert sorted(rows) == sorted([(killed_id, "aborted"), (live_id, "running")])
    finally:
        live.communicate("\n", timeout=30)


def test_a_lake_setting_is_read_whole_and_bad_ones_are_clear_errors(postgres):
    lake = parse("ducklake:postgres:host=db port=5432 dbname=v data_path=/mnt/lake/")
    assert lake is not None and (lake.conninfo, lake.data_path) == ("host=db port=5432 dbname=v", "/mnt/lake/")
    assert parse("data/veracity.duckdb") is None
    with pytest.raises(StoreError, match="must be PostgreSQL"):
        parse("ducklake:sqlite:x.db")
    with pytest.raises(StoreError, match="lake"):
        Store.open(f"ducklake:postgres:{postgres} dbname=no_such_database")


def test_migrations_lose_their_keys_and_defaults_for_the_lake():
    sql = ("CREATE TABLE t (id VARCHAR PRIMARY KEY,  -- a key\n b INT, -- x (y)\n PRIMARY KEY (id, b));\n"
           "ALTER TABLE t ADD COLUMN IF NOT EXISTS k VARCHAR DEFAULT 'sentence';\nINSERT OR IGNORE INTO t SELECT 1;")
    out = dialect(sql)
    assert "PRIMARY" not in out and "DEFAULT" not in out and "OR IGNORE" not in out
    assert "ADD COLUMN IF NOT EXISTS k VARCHAR;" in out


def test_host_slots_are_shared_by_workers_and_freed_by_a_dead_one(fresh_lake):
    import threading
    import time

    from checkers.lake import HostSlots

    lake = parse(fresh_lake)
    assert lake is not None
    inside, most = [0], [0]
    guard = threading.Lock()

    def request(slots: HostSlots) -> None:
        with slots("news.example"):
            with guard:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            time.sleep(0.05)
            with guard:
                inside[0] -= 1

    for per_host, expected in ((1, 1), (2, 2)):
        inside[0] = most[0] = 0
        workers = [HostSlots(lake, per_host) for _ in range(2)]  # two workers, each with its own sessions
        threads = [threading.Thread(target=request, args=(w,)) for w in workers for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for w in workers:
            w.close()
        assert most[0] == expected
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from checkers.lake import HostSlots, parse
        slots = HostSlots(parse({fresh_lake!r}), 1)
        with slots("news.example"):
            print("held", flush=True)
            sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    slots = HostSlots(lake, 1)
    waiter = threading.Thread(target=request, args=(slots,))
    waiter.start()
    waiter.join(timeout=0.5)
    assert waiter.is_alive()  # the other process holds the host's only slot
    holder.kill()
    holder.wait()
    waiter.join(timeout=10)
    assert not waiter.is_alive()  # its session ended with it, and the slot with the session
    slots.close()
