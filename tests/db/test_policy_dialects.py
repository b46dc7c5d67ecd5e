"""The policy in each engine's dialect (no server needed): dangerous functions by name, text that does
not parse, MySQL executable comments, DuckDB file names in FROM, a final ';' with a comment."""

from __future__ import annotations

import pytest

from slmsql.db.policy import DIALECTS, check_sql, statement_text


@pytest.mark.parametrize(
    ("dialect", "sql", "code"),
    [
        ("postgres", "SELECT pg_read_file('/etc/passwd')", "forbidden_function"),
        ("postgres", "SELECT pg_catalog.pg_ls_dir('.')", "forbidden_function"),
        ("postgres", "SELECT set_config('transaction_read_only', 'off', false)", "forbidden_function"),
        ("postgres", "SELECT query_to_xml('DELETE FROM t', true, true, '')", "forbidden_function"),
        ("postgres", "SELECT * FROM t FOR UPDATE", "not_read_only"),
        ("postgres", "COPY t TO '/tmp/x'", "not_read_only"),
        ("postgres", "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d", "not_read_only"),
        ("postgres", "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", "not_read_only"),
        ("postgres", "SELECT 1; COMMIT; DROP TABLE t", "multiple_statements"),
        ("mysql", "SELECT * FROM t INTO OUTFILE '/tmp/x'", "unparsed"),
        ("mysql", "SELECT 1 /*!50000 INTO OUTFILE '/tmp/x' */", "executable_comment"),
        ("sqlite", "SELECT 1 /*! ; DROP TABLE t */", "executable_comment"),
        ("mysql", "SELECT SLEEP(10)", "forbidden_function"),
        ("mysql", "SELECT LOAD_FILE('/etc/passwd')", "forbidden_function"),
        ("duckdb", "SELECT * FROM read_csv('/etc/passwd')", "forbidden_function"),
        ("duckdb", "SELECT * FROM query('DELETE FROM t')", "forbidden_function"),
        ("duckdb", "SELECT * FROM '/etc/passwd'", "file_read"),
        ("duckdb", "SELECT * FROM t JOIN 'x.parquet' ON true", "file_read"),
        ("duckdb", "INSTALL httpfs", "not_a_query"),
        ("duckdb", "ATTACH '/tmp/x.db' AS x", "not_read_only"),
        # sqlglot cannot parse it; SQLite would open a savepoint (found by test_policy_properties).
        ("sqlite", "SAVEPOINT ROLLBACK", "not_a_query"),
    ],
)
def test_refused_in_the_dialect(dialect, sql, code):
    verdict = check_sql(sql, dialect)
    assert not verdict.allowed and verdict.code == code, verdict


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 'DELETE FROM t' AS x",
        "SELECT name FROM t -- DROP TABLE t",
        "SELECT name FROM t; -- done",
        "SELECT 'pg_sleep(1)', 'read_csv' AS s FROM t WHERE x = 'from'",
        "SELECT a FROM t WHERE b IN ('x', 'y') ORDER BY a LIMIT 3",
    ],
)
def test_look_alikes_pass_in_every_dialect(dialect, sql):
    assert check_sql(sql, dialect).allowed


def test_only_sqlite_leaves_unparsed_text_to_the_engine():
    text = "SELECT FROM WHERE ((("
    assert check_sql(text, "sqlite").allowed and not check_sql(text, "sqlite").parsed
    for dialect in ("postgres", "mysql", "duckdb"):
        assert check_sql(text, dialect).code == "unparsed"


def test_unknown_dialect_is_a_programming_error():
    with pytest.raises(ValueError):
        check_sql("SELECT 1", "oracle")


@pytest.mark.parametrize(
    ("sql", "sent"),
    [
        ("SELECT 1;", "SELECT 1"),
        ("SELECT 1; -- done\n", "SELECT 1"),
        ("SELECT ';' AS x ; /* end */", "SELECT ';' AS x"),
        ("SELECT 1", "SELECT 1"),
    ],
)
def test_statement_text_drops_the_final_semicolon(sql, sent):
    assert statement_text(sql) == sent
