"""Property tests of the read-only policy: no text crashes it, and whatever it accepts is one
read-only statement as SQLite itself sees it (an authorizer that records every action is the judge,
not the policy's own parse)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slmsql.db.connection import FORBIDDEN_FUNCTIONS
from slmsql.db.limits import MAX_SQL_CHARS, MAX_SQL_NESTING, MAX_SQL_TOKENS
from slmsql.db.policy import PolicyVerdict, check_sql

FRAGMENTS = [
    "SELECT", "*", "a", "b", "t", "u", "FROM", "WHERE", "=", "1", "'x;y'", "'--'", '"t"', "`t`", "[t]",
    ",", "(", ")", ";", "--c\n", "/* c */", "WITH", "w", "AS", "RECURSIVE", "UNION", "ALL", "VALUES",
    "INSERT", "INTO", "UPDATE", "SET", "DELETE", "DROP", "TABLE", "CREATE", "TEMP", "VIEW", "TRIGGER",
    "ALTER", "ADD", "ATTACH", "DETACH", "DATABASE", "':memory:'", "PRAGMA", "query_only", "writable_schema",
    "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "VACUUM", "REINDEX", "ANALYZE", "REPLACE",
    "RETURNING", "ON", "CONFLICT", "DO", "NOTHING", "load_extension", "writefile", "readfile", "count",
    "EXPLAIN", "QUERY", "PLAN", "ORDER", "BY", "LIMIT", "NOT", "NULL", "IS", "CASE", "WHEN", "THEN",
    "END", "x'00'", "?", ":p", "$v", "\x00", "\n", "🙂",
]
sql_like = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
latin = st.binary(max_size=50).map(lambda b: b.decode("latin-1"))
anything = st.one_of(sql_like, st.text(max_size=200), latin)

# Mostly valid SQLite: queries built from parts, writes of every kind, and both joined by semicolons.
tables = st.sampled_from(["t", "u", '"t"', "`u`", "[t]", "main.t"])
items = st.sampled_from(
    ["a", "b", "*", "count(*)", "1", "'x;y'", "load_extension('x')", "writefile('f', 'x')",
     "(SELECT a FROM u)", "a -- c\n", "/* ; */ b", "printf('%d', 1)", "sqlite_version()"]
)
conditions = st.sampled_from(["", " WHERE a = 1", " WHERE a IN (SELECT a FROM u)", " ORDER BY 1 LIMIT 2"])
select = st.builds(lambda c, t, w: f"SELECT {c} FROM {t}{w}", items, tables, conditions)
query = st.one_of(
    select,
    st.builds(lambda a, b: f"{a} UNION ALL {b}", select, select),
    st.just("VALUES (1, 2)"),
    st.builds(lambda q: f"WITH w AS ({q}) SELECT * FROM w", select),
    st.builds(lambda q: f"SELECT * FROM ({q})", select),
)
writes = st.sampled_from(
    [
        "INSERT INTO t VALUES (9, 9)", "UPDATE t SET a = 0", "DELETE FROM t", "DROP TABLE u",
        "CREATE TABLE z (c)", "CREATE TEMP TABLE z AS SELECT 1", "PRAGMA writable_schema = 1",
        "PRAGMA query_only = 0", "ATTACH ':memory:' AS m", "DETACH m", "BEGIN", "COMMIT", "VACUUM",
        "VACUUM INTO 'copy.db'", "REPLACE INTO t VALUES (5, 5)", "WITH w AS (SELECT 1) DELETE FROM t",
        "INSERT INTO t SELECT * FROM u", "CREATE VIEW v AS SELECT 1", "SAVEPOINT s", "ANALYZE",
        "CREATE TRIGGER g AFTER INSERT ON t BEGIN DELETE FROM u; END", "REINDEX",
        "DELETE FROM t RETURNING *", "EXPLAIN DELETE FROM t", "INSERT INTO t DEFAULT VALUES",
        "CREATE INDEX i ON t (a)", "ALTER TABLE t ADD COLUMN c", "UPDATE t SET a = (SELECT 1) RETURNING a",
    ]
)
statement = st.one_of(query, writes)
separators = st.sampled_from([";", "; ", ";\n", " ;-- x\n", "/*;*/;"])
joined = st.builds(lambda a, sep, b: f"{a}{sep}{b}", statement, separators, statement)
endings = st.sampled_from(["", ";", " ; ", " -- end", " /* x */", ";;"])
sqlite_sql = st.builds(lambda s, end: s + end, st.one_of(statement, joined), endings)

READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
SCRATCH = (
    "CREATE TABLE t (a, b); CREATE TABLE u (a, b); "
    "INSERT INTO t VALUES (1, 2); INSERT INTO u VALUES (3, 4);"
)


def scratch_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCRATCH)
    return conn


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_any_text_gets_a_verdict_never_an_exception(text):
    verdict = check_sql(text)
    assert isinstance(verdict, PolicyVerdict)
    assert verdict.allowed or (verdict.code and verdict.reason and "\n" not in verdict.reason)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(sqlite_sql, sqlite_sql, sql_like))
def test_what_the_policy_accepts_sqlite_runs_as_one_read_only_statement(sql):
    if not check_sql(sql).allowed:
        return
    conn = scratch_db()
    before = conn.execute("SELECT * FROM t UNION ALL SELECT * FROM u").fetchall()
    actions = []
    conn.set_authorizer(lambda action, *args: actions.append((action, args)) or sqlite3.SQLITE_OK)
    try:
        conn.execute(sql).fetchall()
    except sqlite3.ProgrammingError as exc:
        assert "one statement" not in str(exc), sql  # SQLite found a second statement
        actions.clear()
    except (sqlite3.Error, ValueError, OverflowError):
        actions.clear()  # SQLite rejected it: it ran nothing
    conn.set_authorizer(None)
    assert {a for a, _ in actions} <= READ_ACTIONS, (sql, actions)
    called = {(args[1] or "").lower() for a, args in actions if a == sqlite3.SQLITE_FUNCTION}
    assert not called & FORBIDDEN_FUNCTIONS, (sql, called)
    assert conn.execute("SELECT * FROM t UNION ALL SELECT * FROM u").fetchall() == before
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT " + "(" * 47 + "1" + ")" * 47,
        "SELECT " + "(" * (MAX_SQL_NESTING + 1) + "1" + ")" * (MAX_SQL_NESTING + 1),
        "SELECT " + "NOT " * 400 + "1",
        "SELECT * FROM " + "(SELECT * FROM " * 40 + "t" + ")" * 40,
    ],
)
def test_deep_nesting_is_refused_with_its_own_code(sql):
    verdict = check_sql(sql)
    assert not verdict.allowed and verdict.code == "too_deeply_nested", verdict


def test_nesting_within_the_bound_and_brackets_in_literals_are_fine():
    assert check_sql("SELECT " + "(" * MAX_SQL_NESTING + "1" + ")" * MAX_SQL_NESTING).allowed
    assert check_sql("SELECT '" + "(" * 200 + "' -- " + "(" * 200).allowed


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1 WHERE 1 = " + "+".join(["1"] * 200_000),  # the 500,000-term parse, cut short
        "SELECT " + " + ".join(["1"] * (MAX_SQL_TOKENS // 2 + 1)),
        "SELECT '" + "x" * MAX_SQL_CHARS + "'",
    ],
)
def test_oversized_sql_is_refused_before_parsing(sql):
    verdict = check_sql(sql)
    assert not verdict.allowed and verdict.code == "too_long"
