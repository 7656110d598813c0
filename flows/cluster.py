"""The nightly run spread over Prefect workers on any number of machines.

``veracity serve --pool POOL`` deploys two flows to a Prefect work pool: ``nightly`` (on its schedule)
and ``nightly-shard``. With ``cluster_shards = N`` the nightly run cuts the tracked articles into N shards,
starts a ``nightly-shard`` flow run for each (any ``prefect worker start --pool POOL`` picks them up), and
waits for them. Every shard writes under the nightly run's id into the one store, which for several
machines is a DuckLake (checkers/lake.py). The run is done when every shard has written its row in
``run_shards``.

A worker can die mid-shard (its machine is switched off): Prefect then still shows the shard's flow run
as running. A shard holds a lock in the store for as long as it runs (a PostgreSQL advisory lock on a
lake), which its process loses when it dies; the nightly run looks at that lock, marks the flow run
crashed and starts the shard again, up to ``cluster_retries`` times. A shard run again adds no row twice:
its pages are stored once by content, a claim already compared with a page's text is not compared again,
and a verdict the first try stored is not stored again (the store keeps one per run and claim).
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections import Counter
from typing import Any

from prefect import flow, get_run_logger
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from checkers.errors import VeracityError
from checkers.fetch import Fetcher, make_client
from checkers.lake import HostSlots
from checkers.settings import Settings
from checkers.store import Store
from flows.verify import Job, verify_all

SHARD_FLOW, SHARD_DEPLOYMENT = "nightly-shard", "veracity-shard"
NIGHTLY_DEPLOYMENT = "veracity-nightly"
_POLL = 1.0  # seconds between looks at the shards' flow runs
# A shard's flow run is running a moment before its code takes the lock; only after this long does a free
# lock mean its process is gone.
_GRACE = 10.0
# A worker that took a shard marks it pending, starts a process for it, and that process marks it running
# once it has imported the flow (seconds on a busy machine). Pending this long, its worker is gone.
_PENDING_GRACE = 120.0

Tracked = tuple[str, str, list[str], list[str]]  # id, article, feeds, sources (Store.tracked)


def shard_lock(run_id: str, shard: int) -> str:
    return f"shard:{run_id}:{shard}"


def cut(watchlist: list[Tracked], shards: int) -> list[list[str]]:
    """Tracked ids in at most ``shards`` shards of about equal size. Articles tracked with the same feeds
    and sources go together while a shard has room (they share most pages, which a shard fetches once)."""
    shards = max(1, min(shards, len(watchlist)))
    size = -(-len(watchlist) // shards)  # ceil
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
    for tracked_id, _article, feeds, sources in sorted(watchlist):
        groups.setdefault((tuple(sorted(feeds)), tuple(sorted(sources))), []).append(tracked_id)
    pieces = [ids[i:i + size] for ids in groups.values() for i in range(0, len(ids), size)]
    out: list[list[str]] = [[] for _ in range(shards)]
    for piece in sorted(pieces, key=len, reverse=True):
        for tracked_id in piece:  # the emptiest shard with room takes the piece, spilling over if need be
            min(out, key=lambda s: (len(s) >= size, len(s))).append(tracked_id)
    return [s for s in out if s]


@flow(name=SHARD_FLOW, task_runner=ThreadPoolTaskRunner(max_workers=4))
def nightly_shard(db_path: str, run_id: str, shard: int, tracked_ids: list[str], config_path: str | None = None,
                  overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check some tracked articles for the nightly run ``run_id`` and record the shard as done."""
    settings = Settings.load(config_path).replace(**(overrides or {}))
    with Store(db_path, timeout=settings.db_lock_timeout) as store:
        store.hold(shard_lock(run_id, shard))  # first of all: the nightly run takes a free lock for a dead shard
        try:
            store.migrate()
            wanted = set(tracked_ids)
            watchlist = [t for t in store.tracked() if t[0] in wanted]
            jobs = [Job(article, tuple(sources), tuple(feeds)) for _, article, feeds, sources in watchlist]
            # Politeness per host across workers (on a lake: the catalog's advisory locks, checkers/lake.py).
            slots = HostSlots(store.lake, settings.fetch_per_host, settings.fetch_host_delay) if store.lake else None
            with make_client(settings) as client, slots or contextlib.nullcontext():
                run = verify_all(store, run_id, jobs, Fetcher(client, settings, host_gate=slots),
                                 settings, incremental=True, keep_going=True)
            ids = {article: tracked_id for tracked_id, article, _, _ in watchlist}
            articles, changed = [], []
            for result in run.articles:
                store.tracked_ran(ids[result.job.reference], result.article.id, run_id)
                articles.append({"title": result.article.title, **dataclasses.asdict(result.check)})
                text = {c.id: c.text for c in result.claims}
                changed += [[result.article.title, text[v.claim_id], v.verdict] for v in result.verdicts]
            outcome = {"counts": dict(run.counts), "articles": articles, "changed": changed}
            store.save_shard(run_id, shard, str(flow_run.id) if flow_run.id else None, outcome)
        finally:
            store.let_go(shard_lock(run_id, shard))
    get_run_logger().info("shard %d of run %s: %s", shard, run_id, dict(run.counts))
    return outcome


