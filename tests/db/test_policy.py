import pytest

from slmsql.db.policy import check_sql


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1",
        "select a, b from t where c = ';' order by a",
        "WITH x AS (SELECT 1 AS a) SELECT a FROM x",
        "SELECT a FROM t UNION SELECT b FROM u",
        "SELECT a FROM t EXCEPT SELECT b FROM u",
        "VALUES (1), (2)",
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c",
    ],
)
def test_read_only_queries_are_allowed(sql):
    verdict = check_sql(sql)
    assert verdict.allowed, verdict.reason


@pytest.mark.parametrize(
    ("sql", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("DELETE FROM t", "not_read_only"),
        ("UPDATE t SET a = 1", "not_read_only"),
        ("INSERT INTO t VALUES (1)", "not_read_only"),
        ("DROP TABLE t", "not_read_only"),
        ("CREATE TABLE x (a INT)", "not_read_only"),
        ("ALTER TABLE t ADD COLUMN z INT", "not_read_only"),
        ("WITH a AS (DELETE FROM t RETURNING *) SELECT * FROM a", "not_read_only"),
        ("ATTACH DATABASE 'x.db' AS x", "not_read_only"),
        ("DETACH DATABASE x", "not_read_only"),
        ("PRAGMA writable_schema = 1", "not_read_only"),
        ("VACUUM", "not_read_only"),
        ("SELECT 1; SELECT 2", "multiple_statements"),
        ("SELECT 1; DELETE FROM t", "multiple_statements"),
        ("SELECT load_extension('evil')", "forbidden_function"),
        ("SELECT readfile('/etc/passwd')", "forbidden_function"),
        ("SELECT * FROM t WHERE a IN (SELECT writefile('x', 'y'))", "forbidden_function"),
    ],
)
def test_writes_and_dangerous_queries_are_refused_with_a_code(sql, code):
    verdict = check_sql(sql)
    assert not verdict.allowed
    assert verdict.code == code
    assert verdict.reason


def test_unparseable_text_is_left_to_sqlite():
    verdict = check_sql("SELEC whatever ((")
    assert verdict.allowed and not verdict.parsed
