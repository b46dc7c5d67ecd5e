"""The bundled demo database (a small online shop), addressable as ``demo`` wherever a database
path is expected. Built by ``scripts/build_demo_db.py``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from slmsql.db.connection import check_database_file

DEMO_NAME = "demo"


def demo_database_path() -> Path:
    return Path(str(resources.files("slmsql") / "assets" / "demo.sqlite"))


def resolve_database(value: str | Path) -> Path:
    """``demo`` means the bundled demo database (unless a file of that name exists here); anything
    else is a path, checked to be a SQLite file."""
    if str(value) == DEMO_NAME and not Path(DEMO_NAME).exists():
        return check_database_file(demo_database_path())
    return check_database_file(value)
