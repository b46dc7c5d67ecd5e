"""Introspection of tiny SQLite files into the Schema dataclasses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from slmsql.db.introspect import clip_value, introspect, quote_identifier, type_affinity
from slmsql.db.schema import ForeignKey
from slmsql.errors import InputError

SCRIPT = """
CREATE TABLE customer (id INTEGER PRIMARY KEY AUTOINCREMENT, "first name" TEXT, city TEXT, photo BLOB,
                       note TEXT);
INSERT INTO customer ("first name", city, photo, note) VALUES
    ('Ada', NULL, x'00ff', ''),
    ('Bo', 'Paris', NULL, '   '),
    ('Cy', 'Paris', x'01', 'a very long note that certainly goes beyond forty characters'),
    ('Di', 'Rome', NULL, NULL);
CREATE TABLE "order" (id INTEGER, "group" TEXT, customer_id INTEGER REFERENCES Customer, PRIMARY KEY (id));
INSERT INTO "order" VALUES (10, 'x"y', 1), (11, 'z', 2);
CREATE TABLE line (item TEXT, order_id INTEGER, qty, PRIMARY KEY (order_id, item),
                   FOREIGN KEY (order_id) REFERENCES "order"(id));
"""


def make_db(path: Path, script: str = SCRIPT) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def odd_db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "odd.sqlite")


def test_tables_columns_and_types(odd_db: Path) -> None:
    schema = introspect(odd_db)
    assert schema.db_id == "odd"
    # sqlite_sequence (made by AUTOINCREMENT) is SQLite's own table and is skipped.
    assert [t.name for t in schema.tables] == ["customer", "order", "line"]
    customer = schema.table("customer")
    assert [c.name for c in customer.columns] == ["id", "first name", "city", "photo", "note"]
    assert [c.type for c in customer.columns] == ["INTEGER", "TEXT", "TEXT", "BLOB", "TEXT"]
    assert schema.table("line").column("qty").type == ""


def test_primary_keys_in_key_order(odd_db: Path) -> None:
    schema = introspect(odd_db)
    assert schema.table("customer").primary_key == ("id",)
    assert schema.table("order").primary_key == ("id",)
    # Declared as (order_id, item) although item is the first column.
    assert schema.table("line").primary_key == ("order_id", "item")


def test_foreign_keys_resolve_implicit_target(odd_db: Path) -> None:
    schema = introspect(odd_db)
    # `REFERENCES Customer` without a column means the target's primary key; the name is normalised.
    assert schema.table("order").foreign_keys == (ForeignKey("customer_id", "customer", "id"),)
    assert schema.table("line").foreign_keys == (ForeignKey("order_id", "order", "id"),)


def test_examples_skip_null_empty_and_blob(odd_db: Path) -> None:
    customer = introspect(odd_db).table("customer")
    assert customer.column("first name").examples == ("Ada", "Bo")  # two per column by default
    assert customer.column("city").examples == ("Paris", "Rome")  # NULL skipped, distinct
    assert customer.column("photo").examples == ()  # BLOBs never shown
    assert customer.column("note").examples == ("a very long note that certainly goes bey...",)
    assert introspect(odd_db).table("order").column("group").examples == ('x"y', "z")


def test_examples_count_and_determinism(odd_db: Path) -> None:
    three = introspect(odd_db, examples_per_column=3)
    assert three.table("customer").column("first name").examples == ("Ada", "Bo", "Cy")
    assert introspect(odd_db, examples_per_column=0).table("customer").column("city").examples == ()
    assert introspect(odd_db) == introspect(odd_db)


def test_db_id_override(odd_db: Path) -> None:
    assert introspect(odd_db, db_id="shop").db_id == "shop"


def test_helpers() -> None:
    assert quote_identifier('we"ird') == '"we""ird"'
    assert clip_value("a\n b") == "a b"
    assert clip_value("x" * 41) == "x" * 40 + "..."
    assert [type_affinity(t) for t in ("INT", "varchar(20)", "", "DOUBLE", "number", "date")] == [
        "INTEGER",
        "TEXT",
        "BLOB",
        "REAL",
        "NUMERIC",
        "NUMERIC",
    ]


def test_bad_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        introspect(tmp_path / "missing.sqlite")
    with pytest.raises(InputError, match="is a directory"):
        introspect(tmp_path)
    text = tmp_path / "notes.sqlite"
    text.write_text("hello, not a database")
    with pytest.raises(InputError, match="not a SQLite database"):
        introspect(text)
