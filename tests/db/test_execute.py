import sqlite3
import time

import pytest

from slmsql.db.connection import open_read_only
from slmsql.db.execute import ErrorClass, execute_sql, run_on_connection
from slmsql.errors import InputError

FOREVER = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def test_select_returns_columns_and_rows(shop_db):
    result = execute_sql(shop_db, "SELECT name, city FROM customer ORDER BY id")
    assert result.ok
    assert result.columns == ("name", "city")
    assert result.rows == (("Ada", "London"), ("Bo", "Paris"), ("Cy", "London"))
    assert not result.truncated
    assert result.elapsed_s >= 0


def test_semicolon_inside_a_string_literal_is_kept(shop_db):
    result = execute_sql(shop_db, "SELECT id FROM orders WHERE note = 'a;b'")
    assert result.rows == ((1,),)


def test_row_cap_marks_result_truncated(shop_db):
    result = execute_sql(shop_db, "SELECT * FROM orders", max_rows=2)
    assert len(result.rows) == 2 and result.truncated


def test_never_ending_query_stops_within_the_timeout(shop_db):
    started = time.monotonic()
    result = execute_sql(shop_db, FOREVER, timeout_s=0.5)
    assert result.error is ErrorClass.TIMEOUT
    assert time.monotonic() - started < 0.5 + 0.5


@pytest.mark.parametrize(
    ("sql", "error"),
    [
        ("SELEC name FROM customer", ErrorClass.SYNTAX),
        ("SELECT name FROM nowhere", ErrorClass.NO_SUCH_TABLE),
        ("SELECT nope FROM customer", ErrorClass.NO_SUCH_COLUMN),
        (
            "SELECT id FROM customer JOIN orders ON customer.id = orders.customer_id",
            ErrorClass.AMBIGUOUS_COLUMN,
        ),
        ("DELETE FROM customer", ErrorClass.REFUSED),
        ("SELECT abs(-9223372036854775808)", ErrorClass.OTHER),
    ],
)
def test_errors_are_classified(shop_db, sql, error):
    result = execute_sql(shop_db, sql)
    assert result.error is error
    assert result.message


def test_data_is_never_changed(shop_db):
    before = shop_db.read_bytes()
    for sql in ["DELETE FROM customer", "DROP TABLE orders", "UPDATE customer SET name = 'x'", "VACUUM"]:
        assert execute_sql(shop_db, sql).error is ErrorClass.REFUSED
    assert shop_db.read_bytes() == before


def test_connection_authorizer_denies_writes_that_bypass_the_policy(shop_db):
    # The policy is the second wall: the read-only connection alone must refuse writes too.
    conn = open_read_only(shop_db)
    for sql in [
        "DELETE FROM customer",
        "CREATE TABLE z (a)",
        "PRAGMA query_only = 0",
        "ATTACH ':memory:' AS m",
    ]:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute(sql)
    assert conn.execute("SELECT count(*) FROM customer").fetchone() == (3,)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT load_extension('x')")


def test_run_on_connection_resets_the_progress_handler(shop_db):
    conn = open_read_only(shop_db)
    assert run_on_connection(conn, FOREVER, timeout_s=0.2).error is ErrorClass.TIMEOUT
    assert run_on_connection(conn, "SELECT count(*) FROM orders").rows == ((4,),)


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p / "missing.sqlite", "db_missing"),
        (lambda p: p, "db_is_directory"),
        (lambda p: (p / "notes.txt").write_text("hello") and p / "notes.txt", "db_not_sqlite"),
    ],
)
def test_bad_database_files(tmp_path, make, code):
    path = make(tmp_path)
    with pytest.raises(InputError) as info:
        open_read_only(path)
    assert info.value.code == code
    assert str(path) in info.value.message
    result = execute_sql(path, "SELECT 1")
    assert result.error is ErrorClass.DATABASE


def test_corrupt_database_is_reported(tmp_path, shop_db):
    corrupt = tmp_path / "corrupt.sqlite"
    data = bytearray(shop_db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    corrupt.write_bytes(bytes(data))
    result = execute_sql(corrupt, "SELECT * FROM customer")
    assert not result.ok
    assert result.error in (ErrorClass.DATABASE, ErrorClass.OTHER)
