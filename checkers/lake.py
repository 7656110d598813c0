"""DuckLake: the store when several machines write it.

An embedded DuckDB file lets one process write at a time, on one machine. For a nightly job spread over
Prefect workers on several machines the store is a DuckLake instead: its catalog is a PostgreSQL
database, its data Parquet files in a folder every worker reaches. The database setting names it::

    ducklake:postgres:host=db.example port=5432 dbname=veracity user=veracity data_path=/mnt/lake/

``data_path`` is needed only the first time (DuckLake records it in the catalog); the rest is a libpq
connection string. People query it with the same SQL and views as the DuckDB file.

Two things the file gave for free are done here with the catalog's PostgreSQL:
- **One writer at a time.** DuckLake has no primary keys, and two transactions that update the same
  table conflict. Every store operation holds a PostgreSQL advisory lock, so the workers' short writes
  take turns (their fetching and matching, the long part, still run side by side) and an insert that
  first looks for its key sees every earlier one.
- **Is that run still going?** A run holds an advisory lock of its own for as long as it runs; PostgreSQL
  lets go of it when the process holding it dies, like the kernel does a lock file's.

The extensions are not downloaded at run time (locked-down servers cannot): they come from PyPI's
``duckdb-extension-ducklake`` and ``duckdb-extension-postgres`` packages and are loaded by file path.
"""

from __future__ import annotations

import hashlib
import importlib.util
import random
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from checkers.errors import StoreError

PREFIX = "ducklake:"
_DATA_PATH = re.compile(r"\s*\bdata_path=(\S+)")


@dataclass(frozen=True)
class Lake:
    conninfo: str             # libpq connection string of the PostgreSQL catalog
    data_path: str | None     # where the Parquet files go; only needed when the lake is created

    def __str__(self) -> str:
        return f"{PREFIX}postgres:{self.conninfo}"


def parse(target: str | Path) -> Lake | None:
    """The lake a database setting names, or None for a DuckDB file."""
    text = str(target)
    if not text.startswith(PREFIX):
        return None
    rest = text[len(PREFIX):]
    if not rest.startswith("postgres:"):
        raise StoreError(f"unsupported lake {text!r}: the catalog must be PostgreSQL (ducklake:postgres:...)")
    conninfo = rest[len("postgres:"):]
    found = _DATA_PATH.search(conninfo)
    data_path = found.group(1) if found else None
    conninfo = _DATA_PATH.sub("", conninfo).strip()
    if not conninfo:
        raise StoreError("the lake needs a PostgreSQL connection string: ducklake:postgres:dbname=... host=...")
    return Lake(conninfo, data_path)


