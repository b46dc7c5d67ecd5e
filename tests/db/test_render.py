"""Rendering schemas as OmniSQL-style CREATE TABLE blocks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from slmsql.db.render import (
    description_worth_showing,
    literal,
    quote_name,
    render_schema,
    render_table,
    render_value_matches,
)
from slmsql.db.schema import Column, ForeignKey, Schema, Table
from slmsql.db.schema_source import SchemaSource
from slmsql.db.values import ValueMatch

ORDERS = Table(
    name="order",
    columns=(
        Column("id", "INTEGER", "", ("1", "2")),
        Column("first name", "varchar(20)", "First_Name", ("O'Brien",)),
        Column("group", "TEXT", "the customer group", ()),
        Column("amount", "REAL", "", ("2.5", "n/a")),
        Column("cust_id", "INTEGER"),
    ),
    primary_key=("id", "group"),
    foreign_keys=(ForeignKey("cust_id", "Customer Table", "id"), ForeignKey("cust_id", "shadow", "id")),
)


def test_golden_table() -> None:
    assert render_table(ORDERS) == "\n".join(
        [
            "CREATE TABLE `order` (",
            "    id integer, -- example: [1, 2]",
            "    `first name` varchar(20), -- example: ['O''Brien']",
            "    `group` text, -- the customer group",
            "    amount real, -- example: [2.5, 'n/a']",
            "    cust_id integer,",
            "    PRIMARY KEY (id, `group`),",
            "    CONSTRAINT fk_order_cust_id FOREIGN KEY (cust_id) REFERENCES `Customer Table` (id),",
            "    CONSTRAINT fk_order_cust_id_2 FOREIGN KEY (cust_id) REFERENCES shadow (id)",
            ");",
        ]
    )


def test_last_column_has_no_comma_without_constraints() -> None:
    text = render_table(Table("t", (Column("a", "TEXT", "", ("x",)), Column("b", "TEXT", "", ("y",)))))
    assert text.splitlines() == [
        "CREATE TABLE t (",
        "    a text, -- example: ['x']",
        "    b text -- example: ['y']",
        ");",
    ]


def test_schema_joins_tables_with_blank_line() -> None:
    schema = Schema("db", (Table("a", (Column("x"),)), Table("b", (Column("y"),))))
    assert render_schema(schema) == "CREATE TABLE a (\n    x\n);\n\nCREATE TABLE b (\n    y\n);"


def test_quoting_rules() -> None:
    assert quote_name("singer_id") == "singer_id"
    assert quote_name("Order") == "`Order`"
    assert quote_name("select") == "`select`"
    assert quote_name("Academic Year") == "`Academic Year`"
    assert quote_name("1st") == "`1st`"
    assert quote_name("a`b") == "`a``b`"
    assert quote_name("name") == "name"


def test_description_shown_only_when_informative() -> None:
    assert not description_worth_showing("Song name", "Song_Name")
    assert not description_worth_showing("  ", "x")
    assert description_worth_showing("name of the song", "Song_Name")
    assert literal("3", numeric_column=True) == "3"
    assert literal("3", numeric_column=False) == "'3'"
    assert literal("inf", numeric_column=True) == "'inf'"


def test_reserved_names_render_as_valid_sqlite(tmp_path: Path) -> None:
    """The rendered DDL (comments and all) is itself valid SQLite that recreates the tables."""
    ddl = render_table(ORDERS).replace("`Customer Table`", "customer")
    conn = sqlite3.connect(tmp_path / "x.sqlite")
    conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE shadow (id INTEGER PRIMARY KEY)")
    conn.executescript(ddl)
    columns = [r[1] for r in conn.execute('PRAGMA table_info("order")')]
    conn.close()
    assert columns == ["id", "first name", "group", "amount", "cust_id"]


@pytest.mark.data
def test_real_databases_render(data_dir: Path) -> None:
    spider = data_dir / "spider"
    text = SchemaSource(spider / "tables.json").render(
        spider / "database/concert_singer/concert_singer.sqlite"
    )
    assert text.count("CREATE TABLE ") == 4
    assert "CREATE TABLE singer_in_concert (" in text
    assert "CONSTRAINT fk_concert_stadium_id FOREIGN KEY (Stadium_ID) REFERENCES stadium (Stadium_ID)" in text
    assert "PRIMARY KEY (concert_ID, Singer_ID)" in text
    assert "Singer_ID int, -- example: [1, 2]" in text  # "singer id" says nothing more: not shown

    bird = data_dir / "bird_minidev"
    text = SchemaSource(bird / "dev_tables.json").render(bird / "dev_databases/superhero/superhero.sqlite")
    assert text.count("CREATE TABLE ") == 10
    assert "full_name text, -- the full name of the superhero, example: ['Charles Chandler'" in text
    assert "height_cm integer, -- the height of the superhero (The unit of height is centimeter." in text
    assert "CONSTRAINT fk_hero_power_power_id FOREIGN KEY (power_id) REFERENCES superpower (id)" in text
    assert all(len(line) < 400 for line in text.splitlines())


def test_value_matches_render_one_line_per_column_as_literals() -> None:
    schema = Schema(
        "s",
        (Table("singer", (Column("name", "TEXT"), Column("year", "INTEGER"), Column("order", "TEXT"))),),
    )
    matches = [
        ValueMatch("singer", "name", "O'Brien", 1.0),
        ValueMatch("singer", "year", "1999", 1.0),
        ValueMatch("singer", "name", "Joe", 0.9),
        ValueMatch("singer", "name", "Joe", 0.9),  # repeats are shown once
        ValueMatch("singer", "order", "first", 1.0),
    ]
    assert render_value_matches(matches, schema).splitlines() == [
        "singer.name: 'O''Brien', 'Joe'",
        "singer.year: 1999",
        "singer.`order`: 'first'",
    ]
    assert render_value_matches([], schema) == ""
