"""Render a :class:`~slmsql.db.schema.Schema` as the DDL block of OmniSQL-style prompts.

One ``CREATE TABLE`` block per table and one line per column::

    CREATE TABLE superhero (
        id integer, -- example: [1, 2]
        full_name text, -- the full name of the superhero, example: ['Charles Chandler', 'Richard Jones']
        gender_id integer,
        PRIMARY KEY (id),
        CONSTRAINT fk_superhero_gender_id FOREIGN KEY (gender_id) REFERENCES gender (id)
    );

Types are lower-cased as OmniSQL's training prompts show them. The description is shown only when it
says more than the column name; examples are SQL literals (strings quoted, numbers bare in numeric
columns). Identifiers are back-quoted when they are SQLite keywords or are not plain words; a
back-quoted name holds any character, a newline included, and the DDL still reads back as the same
tables and columns. Declared types are reduced to words and sizes (``varchar(255)``): a type is free
text in SQLite and could otherwise end a line early or comment out the rest of it. Generated columns
are shown, marked as such in their comment.

A schema read from another engine (``schema.extra["dialect"]``: ``postgres``, ``mysql``, ``duckdb``)
is rendered in that engine's terms: names quoted as it quotes them (double quotes on PostgreSQL and
DuckDB, where PostgreSQL also needs them for any upper-case letter; back quotes on MySQL) and types
as it names them (``timestamp without time zone``), every word kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from slmsql.db.introspect import type_affinity
from slmsql.db.schema import Column, Schema, Table

if TYPE_CHECKING:  # values.py loads bm25s; rendering should not
    from slmsql.db.values import ValueMatch

# SQLite's keywords (https://sqlite.org/lang_keywords.html): a column called `order` or `group` must be
# quoted to be used in a query, so the prompt shows it quoted.
SQLITE_KEYWORDS = frozenset(
    """
    ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN
    BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT
    CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH
    DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST
    FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX
    INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH
    MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER
    PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE
    RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY
    THEN TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN
    WHERE WINDOW WITH WITHOUT
    """.split()
)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# What a rendered type may hold: plain words and a parenthesised size, as in varchar(255) or decimal(10, 2).
_TYPE_PART = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\(\s*[+-]?\d+\s*(?:,\s*[+-]?\d+\s*)?\)")
_NOT_WORD = re.compile(r"[^a-z0-9_]+")
INDENT = "    "


_LOWER_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def quote_name(name: str, dialect: str = "sqlite") -> str:
    """``name`` as written in the prompt: bare when it is a plain non-keyword word, else quoted as
    ``dialect`` quotes it."""
    plain = _LOWER_NAME if dialect == "postgres" else _PLAIN_NAME
    if plain.fullmatch(name) and name.upper() not in SQLITE_KEYWORDS:
        return name
    if dialect in ("postgres", "duckdb"):
        return '"' + name.replace('"', '""') + '"'
    return "`" + name.replace("`", "``") + "`"


def _normalised(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


def description_worth_showing(description: str, column_name: str) -> bool:
    """True when the description says more than the column name (case, ``_`` and spaces ignored)."""
    return bool(description.strip()) and _normalised(description) != _normalised(column_name)


def is_numeric_type(declared: str) -> bool:
    """INTEGER, REAL or NUMERIC affinity (DECIMAL, BOOLEAN, DATE, Spider's "number", ...)."""
    return type_affinity(declared) in ("INTEGER", "REAL", "NUMERIC")


def _is_number(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return value == value and value not in (float("inf"), float("-inf"))


def literal(value: str, numeric_column: bool) -> str:
    """An example value as a SQL literal."""
    if numeric_column and _is_number(value):
        return value
    return "'" + value.replace("'", "''") + "'"


def type_name(declared: str, dialect: str = "sqlite") -> str:
    """A declared column type as the DDL shows it: lower-cased words (on SQLite its keywords left out,
    they would not parse there) and sizes, nothing else."""
    shown = ""
    for part in _TYPE_PART.findall(declared):
        if part.startswith("("):
            if shown:  # a size follows a word and ends the type
                return shown + " ".join(part.split())
        elif dialect != "sqlite" or part.upper() not in SQLITE_KEYWORDS:
            shown += f" {part.lower()}" if shown else part.lower()
    return shown


def _column_line(column: Column, dialect: str = "sqlite") -> tuple[str, str]:
    """(definition, comment) for one column."""
    definition = f"{quote_name(column.name, dialect)} {type_name(column.type, dialect)}".rstrip()
    parts = ["generated column"] if column.generated else []
    if description_worth_showing(column.description, column.name):
        parts.append(" ".join(column.description.split()).rstrip(" ."))  # a comma follows
    if column.examples:
        numeric = is_numeric_type(column.type)
        parts.append("example: [" + ", ".join(literal(v, numeric) for v in column.examples) + "]")
    return definition, ", ".join(parts)


def _constraint_name(table: str, column: str, taken: set[str]) -> str:
    base = _NOT_WORD.sub("_", f"fk_{table}_{column}".lower()).strip("_")
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def render_table(table: Table, dialect: str = "sqlite") -> str:
    def quote_name(name: str) -> str:
        return _quote(name, dialect)

    items: list[tuple[str, str]] = [_column_line(c, dialect) for c in table.columns]
    if table.primary_key:
        items.append((f"PRIMARY KEY ({', '.join(quote_name(c) for c in table.primary_key)})", ""))
    taken: set[str] = set()
    for fk in table.foreign_keys:
        name = _constraint_name(table.name, fk.column, taken)
        items.append(
            (
                f"CONSTRAINT {name} FOREIGN KEY ({quote_name(fk.column)}) "
                f"REFERENCES {quote_name(fk.ref_table)} ({quote_name(fk.ref_column)})",
                "",
            )
        )
    lines = [f"CREATE TABLE {quote_name(table.name)} ("]
    if table.description.strip() and dialect != "sqlite":  # a table comment, as the engine stores it
        lines.insert(0, "-- " + " ".join(table.description.split()))
    for i, (definition, comment) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"{INDENT}{definition}{comma}" + (f" -- {comment}" if comment else ""))
    lines.append(");")
    return "\n".join(lines)


_quote = quote_name


def schema_dialect(schema: Schema) -> str:
    """The SQL dialect of the engine ``schema`` was read from (``sqlite`` for a file)."""
    return schema.extra.get("dialect", "sqlite")


def schema_engine(schema: Schema) -> str:
    """The engine's name as the prompt shows it (``SQLite``, ``PostgreSQL``, ...)."""
    return schema.extra.get("engine", "SQLite")


def render_schema(schema: Schema) -> str:
    """The whole schema: the tables' blocks separated by blank lines."""
    dialect = schema_dialect(schema)
    text = "\n\n".join(render_table(t, dialect) for t in schema.tables)
    note = schema.extra.get("selection")  # a schema cut to a budget says so (db.selection)
    return f"-- {note}\n\n{text}" if note else text


def render_value_matches(matches: list[ValueMatch], schema: Schema) -> str:
    """The values a question mentions as one line per column, ``table.column: 'v1', 'v2'``, in the
    order the matches came (best first). Empty when nothing matched."""
    if not matches:  # before the import: rendering without values should not load bm25s
        return ""
    from slmsql.db.values import values_by_column  # here: whoever has matches has loaded bm25s

    types = {(t.name.lower(), c.name.lower()): c.type for t in schema.tables for c in t.columns}
    lines = []
    for (table, column), values in values_by_column(matches).items():
        numeric = is_numeric_type(types.get((table.lower(), column.lower()), ""))
        shown = ", ".join(literal(v, numeric) for v in values)
        dialect = schema_dialect(schema)
        lines.append(f"{quote_name(table, dialect)}.{quote_name(column, dialect)}: {shown}")
    return "\n".join(lines)
