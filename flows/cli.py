"""The `veracity` command line."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from checkers import lake
from checkers.errors import VeracityError

REPO = Path(__file__).resolve().parents[1]
DEMO_WEB = REPO / "data" / "demo_web"
DEMO_ARTICLE = REPO / "data" / "articles" / "alibaba-apsara-2025.de.txt"

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="veracity: deterministic, explainable fact-checking of news claims into DuckDB.")
out = Console()
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="DuckDB file [default: data/veracity.duckdb; env VERACITY_DB]")
ConfigOption = typer.Option(None, "--config", help="Settings TOML file [default: ./veracity.toml if present]")


def _prefect_defaults() -> None:
    """Quiet, robust defaults for a local Prefect run; the user's own settings win. Without a Prefect
    server to talk to (PREFECT_API_URL), the temporary one is started here, tied to this process: it boots
    while the caller imports the pipeline, and ``_prefect_ready()`` waits for it before the first flow."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "true")
    if not os.environ.get("PREFECT_API_URL"):
        _start_temporary_server()


_server_ready = threading.Event()  # cleared while a temporary server is starting
_server_ready.set()
_server_failed: list[BaseException] = []


def _prefect_ready() -> None:
    """Wait until the temporary server (if one was started) answers; raise what its start raised."""
    _server_ready.wait()
    if _server_failed:
        raise _server_failed[0]


