"""Copies of a tiny SQLite database on another engine (DuckDB here, PostgreSQL in tests/db), made from
the SQLite file itself: its CREATE TABLE statements as SQLite stored them, then its rows; and a tiny
dataset over such a database, with the predictions `--db-url` tests score."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.db.servers import need_module


def sqlite_tables(path: Path) -> list[tuple[str, str, list[tuple]]]:
    """(CREATE TABLE text, table name, rows) of each table of the SQLite file at ``path``."""
    conn = sqlite3.connect(path)
    try:
        tables = conn.execute(
            "SELECT sql, name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        return [(ddl, name, conn.execute(f'SELECT * FROM "{name}"').fetchall()) for ddl, name in tables]
    finally:
        conn.close()


def duckdb_copy(sqlite_path: Path, duck_path: Path) -> Path:
    """A DuckDB file at ``duck_path`` with the tables and rows of ``sqlite_path`` (a SQLite ``REAL``
    column is single precision there: its floats differ from SQLite's in the last digits)."""
    need_module("duckdb", "duckdb")
    need_module("duckdb_engine", "duckdb-engine")
    import duckdb

    duck_path.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(duck_path))
    try:
        for ddl, name, rows in sqlite_tables(sqlite_path):
            conn.execute(ddl)
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    finally:
        conn.close()
    return duck_path


FLOATS_SQL = """
CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price REAL, kind TEXT);
INSERT INTO item VALUES (1, 'apple', 1.1, 'fruit'), (2, 'pear', 2.2, 'fruit'), (3, 'leek', 3.3, 'veg');
"""
COUNT = "SELECT count(*) FROM item"
AVERAGE = "SELECT avg(price) FROM item"
VEG = "SELECT name FROM item WHERE kind = 'veg'"
# (question, gold SQL, predicted SQL) on database "shop": right in the engines' dialect only (SQLite
# has no ``::`` cast), right to 6 decimals only (the average: another engine's digits differ), wrong.
CASES = [
    ("How many items?", COUNT, "SELECT count(*)::INTEGER FROM item"),
    ("Average price?", AVERAGE, AVERAGE),
    ("Vegetables?", VEG, "SELECT name FROM item WHERE kind = 'fruit'"),
]
PREDICTED = [pred for _q, _gold, pred in CASES]


def records(fmt: str) -> list[dict]:
    """The cases as a Spider or a BIRD questions file, and a question whose database is missing."""
    rows = [("shop", q, gold) for q, gold, _pred in CASES] + [("gone", "Missing?", "SELECT 1")]
    if fmt == "spider":
        return [{"db_id": db, "question": q, "query": gold} for db, q, gold in rows]
    return [
        {"question_id": i, "db_id": db, "question": q, "evidence": "", "SQL": gold, "difficulty": "simple"}
        for i, (db, q, gold) in enumerate(rows)
    ]


def shop_set(folder: Path, fmt: str = "spider") -> tuple[Path, Path]:
    """(questions file, database folder) of the cases in ``fmt`` over ``folder/database/shop/shop.sqlite``."""
    db = folder / "database" / "shop" / "shop.sqlite"
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    conn.executescript(FLOATS_SQL)
    conn.close()
    questions = folder / f"{fmt}.json"
    questions.write_text(json.dumps(records(fmt)), encoding="utf-8")
    return questions, folder / "database"


def duckdb_shop_set(folder: Path, fmt: str = "spider") -> tuple[Path, Path, str]:
    """:func:`shop_set` with a DuckDB copy of the database: (questions, database folder, --db-url)."""
    questions, db_dir = shop_set(folder, fmt)
    duckdb_copy(db_dir / "shop" / "shop.sqlite", folder / "duck" / "shop.duckdb")
    return questions, db_dir, f"duckdb:///{folder}/duck/{{db_id}}.duckdb"
