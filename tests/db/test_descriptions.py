"""Column descriptions from tables.json and BIRD description CSVs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from slmsql.db.descriptions import (
    apply_descriptions,
    apply_tables_json_keys,
    clean_text,
    description_folder_for,
    load_tables_json,
    read_description_csv,
    read_description_folder,
    tables_json_descriptions,
)
from slmsql.db.introspect import introspect
from slmsql.db.schema import ForeignKey
from slmsql.errors import InputError

TABLES_JSON = [
    {
        "db_id": "club",
        "table_names_original": ["member", "Event"],
        "table_names": ["member", "event"],
        "column_names_original": [
            [-1, "*"],
            [0, "member_id"],
            [0, "fname"],
            [1, "event_id"],
            [1, "member_id"],
        ],
        "column_names": [[-1, "*"], [0, "member id"], [0, "first name"], [1, "event id"], [1, "member id"]],
        "column_types": ["text", "number", "text", "number", "number"],
        "primary_keys": [1, [3, 4]],
        "foreign_keys": [[4, 1], [4, 1]],
    }
]


def make_club(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "club.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE member (member_id INTEGER, fname TEXT);"
        "CREATE TABLE event (event_id INTEGER, member_id INTEGER, status TEXT);"
    )
    conn.close()
    return path


def write_tables_json(path: Path, data: object = TABLES_JSON) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def write_cp1252_csv(path: Path) -> None:
    # Ragged whitespace, a cp1252 bullet (0x95), a long essay and a short value note.
    text = (
        "original_column_name,column_name,column_description,data_format,value_description\r\n"
        '  status ,, One of three values ,text,"commonsense evidence:\r\n• Open\r\n• Clos\u00e9d"\r\n'
        "member_id ,member id,,integer,\r\n"
        "event_id,event id,the event's id,integer,\"" + "long words " * 40 + '"\r\n'
    )
    raw = text.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really not UTF-8
    path.write_bytes(raw)


def test_load_tables_json_and_natural_names(tmp_path: Path) -> None:
    entries = load_tables_json(write_tables_json(tmp_path / "tables.json"))
    entry = entries["club"]
    assert entry.primary_keys == (1, (3, 4))
    notes = tables_json_descriptions(entry)
    assert notes[("member", "fname")] == "first name"
    assert notes[("event", "member_id")] == "member id"
    assert ("", "*") not in notes and all(t for t, _ in notes)


def test_tables_json_keys_fill_missing_keys(tmp_path: Path) -> None:
    entry = load_tables_json(write_tables_json(tmp_path / "tables.json"))["club"]
    schema = apply_tables_json_keys(introspect(make_club(tmp_path / "db")), entry)
    assert schema.table("member").primary_key == ("member_id",)
    assert schema.table("event").primary_key == ("event_id", "member_id")
    # Listed twice in tables.json, added once.
    assert schema.table("event").foreign_keys == (ForeignKey("member_id", "member", "member_id"),)


def test_cp1252_csv_with_ragged_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "event.csv"
    write_cp1252_csv(path)
    notes = read_description_csv(path)
    assert notes["status"] == "One of three values (Open; Closéd)"
    assert notes["member_id"] == "member id"  # no description: the natural name
    assert notes["event_id"] == "the event's id"  # the essay is left out


def test_bird_descriptions_win_over_tables_json(tmp_path: Path) -> None:
    db = make_club(tmp_path / "club")
    folder = tmp_path / "club" / "database_description"
    folder.mkdir()
    write_cp1252_csv(folder / "event.csv")
    assert description_folder_for(db) == folder
    entry = load_tables_json(write_tables_json(tmp_path / "tables.json"))["club"]
    schema = apply_descriptions(
        introspect(db), read_description_folder(folder), tables_json_descriptions(entry)
    )
    event = schema.table("event")
    assert event.column("status").description == "One of three values (Open; Closéd)"
    assert event.column("event_id").description == "the event's id"
    assert schema.table("member").column("fname").description == "first name"


def test_description_folder_under_root(tmp_path: Path) -> None:
    db = make_club(tmp_path / "dbs")
    assert description_folder_for(db) is None
    (tmp_path / "root" / "club" / "database_description").mkdir(parents=True)
    found = description_folder_for(db, tmp_path / "root", "club")
    assert found == tmp_path / "root" / "club" / "database_description"


def test_clean_text() -> None:
    assert clean_text("a\n\x95 b\r\nc.\nd\ufffd") == "a; b; c. d"
    assert clean_text("  spaced   out  ") == "spaced out"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "malformed JSON at line 1"),
        ('{"db_id": "x"}', "expected a list"),
        ('[{"db_id": "x"}]', "lacks one of"),
        ('[{"db_id": "x", "table_names_original": [], "column_names_original": [["a"]]}]', "malformed"),
    ],
)
def test_malformed_tables_json(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "tables.json"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        load_tables_json(path)


def test_missing_tables_json(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_tables_json(tmp_path / "nope.json")


def test_csv_without_header(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="original_column_name"):
        read_description_csv(path)
