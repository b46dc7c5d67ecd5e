"""Value retrieval: matching, thresholds, caps and the on-disk cache."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import slmsql
from slmsql.db import values as values_module
from slmsql.db.schema import Column, Schema, Table
from slmsql.db.schema_source import SchemaSource, with_matched_values
from slmsql.db.values import ValueIndex, ValueMatch, question_queries, tokenize, values_by_column

SCRIPT = """
CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT, street TEXT, code INTEGER, photo BLOB);
INSERT INTO city (name, street, code, photo) VALUES
    ('Springfield Gardens', 'Main Streets', 1, x'00'),
    ('Shelbyville', 'Main Street 1', 2, NULL),
    ('Ogdenville', 'Elm Road', 3, NULL),
    ('North Haverbrook', '', 4, NULL),
    ('x', NULL, 5, NULL),
    ('a description far longer than forty characters, never indexed', 'Elm Road', 6, NULL);
CREATE TABLE "order" ("ship to" TEXT, qty INTEGER);
INSERT INTO "order" VALUES ('Ogdenville', 1), ('Capital City', 2);
"""


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache folder and an empty in-process memory, so each test sees its own builds."""
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(values_module, "_MEMORY", {})
    return tmp_path / "home"


@pytest.fixture
def city_db(tmp_path: Path) -> Path:
    path = tmp_path / "cities.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(SCRIPT)
    conn.close()
    return path


def test_value_in_question_is_found(home: Path, city_db: Path) -> None:
    matches = ValueIndex.for_database(city_db).match("How many people live in ogdenville?")
    assert [(m.table, m.column, m.value, m.coverage) for m in matches] == [
        ("city", "name", "Ogdenville", 1.0),
        ("order", "ship to", "Ogdenville", 1.0),
    ]


def test_coverage_threshold(home: Path, city_db: Path) -> None:
    index = ValueIndex.for_database(city_db)
    found = {m.value: m.coverage for m in index.match("Which city is on main street?")}
    assert found == {"Main Streets": pytest.approx(11 / 12, abs=1e-4)}  # 0.917 >= 0.85: kept
    # "Main Street 1": 11 / 13 = 0.846 < 0.85, left out; with the space after "street" it is 12 / 13.
    found = {m.value for m in index.match("Which city is on main street 2 near springfield?")}
    assert found == {"Main Street 1", "Main Streets"}  # "Springfield Gardens": 12 / 19, left out
    assert index.match("nothing relevant here") == []
    assert index.match("   ") == []


def test_order_and_limit(home: Path, city_db: Path) -> None:
    index = ValueIndex.for_database(city_db)
    matches = index.match("capital city, ogdenville, main streets and elm road")
    # Same coverage: longer first; same length: by table (city before order).
    assert [m.value for m in matches] == [
        "Main Streets",
        "Capital City",
        "Ogdenville",
        "Ogdenville",
        "Elm Road",
    ]
    assert len(index.match("capital city, ogdenville, main streets and elm road", limit=2)) == 2


def test_only_short_text_values_indexed(home: Path, city_db: Path) -> None:
    index = ValueIndex.for_database(city_db)
    assert "a description far longer than forty characters, never indexed" not in index.values
    assert "x" in index.values  # one character is a value too
    assert not any(
        place == ("city", "code") or place == ("city", "photo") for p in index.places for place in p
    )


