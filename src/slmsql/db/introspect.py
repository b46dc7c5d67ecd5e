"""Read a SQLite database's schema into :class:`~slmsql.db.schema.Schema`.

Everything goes through the read-only connection: the tables come from ``sqlite_master``, columns,
keys and foreign keys from the read-only pragmas its authorizer allows, and a few example values per
column from small ``SELECT DISTINCT ... LIMIT`` queries. Each example query runs under a time budget
so that a huge table costs at most that budget, never minutes.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from pathlib import Path

from slmsql.db.connection import open_read_only
from slmsql.db.schema import Column, ForeignKey, Schema, Table
from slmsql.errors import InputError

DEFAULT_EXAMPLES = 2
EXAMPLE_MAX_CHARS = 40
# Seconds one example query may run; SQLite is interrupted after that and the column gets no examples.
EXAMPLE_BUDGET_S = 2.0
_PROGRESS_STEPS = 10_000


def quote_identifier(name: str) -> str:
    """``name`` as a double-quoted SQLite identifier (safe for any name, including reserved words)."""
    return '"' + name.replace('"', '""') + '"'


def clip_value(value: object, max_chars: int = EXAMPLE_MAX_CHARS) -> str:
    """A value as one line of text, cut to ``max_chars`` (with ``...`` when cut)."""
    text = " ".join(str(value).split())
    return text if len(text) <= max_chars else text[:max_chars] + "..."


def _table_kinds(conn: sqlite3.Connection) -> dict[str, str]:
    """name -> 'table', 'virtual', 'shadow' or 'view' for the main schema (PRAGMA table_list)."""
    try:
        rows = conn.execute("PRAGMA table_list").fetchall()
    except sqlite3.DatabaseError:  # SQLite before 3.37: the caller's own test of the DDL remains
        return {}
    return {name: kind for schema, name, kind, *_ in rows if schema == "main"}


def table_names(conn: sqlite3.Connection) -> list[str]:
    """The user tables of an open database, in creation order. Left out on purpose: SQLite's own
    ``sqlite_*`` tables, virtual tables (FTS5, R*Tree, ...: their modules prepare write statements
    on their shadow tables, which the read-only connection's authorizer denies, so no query could
    read them) and the shadow tables that store them (an implementation detail, not data)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY rowid"
    ).fetchall()
    kinds = _table_kinds(conn)
    virtual = {name for name, sql in rows if (sql or "").lstrip().upper().startswith("CREATE VIRTUAL")}
    return [name for name, _sql in rows if kinds.get(name, "table") == "table" and name not in virtual]


def type_affinity(declared: str) -> str:
    """SQLite's affinity for a declared column type (https://sqlite.org/datatype3.html, 3.1)."""
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not upper.strip() or "BLOB" in upper:
        return "BLOB"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _examples(conn: sqlite3.Connection, table: str, column: str, limit: int) -> tuple[str, ...]:
    if limit <= 0:
        return ()
    col, tab = quote_identifier(column), quote_identifier(table)
    # Without ORDER BY the scan order decides which values come first: deterministic for a given file
    # and it lets SQLite stop after `limit` distinct values instead of sorting a huge table.
    sql = (
        f"SELECT DISTINCT {col} FROM {tab} WHERE {col} IS NOT NULL AND typeof({col}) != 'blob' "
        f"AND trim(CAST({col} AS TEXT)) != '' LIMIT {int(limit)}"
    )
    deadline = time.monotonic() + EXAMPLE_BUDGET_S
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
    try:
        rows = conn.execute(sql).fetchall()
    except (sqlite3.Error, MemoryError):  # the budget, a value over SQLite's limits, an unreadable column
        return ()
    finally:
        conn.set_progress_handler(None, 0)
    return tuple(clip_value(r[0]) for r in rows)


# table_xinfo's "hidden": 0 a plain column, 2 a virtual generated column, 3 a stored generated one
# (1, a virtual table's hidden column, cannot occur: virtual tables are left out).
_SHOWN_COLUMNS = (0, 2, 3)


def _read_table(conn: sqlite3.Connection, name: str, examples_per_column: int) -> Table:
    # table_xinfo rows: (cid, name, type, notnull, default, pk, hidden); pk is the 1-based position in
    # the key. table_info would leave generated columns out.
    rows = conn.execute(f"PRAGMA table_xinfo({quote_identifier(name)})").fetchall()
    info = [row for row in rows if row[6] in _SHOWN_COLUMNS]
    columns = tuple(
        Column(
            name=row[1],
            type=" ".join((row[2] or "").split()),
            examples=_examples(conn, name, row[1], examples_per_column),
            generated=row[6] != 0,
        )
        for row in info
    )
    primary_key = tuple(row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5]))
    return Table(name=name, columns=columns, primary_key=primary_key)


def _foreign_keys(conn: sqlite3.Connection, table: Table, tables: dict[str, Table]) -> tuple[ForeignKey, ...]:
    rows = conn.execute(f"PRAGMA foreign_key_list({quote_identifier(table.name)})").fetchall()
    # foreign_key_list rows: (id, seq, table, from, to, on_update, on_delete, match); SQLite numbers the
    # keys last-declared first, so a descending id restores the order of the CREATE TABLE.
    keys: list[ForeignKey] = []
    for _id, seq, ref_table, from_col, to_col, *_ in sorted(rows, key=lambda r: (-r[0], r[1])):
        target = tables.get(ref_table.lower())
        ref_name = target.name if target else ref_table
        if to_col is None:  # no explicit column: the target's primary key, position by position
            if target and seq < len(target.primary_key):
                to_col = target.primary_key[seq]
            elif target and target.column(from_col):
                to_col = target.column(from_col).name
            else:
                continue
        elif target and target.column(to_col):
            to_col = target.column(to_col).name
        fk = ForeignKey(column=from_col, ref_table=ref_name, ref_column=to_col)
        if fk not in keys:
            keys.append(fk)
    return tuple(keys)


def introspect(
    db_path: str | Path, *, db_id: str | None = None, examples_per_column: int = DEFAULT_EXAMPLES
) -> Schema:
    """The schema of the SQLite file ``db_path`` (``db_id`` defaults to the file's stem)."""
    path = Path(db_path)
    conn = open_read_only(path)
    try:
        try:
            names = table_names(conn)
            read = [_read_table(conn, name, examples_per_column) for name in names]
            by_name = {t.name.lower(): t for t in read}
            tables = tuple(replace(t, foreign_keys=_foreign_keys(conn, t, by_name)) for t in read)
        except sqlite3.DatabaseError as exc:
            raise InputError("db_corrupt", f"database {path}: cannot read its schema ({exc})") from exc
    finally:
        conn.close()
    return Schema(db_id=db_id or path.stem, tables=tables)
