"""Every bound a query runs under, in one place: time, rows, result bytes, SQL size, and the limits
SQLite itself enforces on each connection we open.

The defaults are chosen so that one query, however hostile, stops within its timeout (plus the
pool's grace) and keeps the process that ran it under 1 GB resident (see ``bench/hardening.py`` and
docs/benchmarks.md, "Hardening"). Callers that take these values from people (options, settings, the
Python API) check them with the ``validate_*`` functions, which raise one clear
:class:`~slmsql.errors.InputError` naming the value and the allowed range.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from slmsql.errors import InputError

# --- per query -------------------------------------------------------------------------------------
DEFAULT_TIMEOUT_S = 30.0
MAX_TIMEOUT_S = 3600.0
DEFAULT_MAX_ROWS = 10_000
MAX_ROWS_LIMIT = 10_000_000
# Result budget: the memory the fetched rows take in Python (sys.getsizeof of each value and row
# tuple). Fetching stops at the last row that fits; the result is then marked truncated by bytes.
# 16 MiB: the evaluator and the vote compare results far smaller than this, and a result this size still
# reaches the caller within the timeout's 0.5 s grace (docs/benchmarks.md, "Hardening").
DEFAULT_MAX_RESULT_BYTES = 16 * 1024 * 1024
MIN_RESULT_BYTES = 1024
MAX_RESULT_BYTES_LIMIT = 1024 * 1024 * 1024

# --- SQL text, checked by the policy before parsing -------------------------------------------------
# Parsing is the one step before SQLite's own timeout applies: these keep it under ~0.5 s (sqlglot
# parses ~20k tokens/s on a busy 2-core VM) and inside Python's recursion limit (sqlglot overflows
# it at ~47 nested parentheses when called from the top of the stack).
MAX_SQL_CHARS = 20_000
MAX_SQL_TOKENS = 5_000
MAX_SQL_NESTING = 32

# --- SQLite, on every connection (sqlite3.Connection.setlimit) --------------------------------------
MAX_VALUE_BYTES = 16 * 1024 * 1024  # one string, blob or row
SQLITE_LIMITS: dict[int, int] = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 4 * MAX_SQL_CHARS,  # UTF-8 takes at most 4 bytes a character
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 500,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 200,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 1_000_000,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_WORKER_THREADS: 0,
}
# SQLite's heap in the whole process (a PRAGMA can only lower it). Temporary tables and sorts are kept
# in memory (temp_store = MEMORY), so they count against it instead of spilling to disk.
HARD_HEAP_LIMIT_BYTES = 512 * 1024 * 1024
# A path SQLite's unix VFS can open (its buffer is 512 bytes, "-journal" and "-wal" included).
MAX_DB_PATH_BYTES = 500


@dataclass(frozen=True)
class QueryLimits:
    """The bounds one query runs under, already validated."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_rows: int = DEFAULT_MAX_ROWS
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES

    @classmethod
    def checked(
        cls,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_rows: int = DEFAULT_MAX_ROWS,
        max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
    ) -> QueryLimits:
        return cls(
            validate_timeout(timeout_s),
            validate_max_rows(max_rows),
            validate_max_result_bytes(max_result_bytes),
        )


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def validate_timeout(value: object, what: str = "timeout") -> float:
    """``value`` as seconds: a finite number above 0 and at most :data:`MAX_TIMEOUT_S`."""
    if not _is_number(value) or not math.isfinite(value) or not 0 < value <= MAX_TIMEOUT_S:
        raise InputError(
            "bad_timeout",
            f"{what} {value!r}: must be a finite number of seconds above 0 and at most {MAX_TIMEOUT_S:g}",
        )
    return float(value)


def _validate_count(value: object, what: str, code: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InputError(code, f"{what} {value!r}: must be a whole number from {low:,} to {high:,}")
    return value


def validate_max_rows(value: object, what: str = "max_rows") -> int:
    return _validate_count(value, what, "bad_max_rows", 1, MAX_ROWS_LIMIT)


def validate_max_result_bytes(value: object, what: str = "max_result_bytes") -> int:
    return _validate_count(value, what, "bad_max_result_bytes", MIN_RESULT_BYTES, MAX_RESULT_BYTES_LIMIT)
