"""The DuckDB store: the only module that writes SQL. Schema and views live in ``sql/NNN_*.sql`` and are
applied once each, in order, and recorded in ``schema_migrations``. Every stage's writes are one
transaction; rows go in as Arrow tables, never one by one.

DuckDB lets one process write a file, and no other process even read it meanwhile. So a Store holds the
file only for each of its operations (one stage's writes, one lookup) and lets go between them: people
query the verdict tables (``veracity sql``, ``report``) and a second run proceeds while a nightly run is
fetching and matching, waiting at most for one stage's transaction. A run that is still going is told
from one that was killed by a lock file it holds (``<db>.runs/<run id>.lock``; the kernel lets go of it
when the process dies).

For several machines the same Store writes a DuckLake instead (``ducklake:postgres:...``, see
checkers/lake.py): it stays attached between operations, each operation holds the lake's write lock, a
key is looked up before a row goes in (DuckLake enforces none), and a run's lock is a PostgreSQL advisory
lock."""

from __future__ import annotations

import dataclasses
import fcntl
import functools
import hashlib
import json
import os
import time
import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from checkers import lake as lakes
from checkers.decide import fingerprint
from checkers.errors import DatabaseLocked, InputError, StoreError
from checkers.records import (Article, ArticleCheck, Claim, ClaimReview, Entity, Evidence, MatchKey, Quantity,
                              Source, Verdict)

_SOURCE_KEYS = pa.schema([("source_id", pa.string()), ("content_hash", pa.string())])
_MATCH_KEYS = pa.schema([("claim_id", pa.string()), ("source_id", pa.string()), ("content_hash", pa.string())])


def migrations() -> list[tuple[int, str, str]]:
    files = sorted(p for p in resources.files("checkers").joinpath("sql").iterdir() if p.name.endswith(".sql"))
    return [(int(p.name.split("_")[0]), p.name, p.read_text("utf-8")) for p in files]


# DuckDB installs and loads extensions it thinks a query needs, from the network (a SQLite file opened as
# the database made it fetch sqlite_scanner): the store never does.
_Config = dict[str, str | bool | int | float | list[str]]
_NO_EXTENSIONS: _Config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# For people's own SQL: no files read or written (COPY ... TO, read_csv, ATTACH), no extensions, and no
# SET that would take it back.
_SANDBOX: _Config = {**_NO_EXTENSIONS, "enable_external_access": False, "lock_configuration": True}


