"""Safe execution of one query: read-only, with a real timeout and a row cap.

The timeout is enforced inside SQLite by a progress handler that interrupts the running statement
once the deadline passes, so a query that never ends (say a ``WITH RECURSIVE`` without a bound)
stops within milliseconds of its deadline instead of running on in an abandoned thread.
"""

from __future__ import annotations

import enum
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from slmsql.db.connection import open_read_only
from slmsql.db.policy import check_sql
from slmsql.errors import SlmsqlError

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_ROWS = 10_000
# SQLite calls the progress handler every this many virtual-machine instructions (~0.1 ms).
_PROGRESS_STEPS = 1_000


class ErrorClass(str, enum.Enum):
    """Why a query produced no result."""

    SYNTAX = "syntax"
    NO_SUCH_TABLE = "no_such_table"
    NO_SUCH_COLUMN = "no_such_column"
    AMBIGUOUS_COLUMN = "ambiguous_column"
    TIMEOUT = "timeout"
    REFUSED = "refused"  # by the read-only policy or the connection's authorizer
    DATABASE = "database"  # the database file is missing, not SQLite, or corrupt
    OTHER = "other"


@dataclass(frozen=True)
class QueryResult:
    """The outcome of one query. ``error`` is None on success."""

    sql: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    truncated: bool = False
    elapsed_s: float = 0.0
    error: ErrorClass | None = None
    message: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def row_set(self) -> frozenset:
        """The rows as a set: the unit of comparison for voting and BIRD's metric."""
        return frozenset(self.rows)


def classify_error(message: str) -> ErrorClass:
    """Map a SQLite error message to an :class:`ErrorClass`."""
    text = message.lower()
    if "interrupted" in text:
        return ErrorClass.TIMEOUT
    if "no such table" in text:
        return ErrorClass.NO_SUCH_TABLE
    if "no such column" in text:
        return ErrorClass.NO_SUCH_COLUMN
    if "ambiguous column" in text:
        return ErrorClass.AMBIGUOUS_COLUMN
    if "not authorized" in text or "prohibited" in text or "readonly" in text or "read-only" in text:
        return ErrorClass.REFUSED
    if "syntax error" in text or "incomplete input" in text or "unrecognized token" in text:
        return ErrorClass.SYNTAX
    return ErrorClass.OTHER


def _failure(sql: str, error: ErrorClass, message: str, started: float) -> QueryResult:
    return QueryResult(sql=sql, error=error, message=message, elapsed_s=time.monotonic() - started)


def run_on_connection(
    conn: sqlite3.Connection,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> QueryResult:
    """Run ``sql`` on an open read-only connection, policy first."""
    started = time.monotonic()
    verdict = check_sql(sql)
    if not verdict.allowed:
        return _failure(sql, ErrorClass.REFUSED, f"refused ({verdict.code}): {verdict.reason}", started)
    deadline = started + timeout_s
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
    try:
        cursor = conn.execute(sql)
        rows = cursor.fetchmany(max_rows + 1)
        columns = tuple(d[0] for d in cursor.description or ())
        cursor.close()
    except sqlite3.OperationalError as exc:
        error = classify_error(str(exc))
        if error is ErrorClass.TIMEOUT or time.monotonic() > deadline:
            return _failure(sql, ErrorClass.TIMEOUT, f"timed out after {timeout_s:g} s", started)
        return _failure(sql, error, str(exc), started)
    except (sqlite3.Error, ValueError, OverflowError) as exc:
        # ProgrammingError covers "only one statement at a time"; ValueError covers NUL bytes.
        return _failure(sql, classify_error(str(exc)), str(exc), started)
    finally:
        conn.set_progress_handler(None, 0)
    truncated = len(rows) > max_rows
    return QueryResult(
        sql=sql,
        columns=columns,
        rows=tuple(tuple(r) for r in rows[:max_rows]),
        truncated=truncated,
        elapsed_s=time.monotonic() - started,
    )


def execute_sql(
    db_path: str | Path,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> QueryResult:
    """Open ``db_path`` read-only and run ``sql``. Never raises for a bad query or database:
    the problem comes back as the result's ``error`` and ``message``."""
    started = time.monotonic()
    try:
        conn = open_read_only(db_path)
    except SlmsqlError as exc:
        return _failure(sql, ErrorClass.DATABASE, exc.message, started)
    try:
        return run_on_connection(conn, sql, timeout_s=timeout_s, max_rows=max_rows)
    finally:
        conn.close()
