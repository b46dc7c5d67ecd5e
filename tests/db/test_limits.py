"""Time, memory and size bounds: validated limits, the hard time limit, SQLite's own limits, the
byte budget. Sizes and timeouts stay small: these run on a shared 2-core machine."""

from __future__ import annotations

import math
import sqlite3
import time

import pytest

import slmsql.db.connection as connection
from slmsql.db.connection import open_read_only
from slmsql.db.execute import ErrorClass, execute_sql, row_bytes, run_on_connection
from slmsql.db.limits import (
    HARD_HEAP_LIMIT_BYTES,
    MAX_VALUE_BYTES,
    MIN_RESULT_BYTES,
    SQLITE_LIMITS,
    validate_max_result_bytes,
    validate_max_rows,
    validate_timeout,
)
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.errors import InputError

# One SQLite call that never reaches the progress handler: instr() over a 16 MB string with a needle
# that almost matches everywhere runs for seconds on this machine.
UNINTERRUPTIBLE = "SELECT instr(printf('%.*c', 16000000, 'a'), printf('%.*c', 20000, 'a') || 'b')"
FOREVER = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def series(n: int, select: str) -> str:
    """``select`` over the numbers 1..n as ``x`` (in ``FROM r``)."""
    return f"WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < {n}) {select}"


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 0, -1, 3601, True, "1", None])
def test_a_timeout_must_be_finite_positive_and_bounded(value):
    with pytest.raises(InputError) as info:
        validate_timeout(value, "--timeout")
    assert info.value.code == "bad_timeout" and info.value.message.startswith("--timeout ")


@pytest.mark.parametrize("value", [-1, 0, 2_147_483_647, 1.5, True, None])
def test_a_row_cap_must_be_a_whole_number_in_range(value):
    with pytest.raises(InputError) as info:
        validate_max_rows(value)
    assert info.value.code == "bad_max_rows"


def test_a_byte_budget_must_be_in_range():
    assert validate_max_result_bytes(MIN_RESULT_BYTES) == MIN_RESULT_BYTES
    with pytest.raises(InputError):
        validate_max_result_bytes(MIN_RESULT_BYTES - 1)


@pytest.mark.parametrize(
    "kwargs", [{"timeout_s": math.inf}, {"timeout_s": math.nan}, {"max_rows": -1}, {"max_rows": 2**31}]
)
def test_execute_sql_and_the_pool_refuse_bad_limits(shop_db, kwargs):
    with pytest.raises(InputError):
        execute_sql(shop_db, "SELECT 1", **kwargs)
    with pytest.raises(InputError):
        QueryPool(1, **kwargs)


@pytest.mark.parametrize("sql", [None, 42, b"SELECT 1", ["SELECT 1"]])
def test_sql_that_is_not_text_is_refused_not_raised(shop_db, sql):
    result = execute_sql(shop_db, sql)
    assert result.error is ErrorClass.REFUSED and "not text" in result.message


def test_every_connection_carries_sqlites_limits(shop_db):
    conn = open_read_only(shop_db)
    for category, value in SQLITE_LIMITS.items():
        assert conn.getlimit(category) == value
    # Our own pragmas run before the authorizer: read them back without it.
    conn.set_authorizer(None)
    assert conn.execute("PRAGMA temp_store").fetchone() == (2,)  # MEMORY
    assert conn.execute("PRAGMA hard_heap_limit").fetchone()[0] <= HARD_HEAP_LIMIT_BYTES
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT zeroblob(999999999)",
        f"SELECT length(randomblob({MAX_VALUE_BYTES + 1}))",
        "WITH RECURSIVE r(s) AS (SELECT 'ab' UNION ALL SELECT s || s FROM r) SELECT length(s) FROM r",
        "SELECT 1 WHERE 'a' LIKE '" + "%" * 1500 + "'",
    ],
)
def test_oversized_values_stop_with_a_resource_error(shop_db, sql):
    conn = open_read_only(shop_db)
    started = time.monotonic()
    result = run_on_connection(conn, sql, timeout_s=5)
    assert result.error is ErrorClass.RESOURCE, result
    assert time.monotonic() - started < 2


