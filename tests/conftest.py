"""Shared fixtures: a session-scoped Prefect test harness, the demo web on loopback, a fresh DuckDB file."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Before Prefect is imported anywhere: no telemetry, a generous start-up timeout on small machines
# (PrefectHQ/prefect#16397), and no heartbeat thread delaying each flow's exit.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# No test may search the real web: search providers are off unless a test points them at loopback.
os.environ["VERACITY_DISCOVER_SEARCH"] = ""

from hypothesis import settings as hypothesis_settings  # noqa: E402

from checkers.settings import Settings  # noqa: E402

# Property tests draw the same examples on every run and machine: a failure in CI reproduces locally.
hypothesis_settings.register_profile("veracity", derandomize=True, deadline=None)
hypothesis_settings.load_profile("veracity")
from flows.demo_web import StaticSite  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEMO_WEB = REPO / "data" / "demo_web"
GOLD = Path(__file__).resolve().parent / "gold"
SEED_ARTICLE = REPO / "data" / "articles" / "alibaba-apsara-2025.de.txt"


@contextlib.contextmanager
def database_held_by_another_process(path: Path):
    """Another process opens the DuckDB file for writing and keeps it until the block ends."""
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys
        con = duckdb.connect({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.communicate("\n", timeout=10)


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            yield


@pytest.fixture(scope="session")
def demo_site():
    with StaticSite(DEMO_WEB) as site:
        yield site


@pytest.fixture
def fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "veracity.duckdb"


@pytest.fixture
def loopback_settings() -> Settings:
    """Defaults, but allowed to fetch from the tests' own loopback servers, with short timeouts."""
    return Settings().replace(fetch_allow_loopback=True, fetch_timeout=2.0, fetch_total_timeout=4.0,
                              fetch_backoff=0.05, fetch_retries=2, discover_search=())


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server of the test session's own (tests/services.py)."""
    from services import postgres_server

    with postgres_server() as base:
        yield base


@pytest.fixture
def fresh_lake(postgres, tmp_path: Path) -> str:
    """An empty DuckLake: the database setting that names it (catalog on the session's PostgreSQL)."""
    from services import new_lake

    return new_lake(postgres, tmp_path / "lake")
