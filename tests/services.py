"""Real services the distributed tests need, started by the tests themselves on loopback: Debian's
PostgreSQL (the lake's catalog) and a Prefect server with its workers (tests/test_cluster.py).

``.ci/run`` installs PostgreSQL; on a machine without it these tests are skipped with the reason, except
in CI (``CI`` or ``VERACITY_REQUIRE_SERVICES=1``, which ``.ci/run`` sets), where that is a failure."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def missing(what: str) -> None:
    """Skip (or in CI, fail): a service this test needs is not installed."""
    if os.environ.get("VERACITY_REQUIRE_SERVICES") == "1" or os.environ.get("CI"):
        pytest.fail(f"{what} is not installed (.ci/run installs it)")
    pytest.skip(f"{what} is not installed")


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server in a temporary folder on a free loopback port; yields its base conninfo."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        missing("PostgreSQL (Debian package postgresql)")
    assert bin_dir is not None
    root = Path(tempfile.mkdtemp(prefix="veracity-pg-"))
    # PostgreSQL refuses to run as root: then it runs as the postgres user Debian's package made.
    as_user: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(root, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    data = root / "data"
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "veracity",
                    "--no-sync"], check=True, capture_output=True)
    subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"),
                    "-o", f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"],
                   check=True, capture_output=True)
    try:
        yield f"host=127.0.0.1 port={port} user=veracity"
    finally:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def new_lake(base: str, data_root: Path) -> str:
    """An empty lake: a new catalog database on the server, and a new data folder."""
    import psycopg

    name = f"lake_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{base} dbname=postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    data = data_root / name
    data.mkdir(parents=True)
    return f"ducklake:postgres:{base} dbname={name} data_path={data}/"


@contextlib.contextmanager
def prefect_server(home: Path) -> Iterator[str]:
    """`prefect server start` on a free loopback port, with its own home and database; yields its API URL."""
    import signal
    import sys
    import time

    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{home}/p.db"}
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port",
                               str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("the Prefect server did not start")
            time.sleep(0.5)
        yield api
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
