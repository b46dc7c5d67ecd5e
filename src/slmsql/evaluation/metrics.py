"""Execution-accuracy metrics: BIRD's EX and Spider's execution match.

Both compare the rows a prediction returns with the rows the gold SQL returns. Any error or timeout
of either query scores wrong.

* BIRD EX: the *sets* of rows are equal (row order and duplicates ignored, column order kept).
* Spider EX, by default as the official test-suite evaluator (taoyds/test-suite-sql-eval,
  ``exec_eval.py``) scores it: the *multisets* of rows are equal once some permutation of the
  prediction's columns is applied; the rows must also come in the same order when the gold SQL
  contains ``order by`` anywhere in its text; two empty results match. DISTINCT removal happens to
  the query text before execution (:mod:`slmsql.evaluation.spider_text`). :class:`SpiderSemantics`
  names each rule so that the stricter reading slmsql used before (columns in order, DISTINCT kept,
  order only for a top-level ORDER BY) can still be asked for.

A prediction run on another engine than its gold (``--db-url``) is compared with both results' floats
rounded to :data:`FLOAT_PLACES` decimals (:func:`rounded_floats`): engines need not give the same
digits for the same value. Results of one engine are compared exactly, as the official scripts do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from slmsql.db.execute import QueryResult

METRICS = ("bird_ex", "spider_ex")
DATASET_METRIC = {"bird": "bird_ex", "spider": "spider_ex"}


@dataclass(frozen=True)
class SpiderSemantics:
    """How Spider's execution match reads a pair of results. The defaults are the official rules."""

    permute_columns: bool = True  # the prediction's columns may come in any order
    remove_distinct: bool = True  # DISTINCT is taken out of both queries before they run
    order_anywhere: bool = True  # "order by" anywhere in the gold text, not only at its top level

    @property
    def name(self) -> str:
        if self == OFFICIAL:
            return "official"
        return "strict" if self == STRICT else "custom"

    def describe(self) -> str:
        columns = "columns in any order" if self.permute_columns else "columns in order"
        distinct = "DISTINCT removed" if self.remove_distinct else "DISTINCT kept"
        order = "anywhere in" if self.order_anywhere else "at the top level of"
        return f"{self.name}: {columns}, {distinct}, row order checked for ORDER BY {order} the gold SQL"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "permute_columns": self.permute_columns,
            "remove_distinct": self.remove_distinct,
            "order_anywhere": self.order_anywhere,
            "description": self.describe(),
        }


OFFICIAL = SpiderSemantics()
STRICT = SpiderSemantics(permute_columns=False, remove_distinct=False, order_anywhere=False)


# Decimals floats keep when results of two engines are compared (PostgreSQL's numeric averages carry
# more digits than SQLite's doubles, DuckDB's REAL is single precision).
FLOAT_PLACES = 6


def rounded_floats(result: QueryResult, places: int = FLOAT_PLACES) -> QueryResult:
    """``result`` with every float value rounded to ``places`` decimals (the same object when it
    holds none)."""
    if not any(isinstance(value, float) for row in result.rows for value in row):
        return result
    rows = tuple(tuple(round(v, places) if isinstance(v, float) else v for v in row) for row in result.rows)
    return replace(result, rows=rows)


def bird_ex(pred: QueryResult, gold: QueryResult) -> bool:
    """BIRD execution accuracy: ``set(pred_rows) == set(gold_rows)``."""
    return pred.ok and gold.ok and set(pred.rows) == set(gold.rows)


def spider_ex(
    pred: QueryResult, gold: QueryResult, *, ordered: bool, semantics: SpiderSemantics = OFFICIAL
) -> bool:
    """Spider execution match of two results (of queries already rewritten for ``semantics``)."""
    if not (pred.ok and gold.ok):
        return False
    return rows_match(gold.rows, pred.rows, ordered=ordered, permute_columns=semantics.permute_columns)


def rows_match(gold: Sequence[tuple], pred: Sequence[tuple], *, ordered: bool, permute_columns: bool) -> bool:
    """Equal row bags (equal row lists when ``ordered``), possibly after permuting ``pred``'s columns."""
    if not gold and not pred:
        return True
    if len(gold) != len(pred):
        return False
    if _same_rows(gold, pred, ordered):
        return True
    if not permute_columns or len(gold[0]) != len(pred[0]) or len(gold[0]) < 2:
        return False
    return _permutation_matches(gold, pred, ordered)


def _same_rows(gold: Sequence[tuple], pred: Sequence[tuple], ordered: bool) -> bool:
    if ordered:
        return list(gold) == list(pred)
    return Counter(gold) == Counter(pred)


def _permutation_matches(gold: Sequence[tuple], pred: Sequence[tuple], ordered: bool) -> bool:
    """Whether some order of ``pred``'s columns makes the results equal. An exact search: a gold
    column can only take a prediction column with the same values (the same sequence when ordered,
    the same bag otherwise), and each partial assignment must already match on the columns it
    covers. The official script instead prunes with the value *sets* of 20 random rows and then
    tries every remaining permutation; both find a permutation exactly when one exists."""
    width = len(gold[0])
    gold_cols = list(zip(*gold, strict=True))
    pred_cols = list(zip(*pred, strict=True))

    def same_values(a: tuple, b: tuple) -> bool:
        return a == b if ordered else Counter(a) == Counter(b)

    options = [[j for j in range(width) if same_values(gold_cols[i], pred_cols[j])] for i in range(width)]
    if not all(options):
        return False
    visit = sorted(range(width), key=lambda i: len(options[i]))

    def covers(pairs: list[tuple[int, int]]) -> bool:
        gold_part = list(zip(*(gold_cols[i] for i, _ in pairs), strict=True))
        pred_part = list(zip(*(pred_cols[j] for _, j in pairs), strict=True))
        return _same_rows(gold_part, pred_part, ordered)

    def search(pairs: list[tuple[int, int]], used: frozenset[int]) -> bool:
        if len(pairs) == width:
            return True
        column = visit[len(pairs)]
        tried: set[tuple] = set()
        for j in options[column]:
            # Two prediction columns with identical values are interchangeable: try one of them.
            if j in used or pred_cols[j] in tried:
                continue
            tried.add(pred_cols[j])
            extended = [*pairs, (column, j)]
            if covers(extended) and search(extended, used | {j}):
                return True
        return False

    return search([], frozenset())


def order_matters(gold_sql: str, semantics: SpiderSemantics = OFFICIAL) -> bool:
    """Whether Spider compares row order for this gold SQL (already rewritten for ``semantics``).
    The official rule is a plain text test, ``'order by' in gold.lower()``: an ORDER BY inside a
    subquery counts, and so does the phrase inside a string literal; ``ORDER  BY`` with two spaces
    does not. We keep that test as it is, so that scores match the official ones."""
    if semantics.order_anywhere:
        return "order by" in gold_sql.lower()
    return has_top_level_order_by(gold_sql)


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


__all__ = [
    "DATASET_METRIC",
    "FLOAT_PLACES",
    "METRICS",
    "OFFICIAL",
    "STRICT",
    "SpiderSemantics",
    "bird_ex",
    "has_top_level_order_by",
    "order_matters",
    "rounded_floats",
    "rows_match",
    "spider_ex",
]
