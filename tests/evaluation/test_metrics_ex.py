from __future__ import annotations

import pytest

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.evaluation.metrics import STRICT, bird_ex, has_top_level_order_by, spider_ex


def rows(*values) -> QueryResult:
    return QueryResult(sql="q", rows=tuple(values))


FAILED = QueryResult(sql="q", error=ErrorClass.SYNTAX, message="near x")
TIMED_OUT = QueryResult(sql="q", error=ErrorClass.TIMEOUT, message="timed out")


def test_bird_ignores_row_order_and_duplicates():
    gold = rows((1, "a"), (2, "b"))
    assert bird_ex(rows((2, "b"), (1, "a")), gold)
    assert bird_ex(rows((1, "a"), (2, "b"), (2, "b")), gold)  # a set: duplicates do not matter
    assert not bird_ex(rows((1, "a")), gold)


def test_spider_counts_duplicates():
    gold = rows((1, "a"), (2, "b"))
    assert spider_ex(rows((2, "b"), (1, "a")), gold, ordered=False)
    assert not spider_ex(rows((1, "a"), (2, "b"), (2, "b")), gold, ordered=False)  # a bag


def test_spider_order_matters_only_when_ordered():
    gold = rows((1,), (2,), (3,))
    shuffled = rows((3,), (1,), (2,))
    assert spider_ex(shuffled, gold, ordered=False)
    assert not spider_ex(shuffled, gold, ordered=True)
    assert spider_ex(rows((1,), (2,), (3,)), gold, ordered=True)


def test_column_order_is_kept_by_bird_and_by_strict_spider_only():
    gold = rows((1, "a"))
    assert not bird_ex(rows(("a", 1)), gold)
    assert not spider_ex(rows(("a", 1)), gold, ordered=False, semantics=STRICT)
    assert spider_ex(rows(("a", 1)), gold, ordered=False)  # official: columns in any order


def test_numbers_compare_by_value():
    assert bird_ex(rows((1.0,)), rows((1,)))


@pytest.mark.parametrize("bad", [FAILED, TIMED_OUT])
def test_any_error_is_wrong(bad):
    empty = rows()
    assert not bird_ex(bad, empty) and not bird_ex(empty, bad)
    assert not spider_ex(bad, empty, ordered=False) and not spider_ex(empty, bad, ordered=True)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT a FROM t ORDER BY a", True),
        ("select a from t order  by a desc limit 3", True),
        ("SELECT a FROM t", False),
        ("SELECT a FROM (SELECT a FROM t ORDER BY a)", False),
        ("SELECT a FROM t WHERE a IN (SELECT b FROM u ORDER BY b LIMIT 1)", False),
        ("SELECT a FROM t UNION SELECT b FROM u ORDER BY 1", True),
        ("WITH x AS (SELECT a FROM t ORDER BY a) SELECT * FROM x", False),
        ("SELECT 'order by' FROM t", False),
        ("(SELECT a FROM t ORDER BY a)", True),
    ],
)
def test_top_level_order_by(sql, expected):
    assert has_top_level_order_by(sql) is expected


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT a FROM t ORDER BY a ))) garbage ((", True),
        ("SELECT a FROM (SELECT a FROM t ORDER BY a) WHERE ))", False),
        ("SELECT 'ORDER BY' FROM t WHERE (((", False),
    ],
)
def test_top_level_order_by_falls_back_to_text_when_unparsable(sql, expected):
    assert has_top_level_order_by(sql) is expected
