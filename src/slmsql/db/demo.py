"""The bundled demo database (a small online shop), addressable as ``demo`` wherever a database
path is expected. Built by ``scripts/build_demo_db.py``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from slmsql.db.connection import check_database_file
from slmsql.db.engines import check_database, is_url

DEMO_NAME = "demo"


def demo_database_path() -> Path:
    return Path(str(resources.files("slmsql") / "assets" / "demo.sqlite"))


def resolve_database(value: str | Path) -> Path | str:
    """``demo`` means the bundled demo database (unless a file of that name exists here); a database
    URL (``postgresql+psycopg://...``, ``mysql+pymysql://...``, ``duckdb:///FILE``) is checked and
    returned as text; anything else is a path, checked to be a SQLite file."""
    if str(value) == DEMO_NAME and not Path(DEMO_NAME).exists():
        return check_database_file(demo_database_path())
    if is_url(value):
        return check_database(value)
    return check_database_file(value)
