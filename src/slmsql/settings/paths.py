"""Where slmsql finds benchmark data and keeps its caches (environment-driven, never hard-coded)."""

from __future__ import annotations

import os
from pathlib import Path

from slmsql.errors import InputError

DATA_DIR_ENV = "SLMSQL_DATA_DIR"
HOME_ENV = "SLMSQL_HOME"


def home_dir() -> Path:
    """The cache folder for assembled models, value indexes and gold results."""
    path = Path(os.environ.get(HOME_ENV) or Path.home() / ".cache" / "slmsql").expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir(kind: str) -> Path:
    path = home_dir() / kind
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir(explicit: str | Path | None = None) -> Path:
    """The benchmark data folder: ``explicit`` (``--data-dir``) or ``$SLMSQL_DATA_DIR``."""
    value = explicit or os.environ.get(DATA_DIR_ENV)
    if not value:
        raise InputError(
            "data_dir_unset",
            f"no benchmark data folder: pass --data-dir or set {DATA_DIR_ENV}",
        )
    path = Path(value).expanduser()
    if not path.is_dir():
        raise InputError("data_dir_missing", f"benchmark data folder {path}: not a directory")
    return path