def _start_temporary_server() -> None:
    """Start Prefect's temporary server (which every Prefect client of this process then uses) so that it
    dies with this process however this process ends: on Linux the kernel sends it SIGTERM when its
    parent dies, even by SIGKILL (prctl PR_SET_PDEATHSIG), where Prefect's own clean-up runs only at a
    normal exit and a killed nightly job would leave its server running. The signal follows the thread
    that started the process, so the thread that starts it lives as long as this process does; meanwhile
    the main thread goes on importing the pipeline (about as long as the server takes to boot)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal
    import subprocess

    parent = os.getpid()
    libc = ctypes.CDLL(None, use_errno=True)

    def die_with_parent() -> None:  # runs in the child between fork and exec
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the line above
            os._exit(1)

    class Tied:
        """The subprocess module as Prefect sees it while its server starts: Popen ties the child."""

        def __getattr__(self, name: str) -> Any:
            return getattr(subprocess, name)

        @staticmethod
        def Popen(*args: Any, **kwargs: Any) -> subprocess.Popen:  # noqa: N802
            return subprocess.Popen(*args, preexec_fn=die_with_parent, **kwargs)  # type: ignore[call-overload]

    # Imported here, in the main thread: two threads importing the same packages at once can see each
    # other's modules half made.
    import prefect.server.api.server as server

    def start_and_stay() -> None:
        try:
            original = server.subprocess
            server.subprocess = Tied()  # type: ignore[assignment]
            try:
                server.SubprocessASGIServer().start()
            finally:
                server.subprocess = original
        except BaseException as exc:  # the main thread raises it in _prefect_ready()
            _server_failed.append(exc)
        finally:
            _server_ready.set()
        threading.Event().wait()  # the server's death signal is tied to this thread: it must not end

    _server_ready.clear()
    threading.Thread(target=start_and_stay, name="prefect-temporary-server", daemon=True).start()


def _settings(config: Optional[str], db: Optional[str]):
    from checkers.settings import Settings

    settings = Settings.load(config)
    return settings.replace(db_path=db) if db else settings


@app.command()
def verify(
    article: str = typer.Argument(..., help="Article file path or http(s) URL"),
    source: list[str] = typer.Option([], "--source", help="A source URL to check the claims against (repeatable)"),
    feed: list[str] = typer.Option([], "--feed", help="An RSS/Atom feed or XML sitemap to find sources in (repeatable)"),
    db: Optional[str] = DbOption,
    config: Optional[str] = ConfigOption,
    allow_loopback: bool = typer.Option(False, "--allow-loopback", help="Allow fetching from 127.0.0.1 / localhost (a local test site)"),
) -> None:
    """Split ARTICLE into claims, gather sources, and store verdicts; prints one row per check-worthy claim."""
    overrides = {"fetch_allow_loopback": True} if allow_loopback else {}
    _run_verify(article, source, feed, db, config, overrides)


@app.command()
def demo(
    db: Optional[str] = DbOption,
    config: Optional[str] = ConfigOption,
) -> None:
    """Serve the bundled demo web on loopback and verify the seed article against it, offline."""
    from flows.demo_web import StaticSite

    with StaticSite(DEMO_WEB) as site:
        err.print(f"demo web serving {DEMO_WEB} at {site.base_url}")
        # Offline: only the demo web's feed and sitemap, no search providers on the real web.
        _run_verify(str(DEMO_ARTICLE), [], [site.url("/feed.xml"), site.url("/sitemap.xml")], db, config,
                    {"fetch_allow_loopback": True, "discover_search": ()})


@app.command()
def track(
    article: str = typer.Argument(..., metavar="ARTICLE_OR_URL", help="Article file path or http(s) URL"),
    feed: list[str] = typer.Option([], "--feed", help="A feed or sitemap to refresh each night (repeatable)"),
    source: list[str] = typer.Option([], "--source", help="A source URL to re-check each night (repeatable)"),
    db: Optional[str] = DbOption,
) -> None:
    """Add an article to the watchlist the nightly run re-checks (again: update its feeds and sources)."""
    from checkers.store import Store

    try:
        settings = _settings(None, db)
        if not article.startswith(("http://", "https://")):
            from checkers.article import read_article_file

            read_article_file(article, settings)
            article = str(Path(article).resolve())
        with Store.open(settings.db_path, timeout=settings.db_lock_timeout) as store:
            tracked_id = store.track(article, list(feed), list(source))
    except VeracityError as exc:
        _fail(exc)
    out.print(f"tracking {article} as {tracked_id}", highlight=False)


@app.command()
def untrack(tracked_id: str = typer.Argument(..., metavar="ID"), db: Optional[str] = DbOption) -> None:
    """Stop re-checking a tracked article (its history stays)."""
    from checkers.store import Store

    try:
        settings = _settings(None, db)
        with Store.open(settings.db_path, timeout=settings.db_lock_timeout) as store:
            found = store.untrack(tracked_id)
    except VeracityError as exc:
        _fail(exc)
    if not found:
        _fail(VeracityError(f"no tracked article with id {tracked_id} (see `veracity tracked`)"))
    out.print(f"untracked {tracked_id}")


@app.command()
def tracked(db: Optional[str] = DbOption) -> None:
    """List tracked articles with the verdict counts of their latest verdicts."""
    from checkers.store import tracked_overview

    try:
        overview = tracked_overview(_settings(None, db).db_path)
    except VeracityError as exc:
        _fail(exc)
    columns = ["tracked_id", "reference", "feeds", "sources", "last_run", "supported", "contradicted", "mixed",
               "unverified"]
    table = Table(*columns)
    for row in overview:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    out.print(table)


@app.command(name="nightly")
def nightly_command(db: Optional[str] = DbOption, config: Optional[str] = ConfigOption,
                    allow_loopback: bool = typer.Option(False, "--allow-loopback",
                                                        help="Allow fetching from 127.0.0.1 / localhost"),
                    shards: Optional[int] = typer.Option(None, "--shards", min=0,
                                                         help="Cut the run into this many shards for the work "
                                                              "pool's workers (0: all here) [default: the "
                                                              "cluster_shards setting]")) -> None:
    """Run the nightly re-check once: every tracked article, incrementally."""
    from checkers.store import Store

    started = time.monotonic()
    try:
        settings = _settings(config, db)
        if allow_loopback:
            settings = settings.replace(fetch_allow_loopback=True)
        Store.open(settings.db_path, timeout=settings.db_lock_timeout).close()
        _prefect_defaults()
        from flows.nightly import nightly

        _prefect_ready()

        with _progress("nightly re-check"):
            overrides: dict[str, Any] = {"fetch_allow_loopback": True} if allow_loopback else {}
            if shards is not None:
                overrides["cluster_shards"] = shards
            result = nightly(db_path=settings.db_path, config_path=config, overrides=overrides)
    except VeracityError as exc:
        _fail(exc)
    columns = ["title", "checkworthy", "sources", "sources_matched", "sources_reused", "evidence",
               "claims_with_evidence", "verdicts_stored"]
    table = Table(*(c.replace("_", " ") for c in columns), title="Per article")
    for row in result["articles"]:
        table.add_row(*(str(row[c]) for c in columns))
    out.print(table)
    unchecked = [a["title"] for a in result["articles"]
                 if a["checkworthy"] and not (a["sources_matched"] or a["sources_reused"])]
    if unchecked:
        err.print(f"warning: no page was compared with {len(unchecked)} article(s): {'; '.join(unchecked)}",
                  highlight=False)
    c = result["counts"]
    err.print(f"nightly run {result['run_id']}: {c.get('articles', 0)} articles, {c.get('sources', 0)} sources "
              f"({c.get('downloaded', 0)} downloaded, {c.get('not_modified', 0)} unchanged), "
              f"{result['changed']} verdicts stored in {time.monotonic() - started:.1f} s", highlight=False)


@app.command()
def serve(
    cron: str = typer.Option("0 2 * * *", "--cron", help="When to run the nightly flow (cron syntax)"),
    timezone: str = typer.Option("UTC", "--timezone", help="Time zone of the cron times, e.g. Europe/Berlin"),
    pool: Optional[str] = typer.Option(None, "--pool", help="Deploy to this Prefect work pool (made if missing) "
                                       "and return: `prefect worker start --pool POOL` runs the flows"),
    shards: int = typer.Option(0, "--shards", min=0, help="With --pool: cut each nightly run into this many "
                               "shards, run by the pool's workers [default: the cluster_shards setting]"),
    db: Optional[str] = DbOption,
    config: Optional[str] = ConfigOption,
) -> None:
    """Serve the nightly flow on a schedule through a running Prefect server (PREFECT_API_URL), or with
    --pool deploy it to a work pool whose workers, on any machines, run it (README, "Running on several
    machines")."""
    try:
        settings = _settings(config, db)
        _prefect_defaults()
        from prefect.client.schemas.schedules import CronSchedule

        CronSchedule(cron=cron, timezone=timezone)  # Prefect's own check of the cron line and time zone
    except VeracityError as exc:
        _fail(exc)
    except ValueError as exc:
        problems = exc.errors() if hasattr(exc, "errors") else [{"msg": str(exc)}]
        _fail(VeracityError(f"bad schedule: {problems[0]['msg'].removeprefix('Value error, ')}"))
    if not os.environ.get("PREFECT_API_URL"):
        _fail(VeracityError("scheduling needs a running Prefect server: start `prefect server start` and set "
                            "PREFECT_API_URL=http://127.0.0.1:4200/api (or use a cron line calling `veracity nightly`)"))
    from prefect.schedules import Cron

    from flows.nightly import nightly

    db_path = settings.db_path if lake.parse(settings.db_path) else str(Path(settings.db_path).resolve())
    if pool:
        from flows.cluster import deploy

        deploy(pool, cron, timezone, db_path, config, {"cluster_shards": shards} if shards else {})
        err.print(f"deployed the nightly flow ('{cron}', {timezone}) and its shards to work pool '{pool}', "
                  f"database {db_path}; start workers with: prefect worker start --pool {pool}", highlight=False)
        return
    err.print(f"serving the nightly flow: '{cron}' ({timezone}), database {db_path}; Ctrl-C stops it", highlight=False)
    nightly.serve(name="veracity-nightly", schedules=[Cron(cron, timezone=timezone)],
                  parameters={"db_path": db_path, "config_path": config}, print_starting_message=False)


@app.command()
def report(
    article: Optional[str] = typer.Argument(None, metavar="ARTICLE_ID_OR_PATH",
                                            help="An article id, or the file path or URL it was verified from"),
    run: Optional[str] = typer.Option(None, "--run", help="Show the verdicts of this run [default: the latest]"),
    out_path: str = typer.Option("report.html", "--out", help="Where to write the HTML file"),
    index: Optional[str] = typer.Option(None, "--index", metavar="DIR",
                                        help="Write an index of all tracked articles, and a page for each, into DIR"),
    open_it: bool = typer.Option(False, "--open", help="Open the result in a browser"),
    db: Optional[str] = DbOption,
) -> None:
    """Write a self-contained HTML report: the article with claims highlighted by verdict, evidence on click."""
    from checkers.report import render_index, render_report
    from checkers.store import report_data, tracked_overview

    try:
        db_path = _settings(None, db).db_path
        if index:
            folder = Path(index)
            folder.mkdir(parents=True, exist_ok=True)
            overview = tracked_overview(db_path)
            links = {}
            for item in overview:
                if item["article_id"]:
                    name = f"{item['tracked_id']}.html"
                    (folder / name).write_text(render_report(report_data(db_path, item["article_id"])), "utf-8")
                    links[item["tracked_id"]] = name
            target = folder / "index.html"
            target.write_text(render_index(overview, links), "utf-8")
        else:
            if not article:
                _fail(VeracityError("name an article (id, path or URL), or give --index DIR"))
            target = Path(out_path)
            target.write_text(render_report(report_data(db_path, article, run)), "utf-8")
    except (VeracityError, OSError) as exc:
        _fail(exc)
    out.print(f"report written to {target}", highlight=False)
    if open_it:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())


