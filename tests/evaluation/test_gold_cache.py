from __future__ import annotations

import os

from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.evaluation.gold_cache import CACHE_FILE, GoldCache, gold_key


def test_round_trip_between_two_open_caches(tmp_path, make_db):
    db = make_db(tmp_path / "db", "shop")
    key = gold_key(db, "SELECT 1", 30.0, 100)
    result = QueryResult(sql="SELECT 1", columns=("1",), rows=((1,), (b"\x00", None)))
    with GoldCache(tmp_path / "cache") as writer, GoldCache(tmp_path / "cache") as reader:
        assert reader.get_many([key]) == {}
        assert writer.put_many([(key, result)]) == 1
        assert reader.get_many([key, "other"]) == {key: result}


def test_results_of_the_moment_are_not_stored(tmp_path):
    with GoldCache(tmp_path) as cache:
        timeout = QueryResult(sql="q", error=ErrorClass.TIMEOUT)
        broken_db = QueryResult(sql="q", error=ErrorClass.DATABASE)
        syntax = QueryResult(sql="q", error=ErrorClass.SYNTAX)
        assert cache.put_many([("a", timeout), ("b", broken_db), ("c", syntax)]) == 1
        assert set(cache.get_many(["a", "b", "c"])) == {"c"}


def test_key_follows_database_identity_sql_and_limits(tmp_path, make_db):
    db = make_db(tmp_path / "db", "shop")
    key = gold_key(db, "SELECT 1", 30.0, 100)
    assert key == gold_key(db, "SELECT 1", 30.0, 100)
    assert (
        len(
            {
                key,
                gold_key(db, "SELECT 2", 30.0, 100),
                gold_key(db, "SELECT 1", 5.0, 100),
                gold_key(db, "SELECT 1", 30.0, 7),
            }
        )
        == 4
    )
    stat = db.stat()
    os.utime(db, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert gold_key(db, "SELECT 1", 30.0, 100) != key
    assert gold_key(tmp_path / "absent.sqlite", "SELECT 1", 30.0, 100) is None


def test_a_damaged_cache_file_is_set_aside(tmp_path):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a sqlite file at all" * 100)
    with GoldCache(tmp_path) as cache:
        assert cache.enabled
        assert cache.put_many([("k", QueryResult(sql="q"))]) == 1
        assert set(cache.get_many(["k"])) == {"k"}
    assert (tmp_path / "gold_results.broken").exists()


def test_an_unreadable_entry_counts_as_missing(tmp_path):
    with GoldCache(tmp_path) as cache:
        cache._conn.execute("INSERT INTO gold VALUES ('k', x'00ff')")
        cache._conn.commit()
        assert cache.get_many(["k"]) == {}


def test_default_location_is_under_slmsql_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    with GoldCache() as cache:
        assert cache.path == tmp_path / "home" / "gold" / CACHE_FILE
