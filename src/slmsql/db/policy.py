"""The read-only SQL policy: the one module that decides whether a query may run.

It is the second wall (the read-only connection is the first). A query is accepted when it is
exactly one statement, that statement is a query (SELECT, set operation, VALUES, possibly under a
WITH), no node anywhere in its tree writes, changes the schema or the connection, and it calls no
dangerous function. Refusals carry a code and a readable reason.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from slmsql.db.connection import FORBIDDEN_FUNCTIONS


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


def _refuse(code: str, reason: str) -> PolicyVerdict:
    return PolicyVerdict(False, code, reason)


def check_sql(sql: str) -> PolicyVerdict:
    """Judge ``sql`` against the read-only rule."""
    if not sql or not sql.strip():
        return _refuse("empty", "the SQL is empty")
    try:
        statements = [s for s in sqlglot.parse(sql, read="sqlite") if s is not None]
    except (ParseError, TokenError):
        return PolicyVerdict(True, parsed=False)
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