def test_cap_per_column(home: Path, city_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(values_module, "MAX_VALUES_PER_COLUMN", 2)
    index = ValueIndex.for_database(city_db)
    names = [v for v, p in zip(index.values, index.places, strict=True) if ("city", "name") in p]
    assert len(names) == 2


def test_cache_is_reused_without_rebuilding(
    home: Path, city_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ValueIndex.for_database(city_db)
    assert first.origin == "built"
    assert len(list((home / "values").iterdir())) == 1
    assert ValueIndex.for_database(city_db).origin == "memory"

    def no_scan(*_args, **_kwargs):
        raise AssertionError("the database was scanned again")

    monkeypatch.setattr(values_module, "collect_values", no_scan)
    monkeypatch.setattr(values_module, "_MEMORY", {})  # as a new process would start
    again = ValueIndex.for_database(city_db)
    assert again.origin == "loaded"
    assert again.match("ogdenville") == first.match("ogdenville")


def test_second_process_loads_the_cache(home: Path, city_db: Path) -> None:
    ValueIndex.for_database(city_db)
    code = (
        "import sys; from slmsql.db.values import ValueIndex; i = ValueIndex.for_database(sys.argv[1]); "
        "print(i.origin, len(i.match('capital city')))"
    )
    src = str(Path(slmsql.__file__).parents[1])
    env = {**os.environ, "SLMSQL_HOME": str(home), "PYTHONPATH": src}
    out = subprocess.run([sys.executable, "-c", code, str(city_db)], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["loaded", "1"]


def test_changed_database_is_reindexed(home: Path, city_db: Path) -> None:
    assert ValueIndex.for_database(city_db).match("Is Brockway in the list?") == []
    time.sleep(0.01)
    conn = sqlite3.connect(city_db)
    conn.execute("INSERT INTO city (name) VALUES ('Brockway')")
    conn.commit()
    conn.close()
    index = ValueIndex.for_database(city_db)
    assert index.origin == "built"
    assert [m.value for m in index.match("Is Brockway in the list?")] == ["Brockway"]
    assert len(list((home / "values").iterdir())) == 2


def test_damaged_cache_is_rebuilt(home: Path, city_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ValueIndex.for_database(city_db)
    (folder,) = (home / "values").iterdir()
    (folder / "values.json").write_text("{broken")
    monkeypatch.setattr(values_module, "_MEMORY", {})
    index = ValueIndex.for_database(city_db)
    assert index.origin == "built"
    assert json.loads((folder / "values.json").read_text())["values"]


def test_database_without_text(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "numbers.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1);")
    conn.close()
    assert ValueIndex.for_database(path).match("what is 1?") == []


def test_queries_and_tokens() -> None:
    assert tokenize("The Man of Steel!") == ["man", "steel"]
    queries = question_queries("who is the man of steel")
    assert ["man", "steel"] in queries and ["who"] in queries and ["steel"] in queries
    assert len(queries) == len({tuple(q) for q in queries})


def test_values_by_column_keeps_order_drops_repeats() -> None:
    matches = [
        ValueMatch("city", "name", "B", 1.0),
        ValueMatch("city", "code", "7", 0.9),
        ValueMatch("city", "name", "A", 0.9),
        ValueMatch("city", "name", "B", 0.86),
    ]
    assert values_by_column(matches) == {("city", "name"): ["B", "A"], ("city", "code"): ["7"]}
    assert values_by_column([]) == {}


def test_with_matched_values_first_deduplicated_capped() -> None:
    schema = Schema(
        "db", (Table("city", (Column("name", "TEXT", "", ("A", "B")), Column("code", "INTEGER"))),)
    )
    matches = [ValueMatch("city", "name", v, 1.0) for v in ("C", "B", "D", "E", "F", "G")]
    column = with_matched_values(schema, matches).table("city").column("name")
    assert column.examples == ("C", "B", "D", "E", "F", "G")
    column = with_matched_values(schema, matches[:2], max_examples=6).table("city").column("name")
    assert column.examples == ("C", "B", "A")
    assert (
        with_matched_values(
            schema, [ValueMatch("CITY", "Name", "Z", 1.0), ValueMatch("city", "name", "Y", 1.0)]
        )
        .table("city")
        .column("name")
        .examples[0]
        == "Z"
    )
    assert with_matched_values(schema, []) is schema


def test_schema_source_for_question(home: Path, city_db: Path) -> None:
    source = SchemaSource()
    assert source.schema(city_db) is source.schema(city_db)  # memoised
    text = source.render(city_db, question="Orders shipped to Capital City")
    assert "`ship to` text, -- example: ['Capital City', 'Ogdenville']" in text
    plain = source.render(city_db, question="Orders shipped to Capital City", use_values=False)
    assert "`ship to` text, -- example: ['Ogdenville', 'Capital City']" in plain


@pytest.mark.data
def test_bird_question_value_match(home: Path, data_dir: Path) -> None:
    bird = data_dir / "bird_minidev"
    db = bird / "dev_databases" / "superhero" / "superhero.sqlite"
    started = time.monotonic()
    index = ValueIndex.for_database(db)
    built = time.monotonic() - started
    started = time.monotonic()
    matches = index.match(
        'Among the superheroes with the super power of "Super Strength", how many are tall?'
    )
    elapsed = time.monotonic() - started
    assert matches[0] == ValueMatch("superpower", "power_name", "Super Strength", 1.0)
    assert elapsed < 0.5 and built < 30
    schema = SchemaSource(bird / "dev_tables.json").for_question(db, "List the powers of 3-D Man.")
    assert schema.table("superhero").column("superhero_name").examples[0] == "3-D Man"


def test_unwritable_cache_still_matches(home: Path, city_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_self, _folder):
        raise PermissionError("read-only cache")

    monkeypatch.setattr(ValueIndex, "save", refuse)
    assert [m.value for m in ValueIndex.for_database(city_db).match("capital city")] == ["Capital City"]
