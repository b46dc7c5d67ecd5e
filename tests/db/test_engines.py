"""Databases behind URLs: read-only execution, typed results, limits, values and the role warning, on a
real PostgreSQL and MariaDB and a DuckDB file (SQLite alongside, as the reference)."""

from __future__ import annotations

import datetime as dt
import decimal
import os
import threading
import time
import uuid
import warnings

import pytest

from slmsql.db.engines import (
    check_database,
    mask_url,
    normalise_value,
    parse_database_url,
    run_on_url,
    write_privileges,
)
from slmsql.db.execute import ErrorClass
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.errors import InputError
from tests.db.servers import need_module

pytestmark = pytest.mark.engines


def run(db, sql, **limits):
    """One query the way every caller runs it: a worker process of the pool."""
    with QueryPool(1, **limits) as pool:
        return pool.run([QueryJob(db.target, sql)])[0]


# --- URLs ------------------------------------------------------------------------------------------


def test_mask_url_hides_the_password():
    assert mask_url("postgresql+psycopg://bob:pa:ss@h:5/db") == "postgresql+psycopg://bob:***@h:5/db"
    assert mask_url("duckdb:///x.duckdb") == "duckdb:///x.duckdb"
    assert mask_url("mysql+pymysql://bob:a@b@h/db?x=1") == "mysql+pymysql://bob:***@h/db?x=1"
    assert mask_url("/data/me@home/shop.sqlite") == "/data/me@home/shop.sqlite"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("oracle://bob:hunter2@h/db", "unsupported engine"),
        ("postgresql+asyncpg://bob:hunter2@h/db", "driver"),
        ("postgresql+psycopg://bob:hunter2@h", "names no database"),
        ("duckdb:///nowhere/x.duckdb", "no such DuckDB file"),
        ("duckdb:///:memory:", "name a DuckDB file"),
    ],
)
def test_bad_urls_are_one_line_without_the_password(url, words):
    with pytest.raises(InputError) as info:
        parse_database_url(url)
    assert words in info.value.message
    assert "hunter2" not in info.value.message
    assert "\n" not in info.value.message


def test_connection_parameters_in_the_query_string(postgresql_shop):
    """``?host=`` (a socket folder, or here an address), ``port=``, ``sslmode=`` reach the driver."""
    from sqlalchemy.engine import make_url

    url = make_url(postgresql_shop.target)
    query = f"host=127.0.0.1&port={url.port}&sslmode=disable&options=-c%20work_mem%3D8MB"
    given = f"postgresql+psycopg://owner:{url.password}@/slmsql_test?{query}"
    result = run_on_url(given, "SELECT count(*), current_setting('work_mem') FROM customers")
    assert result.ok, result.message
    assert result.rows == ((4, "8MB"),)


def test_unreachable_server_is_a_database_error_without_the_password():
    result = run_on_url("postgresql+psycopg://bob:hunter2@127.0.0.1:1/db", "SELECT 1", timeout_s=5)
    assert result.error is ErrorClass.DATABASE
    assert "hunter2" not in result.message and "cannot connect" in result.message


# --- values ----------------------------------------------------------------------------------------


def test_normalised_values_compare_as_sqlite_values():
    assert normalise_value(decimal.Decimal("2.00")) == 2
    assert isinstance(normalise_value(decimal.Decimal("2")), int)
    assert normalise_value(decimal.Decimal("2.50")) == 2.5
    assert normalise_value(dt.date(2024, 1, 2)) == "2024-01-02"
    assert normalise_value(dt.datetime(2024, 1, 2, 3, 4, 5)) == "2024-01-02 03:04:05"
    u = uuid.UUID(int=5)
    assert normalise_value(u) == str(u)
    assert normalise_value({"b": 1, "a": [1, 2]}) == '{"a":[1,2],"b":1}'
    assert normalise_value(True) == 1 and normalise_value(memoryview(b"x")) == b"x"


def test_results_equal_sqlite_results(shop, sqlite_shop):
    sql = (
        "SELECT c.name, sum(o.amount), min(o.placed), count(*) FROM customers c JOIN orders o "
        "ON o.customer_id = c.id GROUP BY c.name"
    )
    here, reference = run(shop, sql), run(sqlite_shop, sql)
    assert here.ok and reference.ok, (here.message, reference.message)
    assert here.row_set() == reference.row_set()
    assert ("Ana", 30.5, "2024-01-02", 2) in here.row_set()


def test_postgres_json_uuid_and_numeric_are_plain_values(postgresql_shop):
    result = run(
        postgresql_shop,
        "SELECT '{\"b\": 1, \"a\": 2}'::jsonb, '00000000-0000-0000-0000-000000000005'::uuid, 3.0::numeric, "
        "DATE '2024-01-02', ARRAY[1, 2]",
    )
    assert result.ok, result.message
    expected = ('{"a":2,"b":1}', "00000000-0000-0000-0000-000000000005", 3, "2024-01-02", "[1,2]")
    assert result.rows == (expected,)


