"""Shared fixtures: the benchmark data folder and tiny SQLite databases."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The benchmark data folder (``$SLMSQL_DATA_DIR``); tests that need it skip when it is absent."""
    value = os.environ.get("SLMSQL_DATA_DIR")
    if not value:
        pytest.skip("benchmark data not available: SLMSQL_DATA_DIR is not set")
    path = Path(value)
    if not (path / "spider").is_dir():
        pytest.skip(f"benchmark data not available: {path}/spider is missing")
    return path


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Caches (value indexes, gold results, assembled models) go to one temp folder per test
    session, never to the user's ~/.cache/slmsql."""
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path_factory.getbasetemp() / "slmsql-home"))


def make_db(path: Path, script: str) -> Path:
    """Create a SQLite database at ``path`` from an SQL script."""
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def shop_db(tmp_path: Path) -> Path:
    """A tiny shop: customers and orders with a foreign key."""
    return make_db(
        tmp_path / "shop.sqlite",
        """
        CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(id),
                             amount REAL, note TEXT);
        INSERT INTO customer VALUES (1, 'Ada', 'London'), (2, 'Bo', 'Paris'), (3, 'Cy', 'London');
        INSERT INTO orders VALUES (1, 1, 10.5, 'a;b'), (2, 1, 20.0, NULL), (3, 2, 5.0, 'x'), (4, 3, 7.0, 'y');
        """,
    )
