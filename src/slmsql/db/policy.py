"""The read-only SQL policy: the one module that decides whether a query may run.

It is the second wall (the read-only connection is the first). A query is accepted when it is
exactly one statement, that statement is a query (SELECT, set operation, VALUES, possibly under a
WITH), no node anywhere in its tree writes, changes the schema or the connection, and it calls no
dangerous function. Refusals carry a code and a readable reason.

The text is bounded before it is parsed (:data:`~slmsql.db.limits.MAX_SQL_CHARS` characters,
:data:`~slmsql.db.limits.MAX_SQL_TOKENS` tokens, :data:`~slmsql.db.limits.MAX_SQL_NESTING` levels of
parentheses), because parsing runs before SQLite's timeout applies and sqlglot's recursive descent
overflows Python's stack on deep nesting; a nesting the bracket count cannot see (a long chain of
NOTs) is caught as the same refusal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from slmsql.db.connection import FORBIDDEN_FUNCTIONS
from slmsql.db.limits import MAX_SQL_CHARS, MAX_SQL_NESTING, MAX_SQL_TOKENS


@dataclass(frozen=True)
class PolicyVerdict:
    """``allowed`` with ``code``/``reason`` when refused. ``parsed`` is False when sqlglot could not
    parse the text: such a query is left to SQLite (and its read-only connection) to judge."""

    allowed: bool
    code: str = ""
    reason: str = ""
    parsed: bool = True


_QUERY_ROOTS = (exp.Select, exp.SetOperation, exp.Values, exp.Subquery)

_FORBIDDEN_NODES: tuple[tuple[type[exp.Expression], str], ...] = tuple(
    (node, label)
    for node, label in (
        (exp.Insert, "INSERT"),
        (exp.Update, "UPDATE"),
        (exp.Delete, "DELETE"),
        (exp.Merge, "MERGE"),
        (exp.Create, "CREATE"),
        (exp.Drop, "DROP"),
        (exp.Alter, "ALTER"),
        (exp.TruncateTable, "TRUNCATE"),
        (exp.Pragma, "PRAGMA"),
        (exp.Attach, "ATTACH"),
        (exp.Detach, "DETACH"),
        (exp.Transaction, "transaction control"),
        (exp.Commit, "COMMIT"),
        (exp.Rollback, "ROLLBACK"),
        (exp.Command, "a command"),
        (exp.Set, "SET"),
        (exp.Use, "USE"),
        (exp.Into, "SELECT INTO"),
    )
)


# One lexical token of SQLite: a comment, a quoted string or name (an unclosed one runs to the end),
# a word or number, or any other single character. Only counting and bracket depth use it.
_TOKEN = re.compile(
    r"--[^\n]*|/\*.*?(?:\*/|\Z)|'(?:[^']|'')*(?:'|\Z)|\"(?:[^\"]|\"\")*(?:\"|\Z)|`(?:[^`]|``)*(?:`|\Z)"
    r"|\[[^\]]*(?:\]|\Z)|\w+|\S",
    re.S,
)


def _refuse(code: str, reason: str) -> PolicyVerdict:
    return PolicyVerdict(False, code, reason)


def _lexical_verdict(sql: str) -> PolicyVerdict | None:
    """A refusal when ``sql`` is too large or too deeply nested to parse safely, or holds anything
    after a statement-ending semicolon but comments (SQLite would see a second statement there, even
    an empty one, which sqlglot drops), else None."""
    if len(sql) > MAX_SQL_CHARS:
        return _refuse("too_long", f"the SQL has {len(sql):,} characters; at most {MAX_SQL_CHARS:,} run")
    tokens = depth = deepest = 0
    ended = False
    for match in _TOKEN.finditer(sql):
        text = match.group()
        if text.startswith(("--", "/*")):
            continue
        if ended:
            return _refuse("multiple_statements", "exactly one statement is allowed; text follows its ';'")
        ended = text == ";"
        tokens += 1
        if text == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif text == ")":
            depth -= 1
    if tokens > MAX_SQL_TOKENS:
        return _refuse("too_long", f"the SQL has {tokens:,} tokens; at most {MAX_SQL_TOKENS:,} run")
    if deepest > MAX_SQL_NESTING:
        return _too_deep(f"{deepest} levels of parentheses")
    return None


def _too_deep(what: str) -> PolicyVerdict:
    return _refuse("too_deeply_nested", f"the SQL nests {what}; at most {MAX_SQL_NESTING} levels run")


def check_sql(sql: str) -> PolicyVerdict:
    """Judge ``sql`` against the read-only rule."""
    if not isinstance(sql, str):
        return _refuse("not_text", f"the SQL is not text but {type(sql).__name__}")
    if not sql.strip():
        return _refuse("empty", "the SQL is empty")
    refused = _lexical_verdict(sql)
    if refused is not None:
        return refused
    try:
        statements = [s for s in sqlglot.parse(sql, read="sqlite") if s is not None]
    except (ParseError, TokenError):
        return PolicyVerdict(True, parsed=False)
    except RecursionError:
        return _too_deep("its expressions too deeply for the parser")
    if not statements:
        return _refuse("empty", "the SQL holds no statement")
    if len(statements) > 1:
        return _refuse("multiple_statements", f"exactly one statement is allowed, found {len(statements)}")
    tree = statements[0]
    for node in tree.walk():
        for forbidden, label in _FORBIDDEN_NODES:
            if isinstance(node, forbidden):
                return _refuse("not_read_only", f"{label} is not allowed: only read-only queries run")
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name in FORBIDDEN_FUNCTIONS:
                return _refuse("forbidden_function", f"function {name}() is not allowed")
    if not isinstance(tree, _QUERY_ROOTS):
        kind = tree.key.upper()
        return _refuse("not_a_query", f"only SELECT queries run, this is {kind}")
    return PolicyVerdict(True)