@app.command(name="demo-web")
def demo_web(port: int = typer.Option(0, "--port", help="Port on 127.0.0.1 [default: a free one]")) -> None:
    """Serve the bundled demo web on loopback until stopped (Ctrl-C), for trying tracking and nightly runs."""
    from flows.demo_web import StaticSite

    try:
        site = StaticSite(DEMO_WEB, port=port).start()
    except OSError as exc:
        _fail(exc)
    out.print(f"demo web: {site.base_url}/\nfeed:     {site.url('/feed.xml')}\nsitemap:  {site.url('/sitemap.xml')}",
              highlight=False)
    out.print("Ctrl-C stops it.", style="dim")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        site.stop()


@app.command()
def export(
    parquet: str = typer.Option(..., "--parquet", metavar="DIR", help="Write each table as DIR/<table>.parquet"),
    db: Optional[str] = DbOption,
) -> None:
    """Write every table of the database as Parquet files."""
    from checkers.store import export_parquet

    try:
        written = export_parquet(_settings(None, db).db_path, parquet)
    except VeracityError as exc:
        _fail(exc)
    for table, rows in written.items():
        out.print(f"{table}: {rows} rows -> {Path(parquet) / (table + '.parquet')}", highlight=False)


def _run_verify(article: str, sources: list[str], feeds: list[str], db: Optional[str], config: Optional[str],
                overrides: dict[str, Any]) -> None:
    from checkers.store import Store

    started = time.monotonic()
    try:
        settings = _settings(config, db).replace(**overrides)
        _check_article(article, settings)  # fail fast with one line, before Prefect starts
        Store.open(settings.db_path, timeout=settings.db_lock_timeout).close()
        _prefect_defaults()
        from flows.verify import verify_article

        _prefect_ready()

        with _progress(f"verifying {article}"):
            result = verify_article(article=article, sources=sources, feeds=feeds, db_path=settings.db_path,
                                    config_path=config, overrides=overrides)
    except VeracityError as exc:
        _fail(exc)
    _print_verdicts(settings.db_path, result["run_id"])
    counts = result["counts"]
    err.print(f"run {result['run_id']}: {counts.get('checkworthy', 0)} check-worthy claims, "
              f"{counts.get('sources', 0)} sources ({counts.get('failed_sources', 0)} failed), "
              f"{counts.get('evidence', 0)} evidence sentences in {time.monotonic() - started:.1f} s "
              f"-> {settings.db_path}")
    err.print(f"query it: veracity sql \"select verdict, count(*) from latest_verdicts group by 1\" --db {settings.db_path}")


