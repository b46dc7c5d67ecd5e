"""Pull the SQL out of a model's answer without altering it.

Order of preference: the content of ``<answer>`` (the think format), else the last ```sql block,
else a bare SELECT/WITH statement. Only whitespace and statement-ending semicolons are removed:
string literals are never touched (a ``;`` inside quotes stays).
"""

from __future__ import annotations

import re

from sqlglot.errors import TokenError
from sqlglot.tokens import Tokenizer, TokenType

_ANSWER = re.compile(r"<answer>(.*?)(?:</answer>|$)", re.S | re.I)
_FENCE = re.compile(r"```[ \t]*(?:sql|sqlite)?[ \t]*\n?(.*?)(?:```|$)", re.S | re.I)
_BARE = re.compile(r"\b(SELECT|WITH)\b.*", re.S | re.I)
# A fenced block or answer that never says SELECT/WITH/VALUES is prose, not a query.
_QUERY_WORD = re.compile(r"\b(SELECT|WITH|VALUES)\b", re.I)
_TRAILING_ENDS = re.compile(r"[\s;]+\Z")


def _last_fenced_block(text: str) -> str | None:
    blocks = [m.group(1) for m in _FENCE.finditer(text)]
    blocks = [b for b in blocks if b.strip()]
    return blocks[-1] if blocks else None


def first_statement(sql: str) -> str:
    """The text up to the first statement-ending semicolon (found by tokenizing, so semicolons in
    string literals and quoted identifiers do not count), without trailing semicolons."""
    sql = sql.strip()
    try:
        tokens = Tokenizer().tokenize(sql)
    except TokenError:  # an unterminated literal: no statement end can be told apart, trim the tail
        return _TRAILING_ENDS.sub("", sql)
    for token in tokens:
        if token.token_type == TokenType.SEMICOLON:
            return sql[: token.start].strip()
    return sql


def extract_sql(text: str) -> str | None:
    """The SQL in a model answer, or None when there is none."""
    if not text or not text.strip():
        return None
    candidate: str | None = None
    answers = [m.group(1) for m in _ANSWER.finditer(text)]
    if answers and answers[-1].strip():
        inner = answers[-1]
        candidate = _last_fenced_block(inner) or inner
    elif "```" in text:
        candidate = _last_fenced_block(text)
    if candidate is None or not _QUERY_WORD.search(candidate):
        bare = _BARE.search(text)
        candidate = bare.group(0) if bare else None
    if candidate is None:
        return None
    sql = first_statement(candidate)
    return sql or None
