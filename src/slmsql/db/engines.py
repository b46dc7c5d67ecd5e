"""Databases behind a SQLAlchemy URL: PostgreSQL, MySQL/MariaDB and DuckDB, read-only on each.

``--db`` (and every API that takes a database) accepts a URL besides a SQLite path:
``postgresql+psycopg://user:pw@host:5432/db``, ``mysql+pymysql://user:pw@host/db`` (MariaDB too) and
``duckdb:///path/file.duckdb``. Queries go through the drivers themselves, so that each engine's own
read-only wall is exactly what runs (SQLAlchemy's inspector reads the schemas, see
:mod:`slmsql.db.engine_schema`):

- PostgreSQL: each query in its own ``BEGIN TRANSACTION READ ONLY`` with ``SET LOCAL
  statement_timeout`` and ``idle_in_transaction_session_timeout``, then ``ROLLBACK``; the query is
  sent as one extended-protocol statement (``PQsendQueryParams``), which the server refuses to split,
  so ``SELECT 1; COMMIT; DROP TABLE t`` cannot end the transaction. The session also has
  ``default_transaction_read_only`` on.
- MySQL/MariaDB: ``START TRANSACTION READ ONLY`` per query with ``max_execution_time`` (MySQL, ms) or
  ``max_statement_time`` (MariaDB, s), then ``ROLLBACK``; the client never enables multi-statements.
  The session's own characteristic is set read-only before each query too: DDL commits the open
  transaction implicitly and would then run in a read-write autocommit one (measured on MariaDB
  10.11: ``TRUNCATE`` emptied a table through ``START TRANSACTION READ ONLY`` alone).
- DuckDB: opened with ``read_only=True``, external access off (no file or network reads, no
  ``COPY``/``ATTACH`` of other files), no extension auto-install or auto-load, the configuration
  locked; a timer interrupts the running statement at the deadline.

The read-only policy (:func:`slmsql.db.policy.check_sql`) in the engine's dialect is the second wall,
and there text sqlglot cannot parse is refused (SQLite's authorizer judges such text on SQLite; no
other engine has an equivalent). The server stops a statement at its timeout on PostgreSQL and
MySQL/MariaDB, DuckDB is interrupted in process, and the worker pool kills a worker that is still
busy shortly after (:mod:`slmsql.db.pool`). Rows come one at a time against the row cap and the
byte budget. Values are normalised (:func:`normalise_value`) so that a Decimal, a date or a UUID
compares as SQLite's value for the same data would.

URLs can hold passwords: messages show them through :func:`mask_url` only.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import functools
import json
import os
import re
import threading
import time
import uuid
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from slmsql.db.execute import ErrorClass, QueryResult, row_bytes, shown_sql
from slmsql.db.limits import DEFAULT_MAX_RESULT_BYTES, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryLimits
from slmsql.db.policy import check_sql, statement_text
from slmsql.errors import InputError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
# Seconds a connection may take to open before the query counts as failed.
CONNECT_TIMEOUT_S = 10
# DuckDB's bounds inside this process (its default takes 80% of the machine's memory and every core).
DUCKDB_MEMORY_LIMIT = "1GB"
DUCKDB_THREADS = 2


@dataclass(frozen=True)
class EngineKind:
    """One supported engine: ``kind`` (our name), the SQLAlchemy driver used, sqlglot's dialect and
    the name the prompt shows."""

    kind: str
    driver: str
    dialect: str
    display: str


ENGINES = {
    "postgresql": EngineKind("postgresql", "postgresql+psycopg", "postgres", "PostgreSQL"),
    "mysql": EngineKind("mysql", "mysql+pymysql", "mysql", "MySQL"),
    "mariadb": EngineKind("mariadb", "mariadb+pymysql", "mysql", "MariaDB"),
    "duckdb": EngineKind("duckdb", "duckdb", "duckdb", "DuckDB"),
}
_ALIASES = {"postgres": "postgresql", "postgresql": "postgresql", "mysql": "mysql", "mariadb": "mariadb",
            "duckdb": "duckdb"}
_DRIVERS = {"postgresql": {"", "psycopg"}, "mysql": {"", "pymysql"}, "mariadb": {"", "pymysql"},
            "duckdb": {""}}
_PACKAGES = {"postgresql": "psycopg", "mysql": "pymysql", "mariadb": "pymysql", "duckdb": "duckdb"}


def is_url(value: object) -> bool:
    """True when ``value`` is a database URL (``scheme://...``) rather than a file path."""
    return isinstance(value, str) and bool(_SCHEME.match(value))


def mask_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (for every message and log line)."""
    return re.sub(r"^([^:/]+://[^:/@]*:)[^/]*@", r"\1***@", url) if "@" in url else url


@dataclass(frozen=True)
class DatabaseURL:
    """A checked database URL: ``url`` in its canonical driver form (password included: never show
    it, use :attr:`shown`), the engine, and for DuckDB the file."""

    url: str
    engine: EngineKind
    shown: str
    path: Path | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect


@functools.lru_cache(maxsize=64)
def parse_database_url(value: str) -> DatabaseURL:
    """Check ``value`` as a database URL; one :class:`InputError` line (password masked) when it is
    not one slmsql can open."""
    shown = mask_url(value)
    try:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError
    except ImportError:
        raise InputError(
            "engine_missing", f"database {shown}: needs the 'engines' extra (pip install 'slmsql[engines]')"
        ) from None
    try:
        url = make_url(value)
    except (ArgumentError, ValueError) as exc:
        raise InputError("db_bad_url", f"database {shown}: not a valid database URL ({exc})") from None
    backend, _, driver = url.drivername.partition("+")
    kind = _ALIASES.get(backend.lower())
    if kind is None:
        supported = "postgresql+psycopg://, mysql+pymysql://, mariadb+pymysql://, duckdb:///FILE"
        raise InputError("db_bad_url", f"database {shown}: unsupported engine {backend!r}; use {supported}")
    if driver.lower() not in _DRIVERS[kind]:
        raise InputError(
            "db_bad_url", f"database {shown}: driver {driver!r} is not supported; use {ENGINES[kind].driver}"
        )
    engine = ENGINES[kind]
    url = url.set(drivername=engine.driver)
    path = None
    if kind == "duckdb":
        if not url.database or url.database == ":memory:":
            raise InputError("db_bad_url", f"database {shown}: name a DuckDB file, as duckdb:///path/file.duckdb")
        path = Path(url.database).expanduser()
        if not path.is_file():
            raise InputError("db_missing", f"database {shown}: no such DuckDB file")
    elif not url.database:
        raise InputError("db_bad_url", f"database {shown}: the URL names no database")
    try:
        __import__(_PACKAGES[kind])
    except ImportError:
        raise InputError(
            "engine_missing",
            f"database {shown}: the {_PACKAGES[kind]} driver is not installed "
            "(pip install 'slmsql[engines]')",
        ) from None
    return DatabaseURL(url.render_as_string(hide_password=False), engine, shown, path)


# --- values ----------------------------------------------------------------------------------------


def normalise_value(value: object) -> object:
    """A driver's value as the plain Python value SQLite would return for the same data, so that
    voting and EX compare results across engines: Decimal as int (integral) or float, dates and times
    as ISO text, UUID as text, JSON and arrays as canonical JSON text, booleans as 0/1."""
    if value is None or isinstance(value, (str, float)):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            return float(value)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return str(value)


def normalise_row(row: Iterable) -> tuple:
    return tuple(normalise_value(v) for v in row)


def check_database(value: str | Path) -> Path | str:
    """A database as every layer takes it: a URL (checked, the role's write rights warned about once)
    stays text, anything else is a SQLite file, checked."""
    if is_url(value):
        db = parse_database_url(value)
        warn_if_writable(db)
        return value
    from slmsql.db.connection import check_database_file

    return check_database_file(value)


# --- connections (one per URL per process and thread, reopened when broken) --------------------------
# Keyed by process id: a worker forked from a process holding a connection must not use its socket
# (nor close it: the parent's session would end). Keyed by thread: threads running queries in one
# process (``workers=0``) must not share one (PyMySQL's are not thread-safe; a statement timeout set
# for one query would apply to another's).
_CONNECTIONS: dict[tuple[int, int, str], object] = {}
_SERVER: dict[str, str] = {}  # url -> "mysql" | "mariadb" (as the server says)
_LOCK = threading.Lock()


def duckdb_config() -> dict:
    """The configuration every DuckDB connection of slmsql uses (DuckDB refuses a second connection
    to a file with a different one, so introspection uses the same)."""
    return {
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "allow_community_extensions": False,
        "memory_limit": DUCKDB_MEMORY_LIMIT,
        "threads": DUCKDB_THREADS,
        "temp_directory": "",
        "lock_configuration": True,
    }


def _connect(db: DatabaseURL):
    from sqlalchemy.engine import make_url

    url = make_url(db.url)
    if db.engine.kind == "postgresql":
        import psycopg

        params = {"host": url.host, "port": url.port, "user": url.username, "password": url.password}
        params = {k: v for k, v in params.items() if v is not None}
        params.update(url.query)  # ?host=/var/run/postgresql (a socket), sslmode=..., options=...
        given = str(params.pop("options", ""))
        options = " ".join(filter(None, [given, "-c default_transaction_read_only=on"]))
        return psycopg.connect(
            dbname=url.database, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True, options=options, **params
        )
    if db.engine.kind in ("mysql", "mariadb"):
        import pymysql

        query = dict(url.query)
        conn = pymysql.connect(
            host=url.host or "localhost", port=url.port or 3306, user=url.username or "",
            password=url.password or "", database=url.database, unix_socket=query.get("unix_socket"),
            connect_timeout=CONNECT_TIMEOUT_S, autocommit=True, charset="utf8mb4",
            cursorclass=pymysql.cursors.SSCursor, local_infile=False,
        )
        with conn.cursor() as cur:
            cur.execute("SELECT VERSION()")
            version = str(cur.fetchone()[0])
        _SERVER[db.url] = "mariadb" if "mariadb" in version.lower() else "mysql"
        return conn
    import duckdb

    return duckdb.connect(str(db.path), read_only=True, config=duckdb_config())


# Connections a thread keeps open, the most recently used: a run over many databases (a benchmark,
# a server with many --db) must not hold one to each (PostgreSQL refuses new ones at
# max_connections, and every pool worker holds its own).
MAX_OPEN_PER_THREAD = 8


def _connection(db: DatabaseURL):
    key = (os.getpid(), threading.get_ident(), db.url)
    with _LOCK:
        conn = _CONNECTIONS.pop(key, None)
        if conn is None:
            conn = _connect(db)
        _CONNECTIONS[key] = conn  # the last in the dict: the most recently used
        mine = [k for k in _CONNECTIONS if k[:2] == key[:2]]
        stale = [_CONNECTIONS.pop(k) for k in mine[: max(0, len(mine) - MAX_OPEN_PER_THREAD)]]
    _close_each(stale)
    return conn


def release(db: DatabaseURL) -> None:
    """Close this process's connections to ``db``, every thread's (before forking workers: a DuckDB
    file must not be open in the parent when a child opens it)."""
    _close(lambda key: key[2] == db.url)


def _drop(db: DatabaseURL) -> None:
    """Close this thread's connection to ``db`` (broken, or in an unknown state): reopened next time."""
    _close(lambda key: key[1:] == (threading.get_ident(), db.url))


def close_all() -> None:
    """Close every connection this process holds (tests, and before a fork)."""
    _close(lambda _key: True)


def _close(chosen) -> None:
    with _LOCK:
        mine = [key for key in _CONNECTIONS if key[0] == os.getpid() and chosen(key)]
        conns = [_CONNECTIONS.pop(key) for key in mine]
    _close_each(conns)


def _close_each(conns: list) -> None:
    for conn in conns:
        try:
            conn.close()
        except Exception:  # a broken connection may fail to close: it is gone either way
            pass


# --- errors ----------------------------------------------------------------------------------------

_PG_STATES = {
    "42P01": ErrorClass.NO_SUCH_TABLE,
    "42703": ErrorClass.NO_SUCH_COLUMN,
    "42702": ErrorClass.AMBIGUOUS_COLUMN,
    "42601": ErrorClass.SYNTAX,
    "25006": ErrorClass.REFUSED,  # read-only transaction
    "42501": ErrorClass.REFUSED,  # insufficient privilege
    "57014": ErrorClass.TIMEOUT,  # statement_timeout
}
_MYSQL_CODES = {
    1146: ErrorClass.NO_SUCH_TABLE,
    1054: ErrorClass.NO_SUCH_COLUMN,
    1052: ErrorClass.AMBIGUOUS_COLUMN,
    1064: ErrorClass.SYNTAX,
    1792: ErrorClass.REFUSED,  # READ ONLY transaction
    1142: ErrorClass.REFUSED,
    1143: ErrorClass.REFUSED,
    1044: ErrorClass.REFUSED,
    1227: ErrorClass.REFUSED,
    1045: ErrorClass.REFUSED,
    3024: ErrorClass.TIMEOUT,  # MySQL max_execution_time
    1969: ErrorClass.TIMEOUT,  # MariaDB max_statement_time
    1317: ErrorClass.TIMEOUT,  # interrupted
}


def _classify(db: DatabaseURL, exc: Exception) -> ErrorClass:
    text = str(exc).lower()
    if db.engine.kind == "postgresql":
        state = getattr(exc, "sqlstate", None) or ""
        if state in _PG_STATES:
            return _PG_STATES[state]
        if state[:2] in ("53", "54"):  # insufficient resources, program limit exceeded
            return ErrorClass.RESOURCE
        if state[:2] in ("08",) or state == "":
            return ErrorClass.DATABASE if "connection" in text or "server" in text else ErrorClass.OTHER
        return ErrorClass.OTHER
    if db.engine.kind in ("mysql", "mariadb"):
        code = exc.args[0] if exc.args and isinstance(exc.args[0], int) else 0
        if code in _MYSQL_CODES:
            return _MYSQL_CODES[code]
        if code in (2003, 2006, 2013):
            return ErrorClass.DATABASE
        return ErrorClass.OTHER
    import duckdb

    if isinstance(exc, duckdb.InterruptException):
        return ErrorClass.TIMEOUT
    if isinstance(exc, duckdb.ParserException):
        return ErrorClass.SYNTAX
    if isinstance(exc, duckdb.OutOfMemoryException):
        return ErrorClass.RESOURCE
    if isinstance(exc, duckdb.PermissionException) or "read-only" in text or "read only" in text:
        return ErrorClass.REFUSED
    if isinstance(exc, duckdb.CatalogException) and "table" in text:
        return ErrorClass.NO_SUCH_TABLE
    if "ambiguous" in text:
        return ErrorClass.AMBIGUOUS_COLUMN
    if isinstance(exc, duckdb.BinderException) and "column" in text and (
        "not found" in text or "does not exist" in text
    ):
        return ErrorClass.NO_SUCH_COLUMN
    return ErrorClass.OTHER


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:500]


# --- running one query -----------------------------------------------------------------------------


def _take(rows: Iterator, limits: QueryLimits) -> tuple[list[tuple], str]:
    """Normalised rows up to the row cap and the byte budget, and the limit that cut them."""
    taken: list[tuple] = []
    spent = 0
    for row in rows:
        if len(taken) == limits.max_rows:
            return taken, "rows"
        row = normalise_row(row)
        spent += row_bytes(row)
        if spent > limits.max_result_bytes:
            return taken, "bytes"
        taken.append(row)
    return taken, ""


def _run_postgres(conn, sql: str, limits: QueryLimits) -> tuple[tuple[str, ...], list[tuple], str]:
    ms = max(1, int(limits.timeout_s * 1000))
    with conn.cursor() as cur:
        cur.execute("BEGIN TRANSACTION READ ONLY")
        try:
            cur.execute(f"SET LOCAL statement_timeout = {ms}")
            cur.execute(f"SET LOCAL idle_in_transaction_session_timeout = {ms + 5000}")
            stream = cur.stream(sql)  # one extended-protocol statement: the server will not split it
            try:
                rows, cut = _take(stream, limits)
            finally:
                stream.close()  # cancels the statement when rows remain unread
            columns = tuple(d.name for d in cur.description or ())
            if not rows and not columns:  # an empty stream leaves no description: ask the server's
                described = conn.pgconn.describe_prepared(b"")  # copy of the unnamed statement
                columns = tuple(described.fname(i).decode() for i in range(described.nfields))
        finally:
            if not conn.closed:
                cur.execute("ROLLBACK")
    return columns, rows, cut


def _run_mysql(
    db: DatabaseURL, conn, sql: str, limits: QueryLimits
) -> tuple[tuple[str, ...], list[tuple], str]:
    with conn.cursor() as cur:
        if _SERVER.get(db.url) == "mariadb":
            cur.execute(f"SET SESSION max_statement_time = {limits.timeout_s:.3f}")
        else:
            cur.execute(f"SET SESSION max_execution_time = {max(1, int(limits.timeout_s * 1000))}")
        cur.execute("SET SESSION TRANSACTION READ ONLY")  # holds past an implicit commit
        cur.execute("START TRANSACTION READ ONLY")
        cur.execute(sql)  # on failure the caller drops the connection, its transaction with it
        columns = tuple(d[0] for d in cur.description or ())
        rows, cut = _take(iter(cur.fetchone, None), limits) if cur.description else ([], "")
        if cut:
            # Unread rows would have to be read to reuse the connection: drop it instead.
            raise _Truncated(columns, rows, cut)
        cur.execute("ROLLBACK")
    return columns, rows, cut


class _Truncated(Exception):
    def __init__(self, columns, rows, cut) -> None:
        super().__init__(cut)
        self.result = (columns, rows, cut)


def _run_duckdb(conn, sql: str, limits: QueryLimits) -> tuple[tuple[str, ...], list[tuple], str]:
    timer = threading.Timer(limits.timeout_s, conn.interrupt)
    timer.start()
    try:
        cur = conn.execute(sql)
        columns = tuple(d[0] for d in cur.description or ())
        rows, cut = _take(iter(cur.fetchone, None), limits) if cur.description else ([], "")
    finally:
        timer.cancel()
    return columns, rows, cut


def run_on_url(
    db: DatabaseURL | str,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> QueryResult:
    """Run ``sql`` read-only on the database at ``db`` (a URL), policy first in its dialect. Never
    raises for a bad query or an unreachable database: the problem is the result's ``error``."""
    limits = QueryLimits.checked(timeout_s, max_rows, max_result_bytes)
    started = time.monotonic()

    def failure(error: ErrorClass, message: str) -> QueryResult:
        elapsed = time.monotonic() - started
        return QueryResult(sql=shown_sql(sql), error=error, message=message, elapsed_s=elapsed)

    try:
        db = db if isinstance(db, DatabaseURL) else parse_database_url(db)
    except InputError as exc:
        return failure(ErrorClass.DATABASE, exc.message)
    verdict = check_sql(sql, dialect=db.dialect)
    if not verdict.allowed:
        return failure(ErrorClass.REFUSED, f"refused ({verdict.code}): {verdict.reason}")
    sql_sent = statement_text(sql)
    try:
        conn = _connection(db)
    except Exception as exc:  # the driver's own connection errors: unreachable, refused login, ...
        return failure(ErrorClass.DATABASE, f"database {db.shown}: cannot connect ({_one_line(exc)})")
    try:
        if db.engine.kind == "postgresql":
            columns, rows, cut = _run_postgres(conn, sql_sent, limits)
        elif db.engine.kind in ("mysql", "mariadb"):
            try:
                columns, rows, cut = _run_mysql(db, conn, sql_sent, limits)
            except _Truncated as done:
                _drop(db)
                columns, rows, cut = done.result
        else:
            columns, rows, cut = _run_duckdb(conn, sql_sent, limits)
    except MemoryError:
        _drop(db)
        return failure(ErrorClass.RESOURCE, "out of memory: the query needs more than allowed")
    except Exception as exc:
        error = _classify(db, exc)
        if db.engine.kind in ("mysql", "mariadb") or error in (ErrorClass.DATABASE, ErrorClass.OTHER):
            _drop(db)  # a MySQL connection in an unknown state, or a broken one: reopen next time
        if error is ErrorClass.TIMEOUT:
            return failure(error, f"timed out after {limits.timeout_s:g} s")
        return failure(error, _one_line(exc))
    return QueryResult(
        sql=sql,
        columns=columns,
        rows=tuple(rows),
        truncated=bool(cut),
        truncated_by=cut,
        elapsed_s=time.monotonic() - started,
    )


# --- the role's rights -----------------------------------------------------------------------------

_WARNED: set[str] = set()


def write_privileges(db: DatabaseURL) -> list[str]:
    """What the connected role could change, as short descriptions (empty: read-only)."""
    conn = _connection(db)
    if db.engine.kind == "postgresql":
        with conn.cursor() as cur:
            cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            row = cur.fetchone()
            if row and row[0]:
                return ["superuser"]
            cur.execute(
                "SELECT DISTINCT p.priv FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
                "unnest(ARRAY['INSERT','UPDATE','DELETE','TRUNCATE']) AS p(priv) "
                "WHERE c.relkind IN ('r','p') AND n.nspname NOT IN ('pg_catalog','information_schema') "
                "AND n.nspname NOT LIKE 'pg\\_toast%' AND has_table_privilege(c.oid, p.priv) ORDER BY 1"
            )
            privs = [r[0] for r in cur.fetchall()]
            cur.execute("SELECT has_database_privilege(current_database(), 'CREATE')")
            if cur.fetchone()[0]:
                privs.append("CREATE")
            return privs
    if db.engine.kind in ("mysql", "mariadb"):
        with conn.cursor() as cur:
            cur.execute("SHOW GRANTS")
            grants = " ".join(str(r[0]) for r in cur.fetchall()).upper()
        words = ("ALL PRIVILEGES", "INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "ALTER", "FILE")
        return [w for w in words if re.search(rf"\b{w}\b", grants)]
    return []  # DuckDB is opened read-only: nothing can write through it


def warn_if_writable(db: DatabaseURL) -> None:
    """Warn once per URL and process when the connected role could write."""
    if db.url in _WARNED:
        return
    _WARNED.add(db.url)
    try:
        privileges = write_privileges(db)
    except Exception:  # the warning is advice; an unreachable server fails at the first query instead
        return
    finally:
        release(db)
    if privileges:
        warnings.warn(
            f"database {db.shown}: the connected role can write ({', '.join(privileges)}); slmsql runs "
            "queries read-only, but connect as a read-only role (see the README) for real enforcement",
            UserWarning,
            stacklevel=2,
        )