def run_shards(store: Store, run_id: str, watchlist: list[Tracked], db_path: str, config_path: str | None,
               overrides: dict[str, Any] | None, settings: Settings) -> list[dict[str, Any]]:
    """Start a shard flow run per shard on the work pool, start again any that crashed or failed, and
    return each shard's outcome (or raise when one failed ``cluster_retries`` times more)."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound
    from prefect.states import Crashed

    log = get_run_logger()
    shards = cut(watchlist, settings.cluster_shards)
    name = f"{SHARD_FLOW}/{SHARD_DEPLOYMENT}"
    with get_client(sync_client=True) as client:
        try:
            client.read_deployment_by_name(name)
        except ObjectNotFound:
            raise VeracityError(f"no {name} deployment: run `veracity serve --pool POOL` first") from None

    def start(shard: int) -> Any:
        return run_deployment(name, timeout=0, parameters=dict(
            db_path=db_path, run_id=run_id, shard=shard, tracked_ids=shards[shard], config_path=config_path,
            overrides=overrides or {}))

    running = {i: start(i).id for i in range(len(shards))}
    tries: Counter = Counter({i: 1 for i in running})
    log.info("nightly run %s: %d tracked articles in %d shards on the work pool", run_id, len(watchlist), len(shards))
    with get_client(sync_client=True) as client:
        while running:
            time.sleep(_POLL)
            for shard, flow_run_id in list(running.items()):
                state = client.read_flow_run(flow_run_id).state
                if state is None or state.is_completed():
                    if state is not None:
                        del running[shard]
                    continue
                # Running, yet its lock is free and it recorded no outcome: its process is gone. (A shard
                # lets go of its lock a moment before its flow run is marked completed.)
                since = time.time() - state.timestamp.timestamp() if state.timestamp is not None else 0.0
                gone = ((state.is_running() and since > _GRACE and not store.held_elsewhere(shard_lock(run_id, shard))
                         and shard not in store.shard_results(run_id))
                        or (state.is_pending() and since > _PENDING_GRACE))
                if gone:
                    client.set_flow_run_state(flow_run_id, Crashed(message="its worker is gone (its lock in the "
                                                                            "store is free)"), force=True)
                if not (gone or state.is_crashed() or state.is_failed() or state.is_cancelled()):
                    continue
                if tries[shard] > settings.cluster_retries:
                    raise VeracityError(f"shard {shard} of run {run_id} did not finish in {tries[shard]} tries "
                                        f"(last: {state.name})")
                log.warning("shard %d (flow run %s) %s: starting it again", shard, flow_run_id,
                            "lost its worker" if gone else f"ended {state.name}")
                running[shard] = start(shard).id
                tries[shard] += 1
    outcomes = store.shard_results(run_id)
    missing = sorted(set(range(len(shards))) - set(outcomes))
    if missing:  # a flow run that completed without its row would be a bug, not a lost worker
        raise VeracityError(f"shards {missing} of run {run_id} completed without recording their outcome")
    return [outcomes[i] for i in range(len(shards))]


def deploy(pool: str, cron: str, timezone: str, db_path: str, config_path: str | None,
           overrides: dict[str, Any] | None = None) -> None:
    """Create the work pool if need be, and deploy the nightly flow (on its schedule) and the shard flow
    to it. Workers import the flows from the installed package (entry points are module paths)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists
    from prefect.flows import EntrypointType
    from prefect.schedules import Cron

    from flows.nightly import nightly

    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
        except ObjectAlreadyExists:
            pass
    parameters = {"db_path": db_path, "config_path": config_path, "overrides": overrides or {}}
    nightly.to_deployment(NIGHTLY_DEPLOYMENT, schedules=[Cron(cron, timezone=timezone)], parameters=parameters,
                          entrypoint_type=EntrypointType.MODULE_PATH).apply(work_pool_name=pool)  # type: ignore[union-attr]
    nightly_shard.to_deployment(SHARD_DEPLOYMENT, entrypoint_type=EntrypointType.MODULE_PATH
                                ).apply(work_pool_name=pool)  # type: ignore[union-attr]
