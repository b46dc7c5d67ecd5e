"""The database file is checked before SQLite opens it, and a read never creates files beside it."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from slmsql.db.connection import check_database_file, open_read_only
from slmsql.db.execute import ErrorClass, execute_sql
from slmsql.db.limits import MAX_DB_PATH_BYTES
from slmsql.errors import InputError


def make_wal_db(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    assert not os.path.exists(f"{path}-wal")  # the last close checkpoints and removes them
    return path


def refusal(path) -> InputError:
    with pytest.raises(InputError) as info:
        open_read_only(path)
    assert "\n" not in info.value.message
    return info.value


@pytest.mark.timeout(20)
def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "db.sqlite"
    os.mkfifo(fifo)
    assert refusal(fifo).code == "db_not_regular"
    assert execute_sql(fifo, "SELECT 1").error is ErrorClass.DATABASE


def test_a_path_sqlite_cannot_open_is_refused(tmp_path):
    long_name = tmp_path / ("x" * 300 + ".sqlite")
    assert refusal(long_name).code == "db_bad_path"
    deep = tmp_path
    while len(str(deep)) < MAX_DB_PATH_BYTES:
        deep = deep / ("d" * 50)
    error = refusal(deep / "db.sqlite")
    assert error.code == "db_bad_path" and "..." in error.message  # the path is shown shortened


def test_a_path_just_within_the_bound_opens(tmp_path, shop_db):
    folder = tmp_path
    while len(str(folder)) + 60 < MAX_DB_PATH_BYTES - 20:
        folder = folder / ("d" * 50)
    folder.mkdir(parents=True)
    target = folder / ("p" * (MAX_DB_PATH_BYTES - len(str(folder)) - 1))
    target.write_bytes(shop_db.read_bytes())
    assert len(str(target)) == MAX_DB_PATH_BYTES
    assert open_read_only(target).execute("SELECT count(*) FROM customer").fetchone() == (3,)


def test_a_path_with_a_nul_byte_is_refused(tmp_path):
    assert refusal(str(tmp_path / "a\x00b.sqlite")).code == "db_bad_path"


def test_an_unreadable_file_is_refused(tmp_path, shop_db):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    shop_db.chmod(0)
    assert refusal(shop_db).code == "db_unreadable"


def test_a_wal_database_that_a_read_would_add_files_to_is_refused(tmp_path):
    db = make_wal_db(tmp_path / "wal.sqlite")
    error = refusal(db)
    assert error.code == "db_wal" and "chmod a-w" in error.message and "journal_mode=DELETE" in error.message
    assert sorted(os.listdir(tmp_path)) == ["wal.sqlite"]


def test_a_wal_database_nobody_can_write_is_read_as_immutable(tmp_path):
    db = make_wal_db(tmp_path / "wal.sqlite")
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    result = execute_sql(db, "SELECT a FROM t")
    assert result.rows == ((1,),)
    assert sorted(os.listdir(tmp_path)) == ["wal.sqlite"]


def test_a_wal_database_with_a_live_writer_is_read_through_its_files(tmp_path):
    db = make_wal_db(tmp_path / "wal.sqlite")
    writer = sqlite3.connect(db)
    writer.execute("INSERT INTO t VALUES (2)")
    writer.commit()  # in the -wal file only: a read that skipped it would miss this row
    try:
        before = sorted(os.listdir(tmp_path))
        assert before == ["wal.sqlite", "wal.sqlite-shm", "wal.sqlite-wal"]
        assert execute_sql(db, "SELECT a FROM t ORDER BY a").rows == ((1,), (2,))
        assert sorted(os.listdir(tmp_path)) == before
    finally:
        writer.close()


def test_a_wal_database_with_one_of_its_files_is_refused(tmp_path):
    db = make_wal_db(tmp_path / "wal.sqlite")
    (tmp_path / "wal.sqlite-shm").write_bytes(b"")
    assert refusal(db).code == "db_wal_incomplete"
    assert sorted(os.listdir(tmp_path)) == ["wal.sqlite", "wal.sqlite-shm"]


def test_check_database_file_returns_the_path(shop_db):
    assert check_database_file(shop_db) == shop_db