def _progress(message: str):
    """A spinner under the scrolling Prefect logs on an interactive terminal; nothing when piped.

    Prefect's console log handler prints through its own rich Console; pointing it at ours lets rich
    keep the spinner below the log lines instead of tearing through them."""
    import contextlib
    import logging

    if not err.is_terminal:
        return contextlib.nullcontext()
    from prefect.logging.handlers import PrefectConsoleHandler

    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in list(logging.root.manager.loggerDict))]
    for logger in loggers:
        for handler in getattr(logger, "handlers", []):
            if isinstance(handler, PrefectConsoleHandler):
                handler.console = err
    return err.status(f"[bold]{message}", spinner="dots")


def _check_article(article: str, settings) -> None:
    from checkers.article import load_article
    from checkers.fetch import Fetcher, make_client

    with make_client(settings) as client:
        load_article(article, Fetcher(client, settings), settings)


def _print_verdicts(db_path: str, run_id: str) -> None:
    from checkers.store import run_verdicts

    rows = run_verdicts(db_path, run_id)
    colours = {"supported": "green", "contradicted": "red", "mixed": "yellow", "unverified": "dim"}
    table = Table(show_lines=True, title="Verdicts")
    for name, width in (("claim", 40), ("verdict", 12), ("conf.", 5), ("best evidence", 50), ("url", 30)):
        table.add_column(name, max_width=width, overflow="fold")
    for claim, verdict, confidence, sentence, url in rows:
        table.add_row(claim, f"[{colours.get(verdict, 'white')}]{verdict}[/]", f"{confidence:.2f}",
                      sentence or "", url or "")
    out.print(table)


