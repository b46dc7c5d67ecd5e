"""Read-only SQLite connections: the first wall of the read-only rule, and the bounds SQLite enforces.

The file is checked before SQLite sees it (a regular, readable file with SQLite's header, on a path
SQLite can open: a FIFO would block the open forever), opened with ``mode=ro``, ``PRAGMA
query_only`` is set, and an authorizer allows only reading: SELECT, reads of columns, recursive
CTEs, safe functions and a short list of read-only introspection pragmas. Everything else (writes,
DDL, ATTACH, pragma writes, transactions, extension loading) is denied by SQLite itself, whatever SQL
text reached it.

Every connection also gets SQLite's own limits (:data:`~slmsql.db.limits.SQLITE_LIMITS`: string and
blob length, expression depth, LIKE pattern length, ...), the process's SQLite heap capped at
:data:`~slmsql.db.limits.HARD_HEAP_LIMIT_BYTES`, and temporary tables and sorts kept in memory under
that cap, so a query can neither exhaust memory nor spill gigabytes of temporary files to disk.

A database in WAL mode is only opened when that creates no file beside it: when its ``-wal`` and
``-shm`` files are already there (a live connection made them; SQLite reads them correctly), or,
with none there, as ``immutable`` when no writer can exist (no write permission for anyone, or a
read-only file system). Otherwise it is refused with one line saying what to do.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from slmsql.db.limits import HARD_HEAP_LIMIT_BYTES, MAX_DB_PATH_BYTES, SQLITE_LIMITS
from slmsql.errors import InputError, shown_path

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 100
_WAL_VERSION = 2  # header bytes 18 and 19: file format write/read version, 2 = WAL
# How long opening waits for another process's lock unless the caller ties it to a deadline.
DEFAULT_BUSY_TIMEOUT_S = 5.0

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


def _stat(db: Path, shown: str) -> os.stat_result:
    try:
        return os.stat(db)
    except ValueError:  # a NUL byte in the path
        raise InputError("db_bad_path", f"database {shown}: the path contains a NUL character") from None
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError("db_missing", f"database {shown}: no such file") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise InputError("db_bad_path", f"database {shown}: a name in the path is too long") from None
        raise InputError("db_unreadable", f"database {shown}: cannot be read ({exc.strerror})") from None


def _read_header(db: Path, shown: str) -> bytes:
    """The first 100 bytes of a regular file, never blocking (a FIFO swapped in after the stat would
    otherwise hang the open)."""
    try:
        fd = os.open(db, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError("db_unreadable", f"database {shown}: cannot be read ({exc.strerror})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError("db_not_regular", f"database {shown}: not a regular file")
        return os.read(fd, _HEADER_BYTES)
    except OSError as exc:
        raise InputError("db_unreadable", f"database {shown}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


def _inspect(path: str | Path) -> tuple[Path, bytes]:
    """(path, header) of a checked database file; raise one clear :class:`InputError` if it is not one."""
    db = Path(path).expanduser()
    shown = shown_path(db)
    size = len(os.fsencode(os.path.abspath(db)))
    if size > MAX_DB_PATH_BYTES:
        raise InputError(
            "db_bad_path",
            f"database {shown}: the path is {size} bytes long; SQLite opens at most {MAX_DB_PATH_BYTES}",
        )
    info = _stat(db, shown)
    if stat.S_ISDIR(info.st_mode):
        raise InputError("db_is_directory", f"database {shown}: is a directory, not a SQLite file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("db_not_regular", f"database {shown}: not a regular file (a pipe, socket or device)")
    header = _read_header(db, shown)
    if not header.startswith(SQLITE_MAGIC):
        raise InputError("db_not_sqlite", f"database {shown}: not a SQLite database file")
    return db, header


def check_database_file(path: str | Path) -> Path:
    """Validate that ``path`` is an existing, readable SQLite file; raise one clear :class:`InputError`
    if not."""
    return _inspect(path)[0]


def _nobody_can_write(db: Path) -> bool:
    """True when no process but root could write ``db``: no write permission bits, or a read-only
    file system."""
    if os.stat(db).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) == 0:
        return True
    return bool(hasattr(os, "statvfs") and os.statvfs(db).f_flag & getattr(os, "ST_RDONLY", 1))


def _uri(db: Path, header: bytes) -> str:
    uri = f"{db.resolve().as_uri()}?mode=ro"
    if _WAL_VERSION not in header[18:20]:
        return uri
    shown = shown_path(db)
    wal, shm = (os.path.exists(f"{db}{suffix}") for suffix in ("-wal", "-shm"))
    if wal and shm:
        return uri  # a connection has them open or left them: SQLite reads them, creating nothing
    if wal or shm:
        present = "-wal" if wal else "-shm"
        raise InputError(
            "db_wal_incomplete",
            f"database {shown}: in WAL mode with only its {present} file beside it, so reading it would "
            "create the other; open it once with the sqlite3 shell to recover it, then try again",
        )
    if _nobody_can_write(db):
        return uri + "&immutable=1"
    raise InputError(
        "db_wal",
        f"database {shown}: in WAL mode, and a read would create -wal and -shm files beside it; make "
        "the file read-only (chmod a-w) to have it read as immutable, or switch it to rollback "
        "journaling once (sqlite3 FILE 'PRAGMA journal_mode=DELETE')",
    )


def apply_limits(conn: sqlite3.Connection) -> None:
    """SQLite's own bounds on ``conn`` (before its authorizer is installed: they are pragmas)."""
    for category, value in SQLITE_LIMITS.items():
        conn.setlimit(category, value)
    conn.execute(f"PRAGMA hard_heap_limit = {HARD_HEAP_LIMIT_BYTES}")
    conn.execute("PRAGMA temp_store = MEMORY")


def open_read_only(path: str | Path, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> sqlite3.Connection:
    """Open ``path`` read-only with the authorizer and limits installed; fails with :class:`InputError`.
    ``busy_timeout_s`` bounds the wait for another process's lock (tie it to the query's deadline)."""
    db, header = _inspect(path)
    uri = _uri(db, header)
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=busy_timeout_s)
    except sqlite3.Error as exc:
        raise InputError("db_corrupt", f"database {shown_path(db)}: cannot be opened ({exc})") from exc
    try:
        apply_limits(conn)
        conn.execute("PRAGMA query_only = ON")
        # Touch the schema now so that a corrupt file fails here, with the file named.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, MemoryError) as exc:
        conn.close()
        if "locked" in str(exc):
            raise InputError(
                "db_locked",
                f"database {shown_path(db)}: locked by another process (waited {busy_timeout_s:g} s)",
            ) from exc
        raise InputError("db_corrupt", f"database {shown_path(db)}: cannot be opened ({exc})") from exc
    conn.text_factory = _decode_text
    conn.set_authorizer(_authorizer)
    return conn


def set_busy_timeout(conn: sqlite3.Connection, seconds: float) -> None:
    """Make ``conn`` wait at most ``seconds`` for another process's lock (0: fail at once). The
    authorizer, which denies every pragma write, is lifted for this one statement of ours."""
    conn.set_authorizer(None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")
    finally:
        conn.set_authorizer(_authorizer)


def _decode_text(raw: bytes) -> str:
    # Some benchmark databases hold text that is not valid UTF-8; keep it readable, never fail.
    return raw.decode("utf-8", errors="replace")