def test_the_heap_limit_stops_a_sort_instead_of_spilling_it_to_disk(shop_db, monkeypatch):
    # With temp_store = FILE this sort would go to a temporary file and succeed; in memory it must
    # hit the heap limit. The worker process gets the lowered limit (the pragma is process-wide).
    monkeypatch.setattr(connection, "HARD_HEAP_LIMIT_BYTES", 24 * 1024 * 1024)
    sql = series(400, "SELECT length(b) FROM (SELECT randomblob(100000) AS b FROM r ORDER BY random())")
    with QueryPool(1, timeout_s=10) as pool:
        (result,) = pool.run([QueryJob(str(shop_db), sql)])
    assert result.error is ErrorClass.RESOURCE, result


def test_a_single_uninterruptible_call_is_killed_at_the_deadline(shop_db):
    with QueryPool(1, timeout_s=0.5) as pool:
        assert pool.run([QueryJob(str(shop_db), "SELECT 1")])[0].ok  # the worker is up
        started = time.monotonic()
        stuck, after = pool.run([QueryJob(str(shop_db), UNINTERRUPTIBLE), QueryJob(str(shop_db), "SELECT 2")])
        assert stuck.error is ErrorClass.TIMEOUT
        assert stuck.message.startswith("timed out after 0.5 s")  # the timeout asked for
        assert after.rows == ((2,),)  # a fresh worker took the next job
    wall = time.monotonic() - started
    assert wall < 0.5 + 0.5 + 1.0  # the second query and a worker's start take the extra second


def test_execute_sql_holds_the_limit_whatever_sqlite_is_doing(shop_db):
    for sql in (UNINTERRUPTIBLE, FOREVER):
        started = time.monotonic()
        result = execute_sql(shop_db, sql, timeout_s=0.5)
        assert result.error is ErrorClass.TIMEOUT
        assert time.monotonic() - started < 0.5 + 0.5 + 0.5  # + starting the worker


def test_a_locked_database_waits_no_longer_than_the_timeout(shop_db):
    holder = sqlite3.connect(shop_db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = execute_sql(shop_db, "SELECT count(*) FROM customer", timeout_s=0.5)
        assert not result.ok and "locked" in result.message
        assert time.monotonic() - started < 0.5 + 0.5 + 0.5
        with pytest.raises(InputError) as info:  # opening needs the lock too
            open_read_only(shop_db, busy_timeout_s=0.1)
        assert info.value.code == "db_locked"
    finally:
        holder.rollback()
        holder.close()


def test_a_query_waits_for_a_lock_only_until_its_deadline(shop_db):
    conn = open_read_only(shop_db)
    holder = sqlite3.connect(shop_db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        result = run_on_connection(conn, "SELECT count(*) FROM customer", timeout_s=0.3)
        assert result.error in (ErrorClass.TIMEOUT, ErrorClass.OTHER) and time.monotonic() - started < 1.0
    finally:
        holder.rollback()
        holder.close()
    assert run_on_connection(conn, "SELECT count(*) FROM customer").rows == ((3,),)


def test_the_byte_budget_cuts_a_result_at_the_last_row_that_fits(shop_db):
    conn = open_read_only(shop_db)
    sql = series(500, "SELECT x, printf('%.*c', 1000, 'v') FROM r")
    result = run_on_connection(conn, sql, max_result_bytes=50_000)
    assert result.truncated and result.truncated_by == "bytes"
    assert 0 < len(result.rows) < 500
    assert sum(map(row_bytes, result.rows)) <= 50_000
    capped = run_on_connection(conn, sql, max_rows=3)
    assert capped.truncated_by == "rows" and len(capped.rows) == 3
    whole = run_on_connection(conn, "SELECT id FROM customer")
    assert not whole.truncated and whole.truncated_by == ""


def test_a_worker_never_ships_more_than_the_budget(shop_db):
    sql = series(200, "SELECT randomblob(100000) FROM r")
    with QueryPool(1, timeout_s=10, max_result_bytes=1_000_000) as pool:
        (result,) = pool.run([QueryJob(str(shop_db), sql)])
    assert result.truncated_by == "bytes"
    assert sum(map(row_bytes, result.rows)) <= 1_000_000
