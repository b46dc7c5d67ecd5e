"""Execution-accuracy metrics: BIRD's EX and Spider's execution match.

Both compare the rows a prediction returns with the rows the gold SQL returns; column order is kept
(rows are compared as tuples). Any error or timeout of either query scores wrong.

* BIRD EX: the *sets* of rows are equal (row order and duplicates ignored).
* Spider EX: the *multisets* of rows are equal; when the gold SQL has a top-level ORDER BY the rows
  must also come in the same order.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from slmsql.db.execute import QueryResult

METRICS = ("bird_ex", "spider_ex")
DATASET_METRIC = {"bird": "bird_ex", "spider": "spider_ex"}


def bird_ex(pred: QueryResult, gold: QueryResult) -> bool:
    """BIRD execution accuracy: ``set(pred_rows) == set(gold_rows)``."""
    return pred.ok and gold.ok and set(pred.rows) == set(gold.rows)


def spider_ex(pred: QueryResult, gold: QueryResult, *, ordered: bool) -> bool:
    """Spider execution match: equal row multisets; equal row lists when ``ordered``."""
    if not (pred.ok and gold.ok):
        return False
    if ordered:
        return list(pred.rows) == list(gold.rows)
    return Counter(pred.rows) == Counter(gold.rows)


@lru_cache(maxsize=8192)
def has_top_level_order_by(sql: str) -> bool:
    """Whether the outermost query of ``sql`` is ordered (ORDER BY in a subquery does not count).
    Parsed with sqlglot; a regex on the text with parenthesised parts removed when it does not parse."""
    if not _ORDER_WORD.search(sql):  # most queries: no parse needed (parsing costs ~1 ms each)
        return False
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except (ParseError, TokenError, ValueError):
        return _order_by_by_regex(sql)
    while isinstance(tree, (exp.Subquery, exp.Paren)):
        tree = tree.this
    if tree is None:
        return _order_by_by_regex(sql)
    return tree.args.get("order") is not None


_ORDER_WORD = re.compile(r"order", re.IGNORECASE)
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]")
_INNER_PARENS = re.compile(r"\([^()]*\)")
_ORDER_BY = re.compile(r"\border\s+by\b", re.IGNORECASE)


def _order_by_by_regex(sql: str) -> bool:
    text = _QUOTED.sub("''", sql)
    previous = None
    while previous != text:  # drop nested parentheses from the inside out
        previous, text = text, _INNER_PARENS.sub(" ", text)
    return bool(_ORDER_BY.search(text))


__all__ = ["DATASET_METRIC", "METRICS", "bird_ex", "has_top_level_order_by", "spider_ex"]
