"""The query text Spider's execution match runs: spaced comparison operators joined and, by default,
DISTINCT taken out, as the official test-suite evaluator does before it executes either query.

The official script joins ``> =``, ``< =`` and ``! =`` by plain text replacement and drops every
token whose text is ``distinct`` (sqlparse tokens). We work on sqlglot's SQLite tokens instead and
cut only the characters of the tokens concerned, so that the rest of the text stays as written. Where
we differ, on purpose:

* Text inside string literals, quoted identifiers and comments is never changed (the official
  operator replacement also rewrites ``'a > = b'`` inside a literal).
* ``IS [NOT] DISTINCT FROM`` keeps its DISTINCT: it is a comparison operator, not a duplicate
  filter, and the official removal turns it into a syntax error.
* A text sqlglot cannot tokenize (an unterminated literal) gets only the official plain operator
  replacement; it will not run anyway.

DISTINCT inside an aggregate (``count(DISTINCT x)``) is removed, as the official script removes it.
"""

from __future__ import annotations

from functools import lru_cache

from sqlglot.dialects.sqlite import SQLite
from sqlglot.errors import SqlglotError
from sqlglot.tokens import Token, TokenType

from slmsql.evaluation.metrics import SpiderSemantics

_SPACED_OPERATORS = {"> =": ">=", "< =": "<=", "! =": "!="}
_OPERATOR_STARTS = {TokenType.GT, TokenType.LT, TokenType.NOT}
_TOKENIZER = SQLite().tokenizer_class()


def spider_sql(sql: str, semantics: SpiderSemantics) -> str:
    """``sql`` as Spider's execution match runs it under ``semantics``."""
    return _rewrite(sql, semantics.remove_distinct)


@lru_cache(maxsize=16384)
def _rewrite(sql: str, remove_distinct: bool) -> str:
    lowered = sql.lower()
    needs_distinct = remove_distinct and "distinct" in lowered
    if not needs_distinct and not any(spaced in sql for spaced in _SPACED_OPERATORS):
        return sql  # the common case: nothing to do, no tokenizing
    try:
        tokens = _TOKENIZER.tokenize(sql)
    except SqlglotError:
        return _replace_operators_as_text(sql)
    cuts = _operator_gaps(sql, tokens)
    if needs_distinct:
        cuts += _distinct_spans(tokens)
    text = sql
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + text[end:]
    return text


def _replace_operators_as_text(sql: str) -> str:
    for spaced, joined in _SPACED_OPERATORS.items():
        sql = sql.replace(spaced, joined)
    return sql


def _operator_gaps(sql: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The single spaces inside ``> =``, ``< =`` and ``! =`` (exactly one space, as officially)."""
    gaps = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        if (
            first.token_type in _OPERATOR_STARTS
            and first.text in (">", "<", "!")
            and second.token_type == TokenType.EQ
            and sql[first.end + 1 : second.start] == " "
        ):
            gaps.append((first.end + 1, second.start))
    return gaps


def _distinct_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    spans = []
    for index, token in enumerate(tokens):
        if token.token_type != TokenType.DISTINCT:
            continue
        before = [t.token_type for t in tokens[max(0, index - 2) : index]]
        if before[-1:] == [TokenType.IS] or before == [TokenType.IS, TokenType.NOT]:
            continue  # IS [NOT] DISTINCT FROM: a comparison
        spans.append((token.start, token.end + 1))
    return spans


__all__ = ["spider_sql"]
