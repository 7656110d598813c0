"""`veracity serve` registers the nightly deployment with its cron schedule on a running Prefect server."""

import os
import signal
import socket
import subprocess
import sys
import time

import httpx

from conftest import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def test_serve_registers_the_nightly_deployment_and_its_schedule(tmp_path):
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_UI_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    serving = None
    try:
        wait_for(lambda: httpx.get(f"{api}/health", timeout=2).status_code == 200, 120, "the Prefect server")
        serving = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", "--cron", "0 2 * * *",
                                    "--timezone", "Europe/Berlin", "--db", str(tmp_path / "v.duckdb")],
                                   cwd=REPO, env={**env, "PREFECT_API_URL": api},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def deployment():
            found = httpx.post(f"{api}/deployments/filter", json={}, timeout=5).json()
            return next((d for d in found if d["name"] == "veracity-nightly"), None)

        found = wait_for(deployment, 90, "the nightly deployment")
        (schedule,) = [s["schedule"] for s in found["schedules"]]
        assert schedule["cron"] == "0 2 * * *" and schedule["timezone"] == "Europe/Berlin"
        assert found["parameters"]["db_path"] == str(tmp_path / "v.duckdb")
    finally:
        for proc in (serving, server):
            if proc is not None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
