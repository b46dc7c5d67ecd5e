"""Safe execution of one query: read-only, within a hard time limit, a row cap and a byte budget.

Time is bounded twice. Inside SQLite a progress handler interrupts the running statement once the
deadline passes (the fast path: a runaway ``WITH RECURSIVE`` stops within milliseconds and the
process goes on). A single SQLite operation never reaches the progress handler, though (``instr`` on
a 16 MB string runs for seconds), so :func:`execute_sql` runs the query in a worker process of
:class:`~slmsql.db.pool.QueryPool`, which kills the worker when the interrupt did not take. The
busy timeout (waiting for another process's lock) ends at the same deadline.

Rows are fetched one at a time and counted against the row cap and the byte budget (their size in
Python), so neither a huge row count nor a few huge values can exhaust memory: the result is cut at
the last row that fits and marked ``truncated`` with the limit that cut it.
"""

from __future__ import annotations

import enum
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from slmsql.db.connection import set_busy_timeout
from slmsql.db.limits import (
    DEFAULT_MAX_RESULT_BYTES,
    DEFAULT_MAX_ROWS,
    DEFAULT_TIMEOUT_S,
    QueryLimits,
)
from slmsql.db.policy import check_sql

# SQLite calls the progress handler every this many virtual-machine instructions (~0.1 ms).
_PROGRESS_STEPS = 1_000

__all__ = [
    "DEFAULT_MAX_RESULT_BYTES",
    "DEFAULT_MAX_ROWS",
    "DEFAULT_TIMEOUT_S",
    "ErrorClass",
    "QueryResult",
    "classify_error",
    "execute_sql",
    "run_on_connection",
]


# str-mixed rather than StrEnum: str(member) stays "ErrorClass.X" where code formats it.
class ErrorClass(str, enum.Enum):  # noqa: UP042
    """Why a query produced no result."""

    SYNTAX = "syntax"
    NO_SUCH_TABLE = "no_such_table"
    NO_SUCH_COLUMN = "no_such_column"
    AMBIGUOUS_COLUMN = "ambiguous_column"
    TIMEOUT = "timeout"
    REFUSED = "refused"  # by the read-only policy or the connection's authorizer
    DATABASE = "database"  # the database file is missing, not SQLite, or corrupt
    RESOURCE = "resource"  # a size or memory limit stopped it (value too big, heap limit, ...)
    OTHER = "other"


@dataclass(frozen=True)
class QueryResult:
    """The outcome of one query. ``error`` is None on success. ``truncated_by`` says which limit cut a
    truncated result: ``"rows"`` (the row cap) or ``"bytes"`` (the byte budget)."""

    sql: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()
    truncated: bool = False
    elapsed_s: float = 0.0
    error: ErrorClass | None = None
    message: str = ""
    truncated_by: str = ""
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def row_set(self) -> frozenset:
        """The rows as a set: the unit of comparison for voting and BIRD's metric."""
        return frozenset(self.rows)


_RESOURCE_MESSAGES = (
    "too big",
    "too large",
    "too complex",
    "too many",
    "out of memory",
    "stack overflow",
)


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
    if any(words in text for words in _RESOURCE_MESSAGES):
        return ErrorClass.RESOURCE
    return ErrorClass.OTHER


def shown_sql(sql: object) -> str:
    """The SQL as a result records it (a caller that passed something else than text gets its repr)."""
    return sql if isinstance(sql, str) else repr(sql)


def _failure(sql: object, error: ErrorClass, message: str, started: float) -> QueryResult:
    return QueryResult(sql=shown_sql(sql), error=error, message=message, elapsed_s=time.monotonic() - started)


def row_bytes(row: tuple) -> int:
    """What a fetched row costs in Python's memory: the tuple and each value (shared values such as
    small integers are counted every time, so the figure errs high)."""
    return sys.getsizeof(row) + sum(map(sys.getsizeof, row))


def _fetch(
    cursor: sqlite3.Cursor, limits: QueryLimits
) -> tuple[list[tuple], str]:
    """Rows up to the row cap and the byte budget, one at a time (a chunk could hold many large
    values at once), and the limit that cut them (``""`` when none did)."""
    rows: list[tuple] = []
    spent = 0
    for row in cursor:
        if len(rows) == limits.max_rows:
            return rows, "rows"
        spent += row_bytes(row)
        if spent > limits.max_result_bytes:
            return rows, "bytes"
        rows.append(row)
    return rows, ""


def run_on_connection(
    conn: sqlite3.Connection,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> QueryResult:
    """Run ``sql`` on an open read-only connection, policy first. The time limit here is SQLite's
    interrupt only: for a hard limit run it through :func:`execute_sql` or a worker pool. Raises
    :class:`~slmsql.errors.InputError` for a limit out of its range."""
    limits = QueryLimits.checked(timeout_s, max_rows, max_result_bytes)
    started = time.monotonic()
    verdict = check_sql(sql)
    if not verdict.allowed:
        return _failure(sql, ErrorClass.REFUSED, f"refused ({verdict.code}): {verdict.reason}", started)
    deadline = started + limits.timeout_s
    try:
        set_busy_timeout(conn, deadline - time.monotonic())
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
        cursor = conn.execute(sql)
        columns = tuple(d[0] for d in cursor.description or ())
        rows, cut_by = _fetch(cursor, limits)
        cursor.close()
    except sqlite3.OperationalError as exc:
        error = classify_error(str(exc))
        if error is ErrorClass.TIMEOUT or time.monotonic() > deadline:
            return _failure(sql, ErrorClass.TIMEOUT, f"timed out after {limits.timeout_s:g} s", started)
        return _failure(sql, error, str(exc), started)
    except MemoryError:  # SQLite's heap limit (SQLITE_NOMEM) or Python's own
        return _failure(sql, ErrorClass.RESOURCE, "out of memory: the query needs more than allowed", started)
    except (sqlite3.Error, ValueError, OverflowError) as exc:
        # ProgrammingError covers "only one statement at a time"; ValueError covers NUL bytes.
        return _failure(sql, classify_error(str(exc)), str(exc), started)
    finally:
        conn.set_progress_handler(None, 0)
    return QueryResult(
        sql=sql,
        columns=columns,
        rows=tuple(tuple(r) for r in rows),
        truncated=bool(cut_by),
        truncated_by=cut_by,
        elapsed_s=time.monotonic() - started,
    )


def execute_sql(
    db_path: str | Path,
    sql: str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> QueryResult:
    """Open ``db_path`` read-only and run ``sql`` in a worker process that is killed if it is still
    running shortly after ``timeout_s``. Never raises for a bad query or database: the problem comes
    back as the result's ``error`` and ``message``. Raises :class:`~slmsql.errors.InputError` for a
    limit out of its range."""
    from slmsql.db.pool import QueryJob, QueryPool  # the pool builds on this module

    limits = QueryLimits.checked(timeout_s, max_rows, max_result_bytes)
    with QueryPool(
        1, timeout_s=limits.timeout_s, max_rows=limits.max_rows, max_result_bytes=limits.max_result_bytes
    ) as pool:
        return pool.run([QueryJob(str(db_path), sql)])[0]
