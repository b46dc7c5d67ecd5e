"""A disk cache of gold query results, so that gold SQL runs once per database version.

Results live pickled in one small SQLite file (WAL mode: many readers and one writer at a time are
safe across processes). The key covers everything the result depends on: the database file's
identity (real path, size, mtime in ns), the SQL text, the timeout and the row cap. Results that
depend on the moment (timeouts, dead workers, an unreadable database) are not stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.settings import cache_dir

CACHE_FILE = "gold_results.sqlite3"
_SCHEMA_VERSION = 1
_NOT_STORED = frozenset({ErrorClass.TIMEOUT, ErrorClass.OTHER, ErrorClass.DATABASE})


def gold_key(db_path: str | Path, sql: str, timeout_s: float, max_rows: int) -> str | None:
    """The cache key, or None when the database file cannot be looked at."""
    try:
        stat = os.stat(db_path)
    except OSError:
        return None
    identity = [
        _SCHEMA_VERSION,
        os.path.realpath(db_path),
        stat.st_size,
        stat.st_mtime_ns,
        sql,
        timeout_s,
        max_rows,
    ]
    return hashlib.sha256(json.dumps(identity).encode()).hexdigest()


class GoldCache:
    """Use as a context manager. A cache file that cannot be used is set aside and rebuilt; a cache
    that still fails is simply off (the evaluation then runs the gold SQL every time)."""

    def __init__(self, directory: Path | None = None) -> None:
        self._conn: sqlite3.Connection | None = None
        try:
            folder = directory or cache_dir("gold")
            folder.mkdir(parents=True, exist_ok=True)
            self.path = folder / CACHE_FILE
        except OSError:  # no writable cache folder: run without a cache
            self.path = Path(os.devnull)
            return
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError:
            try:
                self.path.replace(self.path.with_suffix(".broken"))
                self._conn = self._open()
            except (OSError, sqlite3.DatabaseError):
                self._conn = None

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE IF NOT EXISTS gold (key TEXT PRIMARY KEY, result BLOB NOT NULL)")
        conn.commit()
        return conn

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> GoldCache:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def get_many(self, keys: Iterable[str]) -> dict[str, QueryResult]:
        """The cached results among ``keys``; unreadable entries count as missing."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, QueryResult] = {}
        if self._conn is None:
            return found
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, blob in self._conn.execute(
                    f"SELECT key, result FROM gold WHERE key IN ({marks})", chunk
                ):
                    result = _unpickle(blob)
                    if result is not None:
                        found[key] = result
        except sqlite3.DatabaseError:
            return found
        return found

    def put_many(self, items: Iterable[tuple[str, QueryResult]]) -> int:
        """Store results worth keeping; returns how many were stored."""
        rows = [
            (k, pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL))
            for k, r in items
            if r.error not in _NOT_STORED
        ]
        if self._conn is None or not rows:
            return 0
        try:
            with self._conn:
                self._conn.executemany("INSERT OR REPLACE INTO gold (key, result) VALUES (?, ?)", rows)
        except sqlite3.DatabaseError:
            return 0
        return len(rows)


def _unpickle(blob: bytes) -> QueryResult | None:
    try:
        result = pickle.loads(blob)
    except Exception:  # an entry written by another version or damaged on disk: recompute it
        return None
    return result if isinstance(result, QueryResult) else None


__all__ = ["CACHE_FILE", "GoldCache", "gold_key"]
