"""Read-only SQLite connections: the first wall of the read-only rule.

The file is opened with ``mode=ro``, ``PRAGMA query_only`` is set, and an authorizer allows only
reading: SELECT, reads of columns, recursive CTEs, safe functions and a short list of read-only
introspection pragmas. Everything else (writes, DDL, ATTACH, pragma writes, transactions,
extension loading) is denied by SQLite itself, whatever SQL text reached it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from slmsql.errors import InputError

SQLITE_MAGIC = b"SQLite format 3\x00"

# Functions that read or write files or change the engine; never callable from a query.
FORBIDDEN_FUNCTIONS = frozenset(
    {
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "fts3_tokenizer",
        "sqlite_dbpage",
        "zipfile",
        "sqlar_compress",
        "sqlar_uncompress",
    }
)

# Pragmas that only read the schema, needed for introspection.
READ_ONLY_PRAGMAS = frozenset(
    {"table_info", "table_xinfo", "foreign_key_list", "index_list", "index_info", "index_xinfo", "table_list"}
)


def _authorizer(action: int, arg1: str | None, arg2: str | None, _db: str | None, _src: str | None) -> int:
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        name = (arg2 or "").lower()
        return sqlite3.SQLITE_DENY if name in FORBIDDEN_FUNCTIONS else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in READ_ONLY_PRAGMAS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def check_database_file(path: str | Path) -> Path:
    """Validate that ``path`` is an existing SQLite file; raise one clear :class:`InputError` if not."""
    db = Path(path).expanduser()
    if not db.exists():
        raise InputError("db_missing", f"database {db}: no such file")
    if db.is_dir():
        raise InputError("db_is_directory", f"database {db}: is a directory, not a SQLite file")
    try:
        with db.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise InputError("db_unreadable", f"database {db}: cannot be read ({exc.strerror})") from exc
    if header != SQLITE_MAGIC:
        raise InputError("db_not_sqlite", f"database {db}: not a SQLite database file")
    return db


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """Open ``path`` read-only with the authorizer installed; fails with :class:`InputError`."""
    db = check_database_file(path)
    uri = f"{db.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        # Touch the schema now so that a corrupt file fails here, with the file named.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise InputError("db_corrupt", f"database {db}: cannot be opened ({exc})") from exc
    conn.text_factory = _decode_text
    conn.set_authorizer(_authorizer)
    return conn


def _decode_text(raw: bytes) -> str:
    # Some benchmark databases hold text that is not valid UTF-8; keep it readable, never fail.
    return raw.decode("utf-8", errors="replace")