def _extension(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise StoreError(f"a DuckLake store needs the {package.replace('_', '-')} package (pip install it)")
    found = sorted((Path(spec.origin).parent / "extensions").glob(f"*/{name}.duckdb_extension"))
    if not found:
        raise StoreError(f"{package} holds no {name} extension file")
    return found[-1]


_LINKS = Path(tempfile.gettempdir()) / "veracity-duckdb-extensions"


def _postgres_extension() -> Path:
    # DuckDB derives an extension's entry point from its file name, and this one's is postgres_scanner.
    target = _extension("duckdb_extension_postgres", "postgres")
    link = _LINKS / hashlib.sha256(str(target).encode()).hexdigest()[:12] / "postgres_scanner.duckdb_extension"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(target)
        except FileExistsError:
            pass  # another process made it meanwhile
    return link


def attach(con: duckdb.DuckDBPyConnection, lake: Lake, read_only: bool = False) -> None:
    """Load the extensions from their packages and make the lake the connection's default database."""
    con.execute(f"LOAD '{_postgres_extension()}'")
    con.execute(f"LOAD '{_extension('duckdb_extension_ducklake', 'ducklake')}'")
    options = ["READ_ONLY"] if read_only else []
    if lake.data_path:
        options.append(f"DATA_PATH '{_quote(lake.data_path)}'")
    suffix = f" ({', '.join(options)})" if options else ""
    try:
        con.execute(f"ATTACH '{_quote(str(lake))}' AS lake{suffix}")
    except duckdb.Error as exc:
        raise StoreError(f"cannot open lake {lake}: {str(exc).splitlines()[0]}") from exc
    con.execute("USE lake")


def _quote(text: str) -> str:
    return text.replace("'", "''")


def key(name: str) -> int:
    """A name as a PostgreSQL advisory lock key (a signed 64-bit number)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class Session:
    """A PostgreSQL session on the lake's catalog, for advisory locks: a lock it takes is held until it
    lets go of it or the session ends (the process died, its connection dropped)."""

    def __init__(self, lake: Lake) -> None:
        import psycopg  # only a lake needs it

        try:
            self._con = psycopg.connect(lake.conninfo, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot reach the lake's catalog: {str(exc).splitlines()[0]}") from exc

    def lock(self, k: int) -> None:
        """Wait for the lock ``k`` and take it."""
        self._con.execute("SELECT pg_advisory_lock(%s)", [k])

    def try_lock(self, k: int) -> bool:
        """Take the lock ``k`` if it is free (or this session holds it already)."""
        row = self._con.execute("SELECT pg_try_advisory_lock(%s)", [k]).fetchone()
        return bool(row and row[0])

    def unlock(self, k: int) -> None:
        self._con.execute("SELECT pg_advisory_unlock(%s)", [k])

    def close(self) -> None:
        self._con.close()


class HostSlots:
    """Politeness per host across every worker of a lake: a request to a host holds one of
    ``per_host`` PostgreSQL advisory locks named after the host, whichever machine asks, and with
    ``delay`` keeps it at least that long. A worker holds its slots on one session of its own (a worker
    that dies loses them with it), and knows which it holds: a session may take a lock it holds again.

    (Prefect's global concurrency limits would do the same through its API, but a process acquires
    their slots one at a time through a single service thread, about 80 ms each here: a shard of 2,000
    pages spent minutes waiting for slots. A lock here costs a fraction of a millisecond.)"""

    _WAIT = 0.01  # seconds between two looks for a free slot

    def __init__(self, lake: Lake, per_host: int, delay: float = 0.0) -> None:
        self.lake, self.per_host, self.delay = lake, max(1, per_host), delay
        self._session: Session | None = None
        self._held: set[int] = set()
        self._guard = threading.Lock()

    @contextmanager
    def __call__(self, host: str) -> Iterator[None]:
        keys = [key(f"veracity-host:{host}:{i}") for i in range(self.per_host)]
        start = random.randrange(self.per_host)  # not every thread first at slot 0
        while (held := self._take(keys[start:] + keys[:start])) is None:
            time.sleep(self._WAIT)
        taken = time.monotonic()
        try:
            yield
        finally:
            if self.delay > 0:
                time.sleep(max(0.0, taken + self.delay - time.monotonic()))
            with self._guard:
                assert self._session is not None
                self._session.unlock(held)
                self._held.discard(held)

    def _take(self, keys: list[int]) -> int | None:
        with self._guard:
            if self._session is None:
                self._session = Session(self.lake)
            for k in keys:
                if k not in self._held and self._session.try_lock(k):
                    self._held.add(k)
                    return k
        return None

    def close(self) -> None:
        with self._guard:
            if self._session is not None:
                self._session.close()
                self._session = None
            self._held.clear()

    def __enter__(self) -> "HostSlots":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def held_elsewhere(lake: Lake, name: str) -> bool:
    """Whether another session holds the lock ``name``."""
    session, k = Session(lake), key(name)
    try:
        if session.try_lock(k):
            session.unlock(k)
            return False
        return True
    finally:
        session.close()


_PRIMARY_KEY = re.compile(r"\s+PRIMARY KEY(?=\s*[,)\-\n])", re.IGNORECASE)
_KEY_CLAUSE = re.compile(r",\s*PRIMARY KEY\s*\([^)]*\)", re.IGNORECASE)


# DuckLake adds no column with a default to a table; the store writes every column of a row anyway.
_ADD_COLUMN_DEFAULT = re.compile(r"(ADD COLUMN[^;]*?)\s+DEFAULT\s+[^;,]+", re.IGNORECASE)


def dialect(sql: str) -> str:
    """A migration as DuckLake takes it: no column defaults added, no key constraints (the store looks for a row's key before it
    inserts, under the write lock), so no INSERT OR IGNORE either."""
    sql = re.sub(r"--[^\n]*", "", sql)  # no comment between a comma and a key clause
    sql = _ADD_COLUMN_DEFAULT.sub(r"\1", sql)
    sql = _KEY_CLAUSE.sub("", sql)
    sql = _PRIMARY_KEY.sub("", sql)
    return re.sub(r"INSERT OR IGNORE INTO", "INSERT INTO", sql, flags=re.IGNORECASE)