@app.command()
def sql(
    query_text: str = typer.Argument(..., metavar="SQL", help="A read-only SQL query"),
    db: Optional[str] = DbOption,
    fmt: str = typer.Option("table", "--format", help="table, csv or json"),
) -> None:
    """Run read-only SQL against the verdict database and print the result."""
    from checkers.store import query

    try:
        settings = _settings(None, db)
        columns, rows = query(settings.db_path, query_text, timeout=settings.db_lock_timeout)
    except VeracityError as exc:
        _fail(exc)
    if fmt == "json":
        out.print_json(json.dumps([dict(zip(columns, r)) for r in rows], default=str, ensure_ascii=False))
    elif fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)


@app.command()
def claims(
    article: str = typer.Argument(..., help="Article file path"),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array, one object per claim"),
    config: Optional[str] = ConfigOption,
) -> None:
    """Print the claims of an article, check-worthy or not (with the reason when not)."""
    import dataclasses

    from checkers.article import read_article_file
    from checkers.claims import split_claims

    try:
        settings = _settings(config, None)
        art = read_article_file(article, settings)
    except VeracityError as exc:
        _fail(exc)
    found = split_claims(art, settings.claims_plain_statements)
    if as_json:
        data = [{"id": c.id, "text": c.text, "sentence": c.sentence, "span": list(c.span),
                 "checkworthy": c.checkworthy, "reason": c.reason, "language": c.language,
                 "quantities": [dataclasses.asdict(q) for q in c.quantities],
                 "entities": [dataclasses.asdict(e) for e in c.entities]} for c in found]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table("#", "claim", "check-worthy", "quantities / reason", show_lines=False)
    for c in found:
        detail = ", ".join(q.text for q in c.quantities) if c.checkworthy else (c.reason or "")
        table.add_row(str(c.position), c.text, "yes" if c.checkworthy else "[dim]no[/]", detail)
    out.print(table)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., metavar="FILE_OR_URL...", help="HTML files or http(s) URLs"),
    as_json: bool = typer.Option(False, "--json", help="One JSON line per input"),
    allow_loopback: bool = typer.Option(False, "--allow-loopback", help="Allow fetching from 127.0.0.1 / localhost"),
    config: Optional[str] = ConfigOption,
) -> None:
    """Show what the pipeline sees of a page: title, language, publication date and main text."""
    from checkers.extract import extract_page
    from checkers.fetch import Fetcher, decode_body, make_client
    from checkers.records import Candidate, Page

    try:
        settings = _settings(config, None)
    except VeracityError as exc:
        _fail(exc)
    if allow_loopback:
        settings = settings.replace(fetch_allow_loopback=True)
    failures = 0
    with make_client(settings) as client:
        fetcher = Fetcher(client, settings)
        for item in inputs:
            if item.startswith(("http://", "https://")):
                page = fetcher.fetch(Candidate(url=item, provider="explicit"))
            elif Path(item).is_file():
                body, encoding = decode_body(Path(item).read_bytes()[: settings.fetch_max_bytes], "")
                page = Page(url=Path(item).resolve().as_uri(), provider="file", body=body, encoding=encoding,
                            content_type="text/plain" if item.endswith(".txt") else "text/html")
            else:
                page = Page(url=item, provider="file", error="not-found", error_message=f"no such file: {item}")
            source = extract_page(page)
            failures += source.error is not None
            record = {"input": item, "url": source.final_url or source.url, "title": source.title,
                      "language": source.language, "published": source.published_at, "text": source.text,
                      "links": len(source.links), "claim_reviews": [r.rating for r in source.claim_reviews],
                      "error": source.error, "error_message": source.error_message}
            if as_json:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif source.error:
                err.print(f"[red]{item}[/]: {source.error}: {source.error_message}", markup=True, highlight=False)
            else:
                out.rule(f"{item}")
                out.print(f"title: {source.title}\nlanguage: {source.language}   published: {source.published_at}   "
                          f"links: {len(source.links)}", markup=False, highlight=False)
                out.print(source.text, markup=False, highlight=False)
    if failures:
        raise typer.Exit(code=1)