# --- errors, limits, time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        ("SELECT * FROM nowhere", ErrorClass.NO_SUCH_TABLE),
        ("SELECT missing_col FROM customers", ErrorClass.NO_SUCH_COLUMN),
        ("SELECT id FROM customers c JOIN orders o ON o.customer_id = c.id", ErrorClass.AMBIGUOUS_COLUMN),
        ("DELETE FROM orders", ErrorClass.REFUSED),
    ],
)
def test_typed_errors(shop, sql, error):
    result = run(shop, sql)
    assert result.error is error, result.message


def test_an_empty_result_keeps_its_columns(shop):
    result = run(shop, "SELECT id AS x, name FROM customers WHERE id < 0")
    assert result.ok and result.rows == () and result.columns == ("x", "name")


def test_row_cap_and_byte_budget(shop):
    big = "SELECT a.id, b.id, c.id FROM orders a, orders b, orders c, customers d"
    capped = run(shop, big, max_rows=7)
    assert capped.ok and capped.truncated_by == "rows" and len(capped.rows) == 7
    assert len(capped.columns) == 3
    assert run(shop, "SELECT count(*) FROM customers").rows == ((4,),)  # the connection still works
    wide = "SELECT a.note, b.note, c.note FROM orders a, orders b, orders c"
    cut = run(shop, wide, max_result_bytes=2048)
    assert cut.ok and cut.truncated_by == "bytes" and 0 < len(cut.rows) < 125


RUNAWAY = {
    "sqlite": "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r",
    "postgresql": "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r",
    "duckdb": "SELECT count(*) FROM range(1000000000000) a WHERE a.range % 7 = 3",
    # MariaDB stops recursion after 1000 rounds by itself: a cross join of its sequence tables instead.
    "mariadb": "SELECT sum(a.seq * b.seq) FROM seq_1_to_1000000 a, seq_1_to_1000000 b",
}


def test_runaway_query_stops_within_the_timeout(shop):
    started = time.monotonic()
    result = run(shop, RUNAWAY[shop.kind], timeout_s=1.0)
    took = time.monotonic() - started
    assert result.error in (ErrorClass.TIMEOUT, ErrorClass.RESOURCE), result.message
    assert took < 1.0 + 0.5 + 1.0  # the limit, its grace, and starting a worker process on a busy machine


def test_postgres_timeout_stops_the_statement_on_the_server(postgresql_shop):
    """Not only the client stops waiting: the server cancels the statement itself."""
    result = run_on_url(postgresql_shop.target, RUNAWAY["postgresql"], timeout_s=0.5)
    assert result.error is ErrorClass.TIMEOUT
    from tests.db.engine_data import _pg_connect

    with _pg_connect(postgresql_shop.target) as conn:
        active = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'WITH RECURSIVE%'"
        ).fetchone()[0]
    assert active == 0


def test_mariadb_timeout_is_the_servers(mariadb_shop):
    result = run_on_url(mariadb_shop.target, RUNAWAY["mariadb"], timeout_s=0.5)
    assert result.error is ErrorClass.TIMEOUT, result.message


# --- the role ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["postgresql", "mariadb"])
def test_writable_role_is_warned_once_and_a_reader_is_not(kind, request):
    db = request.getfixturevalue(f"{kind}_shop")
    assert write_privileges(parse_database_url(db.target))
    assert write_privileges(parse_database_url(db.reader)) == []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        check_database(db.target)
        check_database(db.target)
        check_database(db.reader)
    shown = [str(w.message) for w in caught if "can write" in str(w.message)]
    assert len(shown) == 1 and "s3cret-pw" not in shown[0] and "README" in shown[0]


@pytest.mark.parametrize("kind", ["postgresql", "mariadb"])
def test_reader_role_reads(kind, request):
    db = request.getfixturevalue(f"{kind}_shop")
    result = run_on_url(db.reader, "SELECT count(*) FROM orders")
    assert result.ok and result.rows == ((5,),)


def test_a_run_over_many_databases_keeps_a_few_connections_open(tmp_path):
    # One connection per URL held for good reached PostgreSQL's max_connections on the 15th Spider
    # database (each pool worker holds its own): a thread keeps the most recently used few.
    need_module("duckdb", "duckdb")
    import duckdb

    from slmsql.db import engines

    urls = []
    for n in range(engines.MAX_OPEN_PER_THREAD + 4):
        path = tmp_path / f"db{n}.duckdb"
        with duckdb.connect(str(path)) as conn:
            conn.execute(f"CREATE TABLE t AS SELECT range AS i FROM range({n + 1})")
        urls.append(f"duckdb:///{path}")
    try:
        for n, url in [*enumerate(urls), (0, urls[0])]:  # the first again, after it was closed
            assert run_on_url(url, "SELECT count(*) FROM t").rows == ((n + 1,),)
            mine = [k for k in engines._CONNECTIONS if k[:2] == (os.getpid(), threading.get_ident())]
            assert len(mine) <= engines.MAX_OPEN_PER_THREAD
        assert mine[-1][2] == urls[0]
    finally:
        engines.close_all()