def connect(path: str | Path | lakes.Lake, *, read_only: bool = False, timeout: float = 10.0,
            sandboxed: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database, waiting up to ``timeout`` seconds for another process to let go of it.
    ``sandboxed``: for SQL people type, which may then touch nothing but the database. ``path`` may
    also name a DuckLake (``ducklake:postgres:...``, see checkers/lake.py)."""
    lake = path if isinstance(path, lakes.Lake) else lakes.parse(path)
    if lake is not None:
        con = duckdb.connect(config=_NO_EXTENSIONS)
        try:
            lakes.attach(con, lake, read_only=read_only)
            if sandboxed:  # once the lake is attached, nothing but its data folder may be reached
                (data,) = con.execute("SELECT value FROM ducklake_options('lake') WHERE option_name = 'data_path'"
                                      ).fetchone() or (None,)
                if data:
                    con.execute("SET allowed_directories = ?", [[data]])
                for name, value in _SANDBOX.items():
                    con.execute(f"SET {name} = {value}")
        except BaseException:
            con.close()
            raise
        return con
    path = Path(str(path))
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}: run `veracity verify` or `veracity demo` first")
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError as exc:
            raise StoreError(f"cannot create database {path}: {exc.filename} is a file, not a folder") from exc
        except OSError as exc:
            raise StoreError(f"cannot create database {path}: {exc.strerror or exc}") from exc
    deadline = time.monotonic() + timeout
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=_SANDBOX if sandboxed else _NO_EXTENSIONS)
        except duckdb.IOException as exc:
            if "newer version" in str(exc):  # DuckDB reads no file a later DuckDB wrote
                raise StoreError(f"cannot open database {path}: a newer DuckDB than {duckdb.__version__} wrote it "
                                 "(copy it over with that DuckDB's EXPORT DATABASE, then IMPORT DATABASE)") from exc
            if "conflicting lock" not in str(exc).lower():  # ("lock" alone is in "block": a corrupt file)
                raise StoreError(f"cannot open database {path}: {str(exc).splitlines()[0]}") from exc
            if time.monotonic() >= deadline:
                raise DatabaseLocked(f"database {path} is in use by another process (waited {timeout:g} s)") from exc
            time.sleep(0.2)
        except duckdb.Error as exc:
            if "extension" in str(exc).lower():  # DuckDB wanted a scanner for another kind of file
                raise StoreError(f"cannot open database {path}: not a DuckDB database") from exc
            raise StoreError(f"cannot open database {path}: {str(exc).splitlines()[0]}") from exc


def _short(method):  # type: ignore[no-untyped-def]
    """A Store operation: the database is open while it runs (and the operations it calls), closed after."""
    @functools.wraps(method)
    def operation(self: "Store", *args: Any, **kwargs: Any) -> Any:
        with self.connected():
            return method(self, *args, **kwargs)
    return operation


class Store:
    def __init__(self, path: str | Path, timeout: float = 10.0) -> None:
        self.lake = lakes.parse(path)
        self.path, self.timeout = Path(path), timeout
        self._con: duckdb.DuckDBPyConnection | None = None
        self._depth = 0
        self._run_locks: dict[str, int | lakes.Session] = {}  # lock name -> what holds it (see hold())
        self._writer: lakes.Session | None = None  # holds a lake's write lock during each operation

    @classmethod
    def open(cls, path: str | Path, timeout: float = 10.0) -> "Store":
        store = cls(path, timeout)
        store.migrate()
        return store

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError("the store is open only inside its operations (use Store.connected())")
        return self._con

    @contextmanager
    def connected(self):  # type: ignore[no-untyped-def]
        """The database, open for what runs inside (nested uses share one connection). A lake stays
        attached between operations (nobody else waits for it), and each operation holds its write lock."""
        if self.lake is not None:
            if self._writer is None:
                self._writer = lakes.Session(self.lake)
            if self._depth == 0:
                self._writer.lock(_WRITES)
        if self._con is None:
            self._con = connect(self.lake if self.lake is not None else self.path, timeout=self.timeout)
        self._depth += 1
        try:
            yield self._con
        finally:
            self._depth -= 1
            if self._depth == 0:
                if self.lake is None:
                    self._con.close()
                    self._con = None
                elif self._writer is not None:
                    self._writer.unlock(_WRITES)

    def close(self) -> None:
        for run_id in list(self._run_locks):
            self.let_go(run_id)
        if self._con is not None and self._depth == 0:
            self._con.close()
            self._con = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_short
    def migrate(self) -> list[str]:
        self.con.execute(self._dialect("CREATE TABLE IF NOT EXISTS schema_migrations "
                                       "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)"))
        done = {v for (v,) in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for version, name, sql in migrations():
            if version in done:
                continue
            with self._transaction():
                self.con.execute(self._dialect(sql))
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()])
            applied.append(name)
        return applied

    def _dialect(self, sql: str) -> str:
        return lakes.dialect(sql) if self.lake is not None else sql

    @contextmanager
    def _transaction(self):
        """One stage's writes: all of them, or none (a crash mid-stage leaves no partial rows)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- runs -------------------------------------------------------------------------------------
    @_short
    def start_run(self, flow: str, parameters: dict[str, Any], run_id: str | None = None) -> str:
        run_id = run_id or str(uuid.uuid4())
        self.hold(run_id)
        self.con.execute("INSERT INTO runs (id, flow, started_at, status, parameters) VALUES (?, ?, ?, 'running', ?)",
                         [run_id, flow, _now(), json.dumps(parameters, default=str)])
        return run_id

    @_short
    def abort_stale_runs(self) -> int:
        """Runs still marked 'running' whose process is gone (their lock file is free) were killed: mark
        them. A run still going in another process keeps its mark."""
        running = [r for (r,) in self.con.execute("SELECT id FROM runs WHERE status = 'running'").fetchall()]
        stale = [r for r in running if r not in self._run_locks and not self.held_elsewhere(r)]
        if stale:
            self.con.execute(f"UPDATE runs SET status = 'aborted' WHERE id IN ({', '.join('?' * len(stale))})", stale)
        return len(stale)

    @_short
    def finish_run(self, run_id: str, status: str, counts: dict[str, Any]) -> None:
        self.con.execute("UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                         [_now(), status, json.dumps(counts), run_id])
        self.let_go(run_id)

    @_short
    def maintain(self) -> None:
        """A lake's upkeep after a night: each transaction of each worker wrote small Parquet files (or
        rows inlined in the catalog); DuckLake's CHECKPOINT flushes, merges and cleans them up. A DuckDB
        file needs none."""
        if self.lake is not None:
            self.con.execute("CHECKPOINT")

    @_short
    def save_shard(self, run_id: str, shard: int, flow_run_id: str | None, result: dict[str, Any]) -> None:
        row = dict(run_id=run_id, shard=shard, flow_run_id=flow_run_id, finished_at=_now(),
                   result=json.dumps(result, ensure_ascii=False, default=str))
        with self._transaction():
            self._insert("run_shards", [row], or_ignore=True)

    @_short
    def shard_results(self, run_id: str) -> dict[int, dict[str, Any]]:
        rows = self.con.execute("SELECT shard, result FROM run_shards WHERE run_id = ?", [run_id]).fetchall()
        return {shard: json.loads(result) for shard, result in rows}

    def _lock_file(self, run_id: str) -> Path:
        return self.path.with_name(self.path.name + ".runs") / f"{run_id}.lock"

    # A lock by name, held by this process until it lets go of it or dies: each run holds one named after
    # it, and a shard of a nightly run one of its own, so that a run killed mid-way (a shard whose worker
    # died) is told from one still going. A lock file on one machine, a PostgreSQL advisory lock on a lake.
    def hold(self, name: str) -> None:
        if self.lake is not None:
            session = lakes.Session(self.lake)
            session.lock(lakes.key(f"veracity-run:{name}"))
            self._run_locks[name] = session
            return
        path = self._lock_file(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._run_locks[name] = fd

    def let_go(self, name: str) -> None:
        held = self._run_locks.pop(name, None)
        if isinstance(held, lakes.Session):
            held.close()  # the session ends, and its lock with it
            return
        self._lock_file(name).unlink(missing_ok=True)
        if held is not None:
            os.close(held)

    def held_elsewhere(self, name: str) -> bool:
        """Whether another process holds the lock (is still running that run or shard)."""
        if self.lake is not None:
            return lakes.held_elsewhere(self.lake, f"veracity-run:{name}")
        try:
            fd = os.open(self._lock_file(name), os.O_RDWR)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        self._lock_file(name).unlink(missing_ok=True)  # a killed run's lock: free, and no longer needed
        return False

    # -- stage writes: one transaction each -----------------------------------------------------------
    @_short
    def save_article(self, run_id: str, article: Article, claims: list[Claim]) -> None:
        with self._transaction():
            self._insert("articles", [dict(id=article.id, url=article.url, path=article.path, title=article.title,
                                           language=article.language, published_at=article.published_at,
                                           text=article.text, run_id=run_id)], or_ignore=True)
            rows = [dict(id=c.id, article_id=c.article_id, position=c.position, sentence=c.sentence,
                         span_start=c.span[0], span_end=c.span[1], text=c.text, language=c.language,
                         checkworthy=c.checkworthy, reason_if_not=c.reason,
                         quantities=json.dumps([dataclasses.asdict(q) for q in c.quantities], ensure_ascii=False),
                         entities=json.dumps([dataclasses.asdict(e) for e in c.entities], ensure_ascii=False),
                         run_id=run_id) for c in claims]
            self._insert("claims", rows, or_ignore=True)

    @_short
    def save_sources(self, run_id: str, sources: Iterable[Source]) -> None:
        """One ``fetches`` row per page; its state goes into ``snapshots`` and its text into ``texts`` only
        when no run stored them yet (an unchanged page costs a night one small row)."""
        fetches, snapshots, texts = [], {}, {}
        for s in sources:
            digest = text_hash(s.text) if s.text is not None else None
            if digest is not None:
                texts[digest] = s.text
            state = dict(url=s.url, final_url=s.final_url, domain=s.domain, etag=s.etag,
                         last_modified=s.last_modified, content_hash=s.content_hash, title=s.title,
                         published_at=s.published_at, language=s.language, text_hash=digest,
                         claim_reviews=json.dumps([dataclasses.asdict(r) for r in s.claim_reviews], ensure_ascii=False)
                         if s.claim_reviews else None)
            key = snapshot_key(state)
            snapshots[key] = dict(id=key, run_id=run_id, **state)
            fetches.append(dict(run_id=run_id, id=s.id, provider=s.provider, fetched_at=s.fetched_at,
                                http_status=s.http_status, snapshot=key, error=s.error, error_message=s.error_message))
        with self._transaction():
            self._insert_new("texts", "text_hash", [dict(text_hash=h, text=t, run_id=run_id) for h, t in texts.items()])
            self._insert_new("snapshots", "id", list(snapshots.values()))
            self._insert("fetches", fetches, or_ignore=True)

    def _insert_new(self, table: str, key: str, rows: list[dict[str, Any]]) -> None:
        """Only the rows whose key the table lacks (the others are not even sent)."""
        if not rows:
            return
        have = {k for (k,) in self.con.execute(f"SELECT {key} FROM {table} WHERE list_contains(?, {key})",
                                                [[r[key] for r in rows]]).fetchall()}
        self._insert(table, [r for r in rows if r[key] not in have])

    @_short
    def save_results(self, run_id: str, evidence: list[Evidence], verdicts: list[Verdict],
                     matched: Iterable[MatchKey] = (), checks: Iterable[ArticleCheck] = ()) -> None:
        """Evidence, verdicts, the comparisons made (``matched``: the evidence they found is in
        ``evidence``) and the per-article tallies of a run, in one transaction."""
        now = _now()
        ev_rows = [dict(run_id=run_id, claim_id=e.claim_id, source_id=e.source_id, url=e.url, sentence=e.sentence,
                        span_start=e.span[0], span_end=e.span[1], score=e.score, lexical=e.lexical,
                        entities=e.entities, numbers=e.numbers, number_detail=e.number_detail or None,
                        negation=e.negation, stance=e.stance, opposite=e.opposite, kind=e.kind) for e in evidence]
        v_rows = [dict(run_id=run_id, claim_id=v.claim_id, verdict=v.verdict, confidence=v.confidence,
                       n_sources=v.n_sources, rationale=v.rationale, decided_at=now, evidence_hash=fingerprint(v))
                  for v in verdicts]
        m_rows = [dict(claim_id=c, source_id=s, content_hash=h, run_id=run_id) for c, s, h in set(matched)]
        a_rows = [dict(run_id=run_id, **dataclasses.asdict(a)) for a in checks]
        with self._transaction():
            self._insert("evidence", ev_rows)
            self._insert("verdicts", v_rows, or_ignore=True)  # a shard run again after a crash adds none twice
            self._insert("matched", m_rows, on_conflict="(claim_id, source_id, content_hash) DO UPDATE SET "
                                                        "run_id = excluded.run_id")
            self._insert("run_articles", a_rows, on_conflict="(run_id, article_id) DO NOTHING")

    @_short
    def mark_duplicates(self, run_id: str, duplicate_of: dict[str, str]) -> None:
        if not duplicate_of:
            return
        arrow = pa.table({"id": list(duplicate_of), "duplicate_of": list(duplicate_of.values())})
        with self._registered("_dups", arrow), self._transaction():
            self.con.execute("UPDATE fetches SET duplicate_of = d.duplicate_of FROM _dups d "
                             "WHERE fetches.run_id = ? AND fetches.id = d.id", [run_id])

    # -- reads the pipeline needs ------------------------------------------------------------------
    # The latest good fetch of each URL, without its text; _LATEST_GOOD_SOURCE adds the text of those alone.
    _LATEST_GOOD_FETCH = """
        SELECT f.run_id, f.id, f.provider, f.fetched_at, f.http_status, p.* EXCLUDE (id, run_id)
        FROM fetches f JOIN snapshots p ON p.id = f.snapshot
        WHERE list_contains(?, p.url) AND f.error IS NULL AND p.text_hash IS NOT NULL
        QUALIFY row_number() OVER (PARTITION BY p.url ORDER BY f.fetched_at DESC, f.run_id DESC) = 1"""
    _LATEST_GOOD_SOURCE = f"SELECT f.*, t.text FROM ({_LATEST_GOOD_FETCH}) f JOIN texts t USING (text_hash)"

    @_short
    def validators(self, urls: list[str]) -> dict[str, tuple[str | None, str | None]]:
        """URL -> (ETag, Last-Modified) of the latest good copy, for conditional requests."""
        if not urls:
            return {}
        rows = self.con.execute(f"SELECT url, etag, last_modified FROM ({self._LATEST_GOOD_FETCH}) "
                                "WHERE etag IS NOT NULL OR last_modified IS NOT NULL", [urls]).fetchall()
        return {url: (etag, modified) for url, etag, modified in rows}

    @_short
    def stored_sources(self, urls: list[str]) -> dict[str, Source]:
        """URL -> the latest good Source, to stand in for a page that comes back 304 Not Modified."""
        if not urls:
            return {}
        result = self.con.execute(self._LATEST_GOOD_SOURCE, [urls])
        names = [d[0] for d in result.description]
        out = {}
        for row in result.fetchall():
            r = dict(zip(names, row))
            reviews = tuple(ClaimReview(**x) for x in json.loads(r["claim_reviews"])) if r.get("claim_reviews") else ()
            out[r["url"]] = Source(
                id=r["id"], url=r["url"], provider=r["provider"], final_url=r["final_url"], domain=r["domain"],
                fetched_at=_iso(r["fetched_at"]), http_status=r["http_status"], etag=r["etag"],
                last_modified=r["last_modified"], content_hash=r["content_hash"], title=r["title"],
                published_at=r["published_at"], language=r["language"], text=r["text"], claim_reviews=reviews)
        return out

    @_short
    def claims_of(self, article_id: str) -> list[Claim]:
        """The claims stored for an article (its id is a hash of its text: same id, same claims)."""
        rows = self.con.execute(
            "SELECT id, article_id, position, sentence, span_start, span_end, text, language, checkworthy, "
            "reason_if_not, quantities, entities FROM claims WHERE article_id = ? ORDER BY position",
            [article_id]).fetchall()
        return [Claim(id=r[0], article_id=r[1], position=r[2], sentence=r[3], span=(r[4], r[5]), text=r[6],
                      language=r[7], checkworthy=r[8], reason=r[9],
                      quantities=tuple(Quantity(**q) for q in json.loads(r[10] or "[]")),
                      entities=tuple(Entity(**e) for e in json.loads(r[11] or "[]"))) for r in rows]

    @_short
    def latest_fingerprints(self, claim_ids: list[str]) -> dict[str, str]:
        if not claim_ids:
            return {}
        rows = self.con.execute(
            "SELECT claim_id, evidence_hash FROM verdicts WHERE list_contains(?, claim_id) "
            "QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY decided_at DESC, run_id DESC) = 1",
            [claim_ids]).fetchall()
        return {claim_id: h for claim_id, h in rows if h}

    @_short
    def matched_before(self, claim_ids: list[str], sources: Iterable[Source]) -> set[MatchKey]:
        """Which of these claims were already compared with the stored text of these pages."""
        keys = pa.Table.from_pylist([{"source_id": s.id, "content_hash": s.content_hash} for s in sources
                                     if s.content_hash], schema=_SOURCE_KEYS)
        if not claim_ids or not keys.num_rows:
            return set()
        with self._registered("_texts", keys):
            rows = self.con.execute(
                "SELECT m.claim_id, m.source_id, m.content_hash FROM matched m JOIN _texts t "
                "USING (source_id, content_hash) WHERE list_contains(?, m.claim_id)", [claim_ids]).fetchall()
        return {(c, s, h) for c, s, h in rows}

    @_short
    def previous_evidence(self, reused: Iterable[MatchKey]) -> list[Evidence]:
        """The evidence the latest comparison of each (claim, page text) found."""
        wanted = pa.Table.from_pylist([{"claim_id": c, "source_id": s, "content_hash": h} for c, s, h in set(reused)],
                                      schema=_MATCH_KEYS)
        if not wanted.num_rows:
            return []
        with self._registered("_wanted", wanted):
            rows = self.con.execute(
                """SELECT e.claim_id, e.source_id, e.url, e.sentence, e.span_start, e.span_end, e.score, e.lexical,
                          e.entities, e.numbers, coalesce(e.number_detail, ''), e.negation, e.stance,
                          coalesce(e.opposite, false), coalesce(e.kind, 'sentence')
                   FROM _wanted w JOIN matched m USING (claim_id, source_id, content_hash)
                   JOIN evidence e ON e.run_id = m.run_id AND e.claim_id = m.claim_id AND e.source_id = m.source_id
                   ORDER BY e.claim_id, e.source_id, e.span_start, e.kind""").fetchall()
        return [Evidence(claim_id=r[0], source_id=r[1], url=r[2], sentence=r[3], span=(r[4], r[5]), score=r[6],
                         lexical=r[7], entities=r[8], numbers=r[9], number_detail=r[10], negation=r[11],
                         stance=r[12], opposite=r[13], kind=r[14]) for r in rows]

    # -- the watchlist ----------------------------------------------------------------------------
    @_short
    def track(self, article: str, feeds: list[str], sources: list[str]) -> str:
        tracked_id = hashlib.sha256(article.encode()).hexdigest()[:12]
        with self._transaction():
            found = self.con.execute("SELECT 1 FROM tracked WHERE id = ?", [tracked_id]).fetchall()
            if found:
                self.con.execute("UPDATE tracked SET feeds = ?, sources = ?, active = true WHERE id = ?",
                                 [json.dumps(feeds), json.dumps(sources), tracked_id])
            else:
                self.con.execute("INSERT INTO tracked (id, article, feeds, sources, added_at, active) "
                                 "VALUES (?, ?, ?, ?, ?, true)",
                                 [tracked_id, article, json.dumps(feeds), json.dumps(sources), _now()])
        return tracked_id

    @_short
    def untrack(self, tracked_id: str) -> bool:
        found = self.con.execute("SELECT count(*) FROM tracked WHERE id = ? AND active", [tracked_id]).fetchone()[0]
        if found:
            self.con.execute("UPDATE tracked SET active = false WHERE id = ?", [tracked_id])
        return bool(found)

    @_short
    def tracked(self) -> list[tuple[str, str, list[str], list[str]]]:
        rows = self.con.execute("SELECT id, article, feeds, sources FROM tracked WHERE active ORDER BY added_at")
        return [(i, a, json.loads(f or "[]"), json.loads(s or "[]")) for i, a, f, s in rows.fetchall()]

    @_short
    def tracked_ran(self, tracked_id: str, article_id: str, run_id: str) -> None:
        self.con.execute("UPDATE tracked SET article_id = ?, last_run_id = ? WHERE id = ?",
                         [article_id, run_id, tracked_id])

    @contextmanager
    def _registered(self, name: str, table: pa.Table):
        self.con.register(name, table)
        try:
            yield
        finally:
            try:
                self.con.unregister(name)
            except duckdb.TransactionException:
                pass  # the statement failed and the transaction is aborted: let its own error through

    def _insert(self, table: str, rows: list[dict[str, Any]], or_ignore: bool = False,
                on_conflict: str | None = None) -> None:
        if not rows:
            return
        columns = [c for (c,) in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_catalog = current_database() ORDER BY ordinal_position", [table]).fetchall()]
        arrow = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
        names = ", ".join(columns)
        with self._registered("_incoming", arrow):
            if self.lake is not None and (or_ignore or on_conflict):
                self._insert_by_key(table, names, replace=bool(on_conflict and "DO UPDATE" in on_conflict))
                return
            verb = "INSERT OR IGNORE INTO" if or_ignore else "INSERT INTO"
            tail = f" ON CONFLICT {on_conflict}" if on_conflict else ""
            self.con.execute(f"{verb} {table} ({names}) SELECT {names} FROM _incoming{tail}")

    def _insert_by_key(self, table: str, names: str, replace: bool) -> None:
        """INSERT OR IGNORE (or, with ``replace``, an upsert) where the table enforces no key (a lake):
        the write lock makes the look and the insert one step."""
        keys = _KEYS[table]
        same = " AND ".join(f"{table}.{k} = i.{k}" for k in keys)
        if replace:
            self.con.execute(f"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM _incoming i WHERE {same})")
        self.con.execute(f"INSERT INTO {table} ({names}) SELECT DISTINCT ON ({', '.join(keys)}) {names} "
                         f"FROM _incoming i WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {same})")


_WRITES = lakes.key("veracity-store-writes")  # the lake's write lock

# Each table's key. A DuckDB file enforces them; a lake cannot, so the store looks a key up before it
# inserts (_insert_by_key).
_KEYS = {"articles": ("id",), "claims": ("id",), "verdicts": ("run_id", "claim_id"), "fetches": ("run_id", "id"),
         "matched": ("claim_id", "source_id", "content_hash"), "run_articles": ("run_id", "article_id"),
         "texts": ("text_hash",), "snapshots": ("id",), "tracked": ("id",), "runs": ("id",),
         "run_shards": ("run_id", "shard")}


def query(path: str | Path, sql: str, timeout: float = 10.0) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL, which can reach nothing but the database, and return the column names and rows."""
    if not sql.strip():
        raise InputError("no SQL given")
    con = connect(path, read_only=True, timeout=timeout, sandboxed=True)
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description] if result.description else []
        return columns, result.fetchall()
    except duckdb.Error as exc:
        raise StoreError(str(exc).splitlines()[0]) from exc
    finally:
        con.close()


def report_data(path: str | Path, article: str, run_id: str | None = None) -> dict[str, Any]:
    """Everything a report shows for one article: its text, claims, the verdict of each claim (in
    ``run_id``, or its latest), that verdict's evidence with source titles and dates, and each claim's
    verdict history. ``article`` is an article id, or the path or URL it was verified from."""
    con = connect(path, read_only=True)
    try:
        found = con.execute("SELECT id, title, text, url, path, language FROM articles WHERE id = ? OR url = ? "
                            "OR path = ? OR path = ? LIMIT 1",
                            [article, article, article, str(Path(article).resolve())]).fetchone()
        if found is None:
            raise StoreError(f"no article {article!r} in {path}: verify it first (`veracity verify`)")
        art = dict(zip(("id", "title", "text", "url", "path", "language"), found))
        claims = _dicts(con.execute(
            "SELECT id, position, sentence, span_start, span_end, text, checkworthy, reason_if_not "
            "FROM claims WHERE article_id = ? ORDER BY position", [art["id"]]))
        verdicts = _dicts(con.execute(
            """SELECT v.claim_id, v.verdict, v.confidence, v.n_sources, v.rationale, v.run_id, v.decided_at
               FROM verdicts v JOIN claims c ON c.id = v.claim_id
               WHERE c.article_id = ? AND (? IS NULL OR v.run_id = ?)
               QUALIFY row_number() OVER (PARTITION BY v.claim_id ORDER BY v.decided_at DESC, v.run_id DESC) = 1""",
            [art["id"], run_id, run_id]))
        history = _dicts(con.execute(
            """SELECT v.claim_id, v.verdict, v.confidence, v.run_id, v.decided_at FROM verdicts v
               JOIN claims c ON c.id = v.claim_id WHERE c.article_id = ? ORDER BY v.decided_at""", [art["id"]]))
        evidence = _dicts(con.execute(
            """SELECT e.claim_id, e.url, e.sentence, e.stance, e.score, e.number_detail, e.negation,
                      coalesce(e.opposite, false) AS opposite, coalesce(e.kind, 'sentence') AS kind,
                      s.title, s.published_at, s.domain
               FROM evidence e
               JOIN (SELECT claim_id, run_id FROM verdicts WHERE (? IS NULL OR run_id = ?)
                     QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY decided_at DESC, run_id DESC) = 1) l
                 ON l.claim_id = e.claim_id AND l.run_id = e.run_id
               JOIN claims c ON c.id = e.claim_id
               LEFT JOIN sources s ON s.id = e.source_id AND s.run_id = e.run_id
               WHERE c.article_id = ?
               ORDER BY e.claim_id, (e.stance <> 'neutral') DESC, e.score DESC""", [run_id, run_id, art["id"]]))
        return {"article": art, "claims": claims, "verdicts": verdicts, "history": history, "evidence": evidence}
    finally:
        con.close()


def tracked_overview(path: str | Path) -> list[dict[str, Any]]:
    """Per tracked article: its id, title, verdict counts and the claims that changed in its last run."""
    con = connect(path, read_only=True)
    try:
        articles = _dicts(con.execute(
            """SELECT t.id AS tracked_id, t.article AS reference, t.article_id, a.title, t.last_run_id,
                      json_array_length(t.feeds) AS feeds, json_array_length(t.sources) AS sources,
                      r.finished_at AS last_run,
                      count(*) FILTER (WHERE l.verdict = 'supported') AS supported,
                      count(*) FILTER (WHERE l.verdict = 'contradicted') AS contradicted,
                      count(*) FILTER (WHERE l.verdict = 'mixed') AS mixed,
                      count(*) FILTER (WHERE l.verdict = 'unverified') AS unverified
               FROM tracked t LEFT JOIN articles a ON a.id = t.article_id
               LEFT JOIN runs r ON r.id = t.last_run_id
               LEFT JOIN latest_verdicts l ON l.article_id = t.article_id
               WHERE t.active GROUP BY ALL ORDER BY t.article"""))
        for row in articles:
            row["changed"] = _dicts(con.execute(
                "SELECT claim, previous_verdict, new_verdict FROM verdict_changes WHERE article_id = ? AND run_id = ?",
                [row["article_id"], row["last_run_id"]]))
        return articles
    finally:
        con.close()


def run_verdicts(path: str | Path, run_id: str) -> list[tuple]:
    """(claim, verdict, confidence, best sentence, best URL) of one run, in article order."""
    return query(path, "SELECT claim, verdict, confidence, best_sentence, best_url FROM latest_verdicts "
                       f"WHERE run_id = '{run_id.replace(chr(39), '')}' ORDER BY position")[1]


def database_size(path: str | Path) -> tuple[int, int]:
    """(bytes of the file, bytes of the blocks in use) after a checkpoint: how much a store holds."""
    con = connect(path)
    try:
        con.execute("CHECKPOINT")
        block_size, used = con.execute("SELECT block_size, used_blocks FROM pragma_database_size()").fetchone()
    finally:
        con.close()
    return os.path.getsize(path), block_size * used


def _dicts(result) -> list[dict[str, Any]]:
    names = [d[0] for d in result.description]
    return [dict(zip(names, row)) for row in result.fetchall()]


def export_parquet(path: str | Path, folder: str | Path) -> dict[str, int]:
    """Every base table, and the ``sources`` view, as ``folder/<name>.parquet``; returns the row count of each."""
    folder = Path(folder)
    con = connect(path, read_only=True)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Every table, and the sources view (a table until pages were stored once: exports read by
        # earlier tooling keep their sources.parquet, each run's pages with their text).
        tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_catalog = current_database() "
                                            "AND (table_type = 'BASE TABLE' OR table_name = 'sources') "
                                            "ORDER BY 1").fetchall()]
        counts = {}
        for table in tables:
            target = str(folder / f"{table}.parquet").replace("'", "''")
            con.execute(f"COPY {table} TO '{target}' (FORMAT parquet)")
            counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return counts
    except OSError as exc:
        raise StoreError(f"cannot write to {folder}: {exc.strerror or exc}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot write to {folder}: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime | None) -> str | None:
    """A stored timestamp as the pipeline's records carry it (UTC, ISO 8601, to the second)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds") if moment is not None else None


_SNAPSHOT_COLUMNS = ("url", "final_url", "domain", "etag", "last_modified", "content_hash", "title", "published_at",
                     "language", "text_hash", "claim_reviews")


def snapshot_key(state: dict[str, Any]) -> str:
    """The key of a page's state in ``snapshots``, as ``sql/009_texts.sql`` computes it for older rows."""
    joined = "\x1f".join(state.get(c) or "" for c in _SNAPSHOT_COLUMNS)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def text_hash(text: str) -> str:
    """The key of a page text in ``texts``: as DuckDB's ``substr(sha256(text), 1, 16)`` computes it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
