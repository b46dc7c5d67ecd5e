"""Schema DDL on hostile names and types: any identifier, any declared type, any example value. The
rendered DDL must be SQL that SQLite reads back as the same tables and columns."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import slmsql
from slmsql.db.introspect import introspect, quote_identifier
from slmsql.db.render import render_schema, type_name

# SQLite names are C strings (no NUL); lone surrogates cannot be encoded to UTF-8.
text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12)
nasty = st.sampled_from(["a\nb", "x`y", 'q"r', "-- c", "/* c", "o'k", "[t]", "select", "\r\n--", "\u2028"])
identifiers = st.one_of(nasty, text.filter(bool))
declared = st.one_of(
    text, st.sampled_from(["INTEGER", "varchar(255)", "decimal(10, 2)", "INT -- x\n y", "text */ /*", "key"])
)


def build(path: Path, table: str, columns: list[tuple[str, str]], values: list[str]) -> bool:
    """Create the table, or False when SQLite itself refuses the names."""
    defs = ", ".join(f"{quote_identifier(name)} {quote_identifier(kind)}" for name, kind in columns)
    key = quote_identifier(columns[0][0])
    row = [*values, *[None] * len(columns)][: len(columns)]
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"CREATE TABLE {quote_identifier(table)} ({defs}, PRIMARY KEY ({key}))")
        conn.execute(f"INSERT INTO {quote_identifier(table)} VALUES ({', '.join('?' * len(row))})", row)
        conn.commit()
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=identifiers,
    columns=st.lists(
        st.tuples(identifiers, declared), min_size=1, max_size=4, unique_by=lambda c: c[0].lower()
    ),
    values=st.lists(text, max_size=4),
)
def test_rendered_ddl_reads_back_as_the_same_tables_and_columns(table, columns, values):
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "db.sqlite"
        assume(build(db, table, columns, values))
        rendered = render_schema(introspect(db))
    copy = sqlite3.connect(":memory:")
    copy.executescript(rendered)
    (name,) = [r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert name == table
    read_back = [r[1] for r in copy.execute(f"PRAGMA table_info({quote_identifier(name)})")]
    assert read_back == [c[0] for c in columns], rendered


@settings(max_examples=300, deadline=None)
@given(declared)
def test_a_rendered_type_is_words_and_a_size_only(kind):
    shown = type_name(kind)
    assert "\n" not in shown and "--" not in shown and "/*" not in shown
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE t (c {shown})")  # always a type SQLite accepts


def test_generated_columns_are_shown_and_virtual_tables_left_out(tmp_path):
    db = tmp_path / "odd.sqlite"
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL,
                        c INT GENERATED ALWAYS AS (a + 1) STORED);
        INSERT INTO t (a) VALUES (3);
        CREATE VIRTUAL TABLE docs USING fts5(title, body);
        INSERT INTO docs VALUES ('hello', 'world');
        CREATE VIRTUAL TABLE box USING rtree(id, x0, x1);
        """
    )
    conn.commit()
    conn.close()
    schema = introspect(db)
    assert [t.name for t in schema.tables] == ["t"]  # no docs, box, docs_data, box_node, ...
    assert render_schema(schema).splitlines()[2:4] == [
        "    b int, -- generated column, example: [6]",
        "    c int -- generated column, example: [4]",
    ]
    env = {"PYTHONPATH": str(Path(slmsql.__file__).parents[1])}
    out = subprocess.run(
        [sys.executable, "-m", "slmsql.cli", "schema", "--db", str(db), "--no-values"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert "CREATE TABLE t (" in out.stdout and "docs" not in out.stdout
