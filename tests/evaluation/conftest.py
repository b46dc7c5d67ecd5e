"""Tiny Spider- and BIRD-style datasets with SQLite databases, made in tmp_path."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

SHOP_SQL = """
CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price REAL, kind TEXT);
INSERT INTO item VALUES (1, 'apple', 1.5, 'fruit'), (2, 'pear', 2.0, 'fruit'), (3, 'leek', 1.0, 'veg'),
                        (4, 'kiwi', 2.0, 'fruit');
"""


def make_db(db_dir: Path, db_id: str, script: str = SHOP_SQL) -> Path:
    path = db_dir / db_id / f"{db_id}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


def write_json(path: Path, records) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def write_jsonl(path: Path, records) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


SPIDER_RECORDS = [
    {"db_id": "shop", "question": "How many items?", "query": "SELECT count(*) FROM item"},
    {"db_id": "shop", "question": "Names by price?", "query": "SELECT name FROM item ORDER BY price, id"},
    {"db_id": "shop", "question": "Kinds?", "query": "SELECT kind FROM item"},
    {"db_id": "gone", "question": "Anything?", "query": "SELECT 1"},
]

BIRD_RECORDS = [
    {
        "question_id": 10,
        "db_id": "shop",
        "question": "Cheapest?",
        "evidence": "cheapest = min(price)",
        "SQL": "SELECT name FROM item WHERE price = (SELECT min(price) FROM item)",
        "difficulty": "simple",
    },
    {
        "question_id": 11,
        "db_id": "shop",
        "question": "Fruit names?",
        "evidence": "",
        "SQL": "SELECT name FROM item WHERE kind = 'fruit'",
        "difficulty": "moderate",
    },
    {
        "question_id": 12,
        "db_id": "shop",
        "question": "Priciest kind?",
        "evidence": "",
        "SQL": "SELECT kind FROM item ORDER BY price DESC LIMIT 1",
        "difficulty": "challenging",
    },
    {
        "question_id": 13,
        "db_id": "missing_db",
        "question": "?",
        "evidence": "",
        "SQL": "SELECT 1",
        "difficulty": "simple",
    },
]


@pytest.fixture
def spider_files(tmp_path: Path) -> tuple[Path, Path]:
    """(questions file, database folder) of a Spider-style set: 4 questions, 1 without database."""
    db_dir = tmp_path / "database"
    make_db(db_dir, "shop")
    return write_json(tmp_path / "dev.json", SPIDER_RECORDS), db_dir


@pytest.fixture
def bird_files(tmp_path: Path) -> tuple[Path, Path]:
    """(questions file, database folder) of a BIRD-style set: 4 questions, 1 without database."""
    db_dir = tmp_path / "dev_databases"
    make_db(db_dir, "shop")
    return write_json(tmp_path / "mini_dev.json", BIRD_RECORDS), db_dir


@pytest.fixture(name="make_db")
def make_db_fixture():
    """``make_db(db_dir, db_id, script=SHOP_SQL)`` -> path of a new SQLite file."""
    return make_db


@pytest.fixture(name="write_json")
def write_json_fixture():
    return write_json


@pytest.fixture(name="write_jsonl")
def write_jsonl_fixture():
    return write_jsonl


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The gold cache must never touch the user's real cache.
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
