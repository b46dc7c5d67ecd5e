"""Repair a query whose qualified columns name the wrong table of its own FROM clause.

Small models joining two tables often swap their aliases: ``SELECT T2.name FROM singer AS T1 JOIN
concert AS T2 ...`` where ``name`` is a column of ``singer``. SQLite then refuses the query with
``no such column: T2.name``. When the column belongs to exactly one table of that same query level,
the intent is plain, and this pass rewrites the qualifier to that table's alias. Anything less certain
(a column in no table or in several, a qualifier naming a derived table or an outer query) is left as
it was. Only queries that failed with ``no such column`` are handed here (see the inference flow), so
a query that runs is never changed.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.scope import traverse_scope

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.db.schema import Schema


@dataclass(frozen=True)
class ColumnRepair:
    """The rewritten query and each change as ``"T2.name -> T1.name"``; ``changes`` empty: no repair."""

    sql: str
    changes: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def repair_column_tables(sql: str, schema: Schema) -> ColumnRepair:
    """``sql`` with every qualified column that is not in its qualifier's table moved to the one
    table of the same SELECT that has it."""
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
        scopes = traverse_scope(tree)
    except (SqlglotError, RecursionError):
        return ColumnRepair(sql)
    changes: list[str] = []
    for scope in scopes:
        # alias (lower case) -> column names (lower case) of the base tables at this level
        tables: dict[str, set[str]] = {}
        for alias, source in scope.sources.items():
            table = schema.table(source.name) if isinstance(source, exp.Table) else None
            if table is not None:
                tables[alias.lower()] = {c.name.lower() for c in table.columns}
        for column in scope.columns:
            qualifier = column.table.lower()
            if not qualifier or qualifier not in tables or column.name.lower() in tables[qualifier]:
                continue
            owners = [alias for alias, names in tables.items() if column.name.lower() in names]
            if len(owners) != 1:
                continue
            before = column.sql(dialect="sqlite")
            column.set("table", exp.to_identifier(_alias_as_written(scope, owners[0])))
            changes.append(f"{before} -> {column.sql(dialect='sqlite')}")
    if not changes:
        return ColumnRepair(sql)
    return ColumnRepair(tree.sql(dialect="sqlite"), tuple(changes))


def _alias_as_written(scope, lowered: str) -> str:
    return next(alias for alias in scope.sources if alias.lower() == lowered)


def repairs_for_failures(
    sqls: list[str | None], results: list[QueryResult | None], schema: Schema
) -> dict[int, ColumnRepair]:
    """By candidate index, the repairs of the queries that failed with ``no such column`` and that
    this pass changes (the caller runs them and keeps those that run)."""
    repairs = {}
    for i, (sql, result) in enumerate(zip(sqls, results, strict=True)):
        if sql and result is not None and result.error is ErrorClass.NO_SUCH_COLUMN:
            repair = repair_column_tables(sql, schema)
            if repair.changed:
                repairs[i] = repair
    return repairs
