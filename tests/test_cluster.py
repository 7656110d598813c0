"""The nightly run spread over Prefect workers, with real parts: a Prefect server, a process work pool and two
worker processes, a DuckLake on the test's own PostgreSQL, the demo web on loopback. One worker is killed
mid-shard; the run still ends with exactly one verdict per claim, and the SQL views answer as they do
after the same night on one machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from checkers.store import Store, query
import services

from conftest import DEMO_WEB, REPO
from flows.demo_web import StaticSite

pytestmark = pytest.mark.slow
VERACITY = [sys.executable, "-m", "flows.cli"]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect")
    with services.prefect_server(home) as api:
        yield api, home


def _env(api: str, home: Path) -> dict[str, str]:
    return {**os.environ, "PREFECT_API_URL": api, "PREFECT_HOME": str(home), "PREFECT_LOGGING_LEVEL": "INFO",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "VERACITY_DISCOVER_SEARCH": ""}


def twenty_articles(folder: Path) -> list[Path]:
    """The demo's three articles and each of their longer lines as an article of its own (one web, many
    shared pages), and one article none of whose pages can be fetched."""
    folder.mkdir()
    paths = []
    for path in sorted((REPO / "data" / "articles").glob("*.txt")):
        text = path.read_text("utf-8")
        paths.append(path)
        for i, line in enumerate(line for line in text.splitlines()[1:] if len(line) >= 60):
            part = folder / f"{path.stem.rsplit('.', 1)[0]}-{i}.{path.stem.rsplit('.', 1)[1]}.txt"
            part.write_text(f"{text.splitlines()[0]}\n\n{line}\n", "utf-8")
            paths.append(part)
    return paths[:19]


def track(db: str, paths: list[Path], lonely: Path, site) -> None:
    with Store.open(db) as store:
        for path in paths:
            store.track(str(path), [site.url("/feed.xml"), site.url("/sitemap.xml")], [])
        store.track(str(lonely), [], [site.url("/gibt-es-nicht.html")])


def children(pid: int) -> list[int]:
    """Every process below ``pid``."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        below = [p for p, parent in parents.items() if parent in frontier]
        found += below
        frontier = below
    return found


def shard_runs(api: str, state: str) -> list[dict]:
    return httpx.post(f"{api}/flow_runs/filter", json={"flow_runs": {"state": {"type": {"any_": [state]}}},
                                                      "flows": {"name": {"any_": ["nightly-shard"]}}},
                      timeout=10).json()


VIEWS = ["SELECT a.path, l.claim, l.verdict, round(l.confidence, 6), l.n_sources FROM latest_verdicts l "
         "JOIN articles a ON a.id = l.article_id ORDER BY ALL",
         "SELECT articles, articles_unchecked, verdicts FROM run_summary WHERE flow = 'nightly'",
         "SELECT reference, checkworthy, sources, claims_with_evidence, verdicts_stored FROM run_articles "
         "ORDER BY reference"]


def test_a_night_on_two_workers_survives_a_killed_worker(prefect_server, fresh_lake, tmp_path):
    api, home = prefect_server
    # One request at a time per host, across both workers (each answer takes 0.1 s, so that two at once
    # would show).
    env = {**_env(api, home), "VERACITY_FETCH_PER_HOST": "1"}
    with StaticSite(DEMO_WEB, delay=0.1) as site:
        _night_on_two_workers(api, env, fresh_lake, site, tmp_path)
        assert site.most_in_flight == 1


def _night_on_two_workers(api: str, env: dict[str, str], fresh_lake: str, demo_site: StaticSite,
                          tmp_path: Path) -> None:
    paths = twenty_articles(tmp_path / "articles")
    lonely = tmp_path / "ohne-quellen.de.txt"
    lonely.write_text("Die Stadt Musterhausen hat 12.000 Einwohner.\n\nIhr Bürgermeister heißt Max Muster.\n", "utf-8")
    track(fresh_lake, paths, lonely, demo_site)
    pool = "veracity-test"
    deployed = subprocess.run([*VERACITY, "serve", "--pool", pool, "--shards", "4", "--db", fresh_lake], env=env,
                              capture_output=True, text=True, timeout=120)
    assert deployed.returncode == 0, deployed.stderr
    assert f"prefect worker start --pool {pool}" in deployed.stderr
    # Two workers, each running at most two shards at a time, so that both get some.
    workers = [subprocess.Popen([sys.executable, "-m", "prefect", "worker", "start", "--pool", pool, "--name", f"w{i}",
                                 "--limit", "2"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True) for i in (1, 2)]
    night = subprocess.Popen([*VERACITY, "nightly", "--db", fresh_lake, "--allow-loopback", "--shards", "4"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Kill the second worker, and the shard runs under it, mid-shard: once three shards run (each
        # worker runs two at most, so one of them is the second worker's) and have held their locks a while.
        deadline = time.monotonic() + 180
        while len(shard_runs(api, "RUNNING")) < 3 or not children(workers[1].pid):
            assert time.monotonic() < deadline and night.poll() is None, "the shards did not get going"
            time.sleep(0.2)
        time.sleep(2)
        assert night.poll() is None, "the night ended before a worker could be killed"
        for pid in [*children(workers[1].pid), workers[1].pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        out, err = night.communicate(timeout=300)
    finally:
        for w in workers:
            try:
                os.killpg(w.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if night.poll() is None:
            night.kill()
    assert night.returncode == 0, err
    assert "starting it again" in err or "starting it again" in out
    (run_id,), = query(fresh_lake, "SELECT id FROM runs WHERE flow = 'nightly' AND status = 'completed'")[1]
    crashed = shard_runs(api, "CRASHED")
    assert crashed and all(r["parameters"]["run_id"] == run_id for r in crashed)

    # Every check-worthy claim of every article has exactly one verdict in the run, and no row is doubled.
    _, per_claim = query(fresh_lake, f"""
        SELECT c.id, count(v.claim_id) FROM claims c JOIN articles a ON a.id = c.article_id
        LEFT JOIN verdicts v ON v.claim_id = c.id AND v.run_id = '{run_id}' WHERE c.checkworthy GROUP BY 1""")
    assert len(per_claim) > 50 and {n for _, n in per_claim} == {1}
    _, doubled = query(fresh_lake, f"""SELECT (SELECT count(*) FROM evidence WHERE run_id = '{run_id}')
        - (SELECT count(*) FROM (SELECT DISTINCT * FROM evidence WHERE run_id = '{run_id}')),
        (SELECT count(*) FROM texts) - (SELECT count(DISTINCT text_hash) FROM texts),
        (SELECT count(*) FROM fetches) - (SELECT count(*) FROM (SELECT DISTINCT run_id, id FROM fetches))""")
    assert doubled == [(0, 0, 0)]

    # The same night on one machine, into a DuckDB file: the views answer the same.
    single = str(tmp_path / "one-machine.duckdb")
    track(single, paths, lonely, demo_site)
    alone = subprocess.run([*VERACITY, "nightly", "--db", single, "--allow-loopback"], env=env,
                           capture_output=True, text=True, timeout=600)
    assert alone.returncode == 0, alone.stderr
    for sql in VIEWS:
        assert query(fresh_lake, sql)[1] == query(single, sql)[1], sql