@app.command(name="eval")
def evaluate(
    path: str = typer.Argument(..., metavar="FILE.jsonl", help='Lines of {"id", "claim", "language", "evidence": [...], "label"}'),
    out_path: Optional[str] = typer.Option(None, "--out", help='Write {"id", "verdict", "confidence"} lines here'),
    as_json: bool = typer.Option(False, "--json", help="Print the metrics as JSON"),
    config: Optional[str] = ConfigOption,
) -> None:
    """Verify labelled claims against their own evidence and print accuracy, per-class P/R/F1 and macro-F1."""
    from checkers.evaluate import breakdown, calibration_error, load_items, metrics, reliability, verify_item

    started = time.monotonic()
    try:
        settings = _settings(config, None)
        items = load_items(path)
    except (VeracityError, OSError) as exc:
        _fail(exc)
    predictions = [(item, verify_item(item, settings)) for item in items]
    seconds = time.monotonic() - started
    if out_path:
        with open(out_path, "w", encoding="utf-8") as fh:
            for item, verdict in predictions:
                fh.write(json.dumps({"id": item.id, "verdict": verdict.verdict, "confidence": verdict.confidence}) + "\n")
    labelled = [(item.label, v.verdict) for item, v in predictions if item.label]
    report = metrics(labelled)
    report["seconds"] = round(seconds, 2)
    report["by_group"] = breakdown(predictions)
    scored = [(v.confidence, v.verdict == item.label) for item, v in predictions if item.label]
    report["reliability"] = reliability(scored)
    report["calibration_error"] = round(calibration_error(scored), 3)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=1) + "\n")
        return
    out.print(f"{report['items']} labelled items in {seconds:.1f} s: accuracy {report['accuracy']:.3f}, "
              f"macro-F1 (supported/contradicted/unverified) {report['macro_f1']:.3f}", highlight=False)
    table = Table("label", "precision", "recall", "F1", "items")
    for label, m in report["per_class"].items():
        table.add_row(label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["support"]))
    out.print(table)
    groups = Table("items", "count", "accuracy", "macro-F1")
    for name, m in report["by_group"].items():
        groups.add_row(name, str(m["items"]), f"{m['accuracy']:.3f}", f"{m['macro_f1']:.3f}")
    out.print(groups)
    calibration = Table("confidence", "verdicts", "right", title="Reliability")
    for row in report["reliability"]:
        calibration.add_row(row["confidence"], str(row["verdicts"]), f"{row['accuracy']:.3f}")
    out.print(calibration)
    out.print(f"expected calibration error {report['calibration_error']:.3f}", highlight=False)


def _fail(exc: BaseException) -> None:
    message = " ".join(str(exc).split())  # always one line, whatever the library said
    sys.stderr.write(f"error: {message}\n")
    raise typer.Exit(code=2)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
