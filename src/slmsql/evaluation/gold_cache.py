"""A disk cache of gold query results, so that gold SQL runs once per database version.

Results are stored as JSON text in a STRICT SQLite table (WAL mode: many readers and one writer at a
time are safe across processes, and each write is one atomic transaction). JSON cannot run code when
read, unlike the pickles of the first version, and every entry is checked field by field as it is
decoded: an entry that does not decode counts as missing. A cache file SQLite cannot read is set
aside and rebuilt, with one warning line on stderr.

The key covers everything a result depends on: the database's real path and the SHA-256 of its
content, the SQL text, the timeout, the row cap and the limits every query runs under. The content
hash is computed once per file version per process; a file whose identity (device, inode, size,
mtime and ctime in ns) has not changed since it was hashed is not hashed again. ctime cannot be set
back the way ``cp -p``, ``rsync -t`` or ``tar x`` set mtime back, and a hash taken within
:data:`RACY_WINDOW_NS` of the file's last change is never reused (file timestamps are only as fine
as the kernel's clock tick), so the shortcut cannot serve a stale hash. A result is not stored when
its file changed between hashing and storing. Results that depend on the moment (timeouts, dead
workers, memory limits, an unreadable database) are not stored.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import sqlite3
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.db.limits import DEFAULT_MAX_RESULT_BYTES, HARD_HEAP_LIMIT_BYTES, SQLITE_LIMITS
from slmsql.settings import cache_dir

CACHE_FILE = "gold_results.sqlite3"
_SCHEMA_VERSION = 2
_NOT_STORED = frozenset({ErrorClass.TIMEOUT, ErrorClass.OTHER, ErrorClass.DATABASE, ErrorClass.RESOURCE})
# The limits every query runs under change what a query returns (a cut result, a value too big).
_LIMITS = [DEFAULT_MAX_RESULT_BYTES, HARD_HEAP_LIMIT_BYTES, sorted(SQLITE_LIMITS.items())]
# A hash taken this soon after the file's last change is not reused: a write in the same clock tick
# would leave every timestamp as it was (2 s also covers file systems with 2 s timestamps).
RACY_WINDOW_NS = 2_000_000_000
_CHUNK = 1 << 20


@dataclass(frozen=True)
class _FileVersion:
    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, path: str) -> _FileVersion:
        info = os.stat(path)
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass(frozen=True)
class _Hashed:
    version: _FileVersion
    hashed_at_ns: int
    digest: str

    def reusable_for(self, version: _FileVersion) -> bool:
        changed_ns = max(version.mtime_ns, version.ctime_ns)
        return version == self.version and changed_ns < self.hashed_at_ns - RACY_WINDOW_NS


# Per process: real path -> its last hash; cache key -> (real path, file version it was made from).
_HASHES: dict[str, _Hashed] = {}
_KEY_SOURCES: dict[str, tuple[str, _FileVersion]] = {}


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _content_hash(real: str) -> tuple[str, _FileVersion] | None:
    """The file's SHA-256 and the version it was taken from, or None when the file cannot be read or
    changed while it was read."""
    try:
        version = _FileVersion.of(real)
        known = _HASHES.get(real)
        if known is not None and known.reusable_for(version):
            return known.digest, version
        hashed_at = time.time_ns()
        digest = _sha256(real)
        if _FileVersion.of(real) != version:
            return None
    except (OSError, ValueError):
        return None
    _HASHES[real] = _Hashed(version, hashed_at, digest)
    return digest, version


def database_hash(db_path: str | Path) -> str | None:
    """The SHA-256 of the database file's content (hashed once per file version), or None when it
    cannot be read."""
    hashed = _content_hash(os.path.realpath(db_path))
    return hashed[0] if hashed else None


def gold_key(db_path: str | Path, sql: str, timeout_s: float, max_rows: int) -> str | None:
    """The cache key, or None when the database file cannot be read."""
    real = os.path.realpath(db_path)
    hashed = _content_hash(real)
    if hashed is None:
        return None
    digest, version = hashed
    identity = [_SCHEMA_VERSION, real, digest, sql, timeout_s, max_rows, _LIMITS]
    key = hashlib.sha256(json.dumps(identity).encode()).hexdigest()
    _KEY_SOURCES[key] = (real, version)
    return key


def _still_current(key: str) -> bool:
    """False when the file ``key`` was made from has changed since (its result may be of the new
    content): such a result is not stored."""
    source = _KEY_SOURCES.get(key)
    if source is None:
        return True
    try:
        return _FileVersion.of(source[0]) == source[1]
    except OSError:
        return False


def _encode_cell(value: object) -> object:
    if isinstance(value, bytes):
        return {"b": base64.b64encode(value).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"f": repr(value)}  # 'inf', '-inf', 'nan'
    return value


def _decode_cell(value: object) -> object:
    if isinstance(value, dict):
        if set(value) == {"b"} and isinstance(value["b"], str):
            return base64.b64decode(value["b"], validate=True)
        if set(value) == {"f"} and value["f"] in ("inf", "-inf", "nan"):
            return float(value["f"])
        raise ValueError("unknown cell encoding")
    if value is None or isinstance(value, (int, float, str)) and not isinstance(value, bool):
        return value
    raise ValueError("not a cell")


def encode_result(result: QueryResult) -> str:
    """``result`` as JSON text (blobs base64, non-finite floats named)."""
    return json.dumps(
        {
            "sql": result.sql,
            "columns": list(result.columns),
            "rows": [[_encode_cell(v) for v in row] for row in result.rows],
            "truncated": result.truncated,
            "truncated_by": result.truncated_by,
            "elapsed_s": result.elapsed_s,
            "error": result.error.value if result.error else None,
            "message": result.message,
        },
        ensure_ascii=False,
        allow_nan=False,
    )


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")  # encode_result never writes NaN or Infinity bare


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return value


def decode_result(text: str) -> QueryResult | None:
    """The result ``text`` encodes, or None when it is not exactly what :func:`encode_result` writes."""
    try:
        data = json.loads(text, parse_constant=_no_constant)
        rows, columns = data["rows"], data["columns"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows + [columns]):
            return None
        if not isinstance(data["truncated"], bool) or not isinstance(data["elapsed_s"], (int, float)):
            return None
        return QueryResult(
            sql=_text(data["sql"]),
            columns=tuple(_text(c) for c in columns),
            rows=tuple(tuple(_decode_cell(v) for v in row) for row in rows),
            truncated=data["truncated"],
            truncated_by=_text(data["truncated_by"]),
            elapsed_s=float(data["elapsed_s"]),
            error=None if data["error"] is None else ErrorClass(data["error"]),
            message=_text(data["message"]),
        )
    except (ValueError, TypeError, KeyError, RecursionError):  # damaged on disk or another version
        return None


def _warn(message: str) -> None:
    sys.stderr.write(f"warning: {message}\n")


class GoldCache:
    """Use as a context manager. A cache file that cannot be used is set aside and rebuilt (with one
    warning line); a cache that still fails is simply off (the evaluation then runs the gold SQL
    every time)."""

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
        except sqlite3.DatabaseError as exc:
            self._conn = self._rebuild(exc)

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA_VERSION:
                # The first version's table held pickles: drop it, so that no version loads them again.
                conn.execute("DROP TABLE IF EXISTS gold")
                conn.execute("CREATE TABLE gold (key TEXT PRIMARY KEY, result TEXT NOT NULL) STRICT")
                conn.execute(f"PRAGMA user_version = {_SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError:
            conn.close()
            raise
        conn.isolation_level = ""  # back to transactions around each write (``with conn``)
        return conn

    def _rebuild(self, exc: Exception) -> sqlite3.Connection | None:
        aside = self.path.with_suffix(".broken")
        _warn(f"gold-result cache {self.path} could not be read ({exc}); set aside as {aside.name}, rebuilt")
        try:
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self.path.replace(aside)
            return self._open()
        except (OSError, sqlite3.DatabaseError):
            return None

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
                for key, text in self._conn.execute(
                    f"SELECT key, result FROM gold WHERE key IN ({marks})", chunk
                ):
                    result = decode_result(text)
                    if result is not None:
                        found[key] = result
        except sqlite3.DatabaseError as exc:
            _warn(f"gold-result cache {self.path} could not be read ({exc}); running gold queries again")
            return found
        return found

    def put_many(self, items: Iterable[tuple[str, QueryResult]]) -> int:
        """Store results worth keeping, in one transaction; returns how many were stored."""
        rows = [(k, encode_result(r)) for k, r in items if r.error not in _NOT_STORED and _still_current(k)]
        if self._conn is None or not rows:
            return 0
        try:
            with self._conn:
                self._conn.executemany("INSERT OR REPLACE INTO gold (key, result) VALUES (?, ?)", rows)
        except sqlite3.DatabaseError as exc:
            _warn(f"gold-result cache {self.path} could not be written ({exc})")
            return 0
        return len(rows)


__all__ = ["CACHE_FILE", "GoldCache", "database_hash", "decode_result", "encode_result", "gold_key"]
