from __future__ import annotations

import os
import pickle
import shutil
import sqlite3

import pytest

import slmsql.evaluation.gold_cache as gold_cache
from slmsql.db.execute import ErrorClass, QueryResult
from slmsql.evaluation.gold_cache import CACHE_FILE, GoldCache, decode_result, encode_result, gold_key

ODD_ROWS = (
    (1, 2.5, "a'b", None),
    (b"\x00\xff", float("inf"), float("-inf"), 2**62),
    ("\x1b[0m", 0.1, "", -0.0),
)


@pytest.fixture(autouse=True)
def _trust_fresh_hashes(monkeypatch):
    """Fixture files are seconds old: let the identity shortcut trust them (tests of the racy window
    set it back)."""
    monkeypatch.setattr(gold_cache, "RACY_WINDOW_NS", 0)
    monkeypatch.setattr(gold_cache, "_HASHES", {})
    monkeypatch.setattr(gold_cache, "_KEY_SOURCES", {})


def test_round_trip_between_two_open_caches(tmp_path, make_db):
    db = make_db(tmp_path / "db", "shop")
    key = gold_key(db, "SELECT 1", 30.0, 100)
    result = QueryResult(sql="SELECT 1", columns=("a", "b", "c", "d"), rows=ODD_ROWS, truncated_by="")
    with GoldCache(tmp_path / "cache") as writer, GoldCache(tmp_path / "cache") as reader:
        assert reader.get_many([key]) == {}
        assert writer.put_many([(key, result)]) == 1
        got = reader.get_many([key, "other"])[key]
    assert got == result and got.rows[1][0] == b"\x00\xff" and got.rows[1][1] == float("inf")
    assert [type(v) for v in got.rows[0]] == [int, float, str, type(None)]


def test_the_stored_form_is_json_text_never_a_pickle(tmp_path):
    with GoldCache(tmp_path) as cache:
        cache.put_many([("k", QueryResult(sql="q", columns=("x",), rows=((b"\x01",),)))])
    conn = sqlite3.connect(tmp_path / CACHE_FILE)
    (kind, text), = conn.execute("SELECT typeof(result), result FROM gold").fetchall()
    conn.close()
    assert kind == "text" and text.startswith("{") and '"b": "AQ=="' in text


def test_a_planted_pickle_is_never_loaded(tmp_path):
    # Whoever can write the cache must not be able to run code in the next evaluation.
    class Boom:
        def __reduce__(self):
            return (os.system, ("touch " + str(tmp_path / "pwned"),))

    with GoldCache(tmp_path) as cache:
        cache._conn.execute("INSERT INTO gold VALUES ('k', ?)", (pickle.dumps(Boom()).decode("latin-1"),))
        cache._conn.commit()
        assert cache.get_many(["k"]) == {}
    assert not (tmp_path / "pwned").exists()


def test_the_first_versions_pickle_table_is_dropped(tmp_path):
    conn = sqlite3.connect(tmp_path / CACHE_FILE)
    conn.execute("CREATE TABLE gold (key TEXT PRIMARY KEY, result BLOB NOT NULL)")
    conn.execute("INSERT INTO gold VALUES ('k', ?)", (pickle.dumps(QueryResult(sql="q")),))
    conn.commit()
    conn.close()
    with GoldCache(tmp_path) as cache:
        assert cache.get_many(["k"]) == {}
        (ddl,) = cache._conn.execute("SELECT sql FROM sqlite_master WHERE name = 'gold'").fetchone()
    assert "TEXT NOT NULL" in ddl and "STRICT" in ddl


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"sql": "q"}',
        '{"sql": "q", "columns": [], "rows": [[{"pickle": "x"}]], "truncated": false, "truncated_by": "",'
        ' "elapsed_s": 0, "error": null, "message": ""}',
        '{"sql": "q", "columns": [], "rows": [[NaN]], "truncated": false, "truncated_by": "",'
        ' "elapsed_s": 0, "error": null, "message": ""}',
        '{"sql": "q", "columns": [], "rows": [], "truncated": false, "truncated_by": "",'
        ' "elapsed_s": 0, "error": "no_such_error", "message": ""}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_entries_that_do_not_decode_exactly_count_as_missing(text):
    assert decode_result(text) is None


def test_encoding_round_trips_errors_and_truncation():
    result = QueryResult(
        sql="q", rows=((1,),), truncated=True, truncated_by="bytes", error=None, elapsed_s=0.25
    )
    assert decode_result(encode_result(result)) == result
    failed = QueryResult(sql="q", error=ErrorClass.SYNTAX, message="near x")
    assert decode_result(encode_result(failed)) == failed


def test_results_of_the_moment_are_not_stored(tmp_path):
    with GoldCache(tmp_path) as cache:
        timeout = QueryResult(sql="q", error=ErrorClass.TIMEOUT)
        broken_db = QueryResult(sql="q", error=ErrorClass.DATABASE)
        memory = QueryResult(sql="q", error=ErrorClass.RESOURCE)
        syntax = QueryResult(sql="q", error=ErrorClass.SYNTAX)
        assert cache.put_many([("a", timeout), ("b", broken_db), ("m", memory), ("c", syntax)]) == 1
        assert set(cache.get_many(["a", "b", "m", "c"])) == {"c"}


def test_key_follows_database_path_content_sql_and_limits(tmp_path, make_db):
    db = make_db(tmp_path / "db", "shop")
    key = gold_key(db, "SELECT 1", 30.0, 100)
    assert key == gold_key(db, "SELECT 1", 30.0, 100)
    others = {
        gold_key(db, "SELECT 2", 30.0, 100),
        gold_key(db, "SELECT 1", 5.0, 100),
        gold_key(db, "SELECT 1", 30.0, 7),
    }
    assert len(others | {key}) == 4
    twin = tmp_path / "twin.sqlite"
    shutil.copy2(db, twin)
    assert gold_key(twin, "SELECT 1", 30.0, 100) != key  # results stay per database path
    assert gold_key(tmp_path / "absent.sqlite", "SELECT 1", 30.0, 100) is None


def test_a_change_with_the_mtime_put_back_gets_a_new_key(tmp_path, make_db):
    # cp -p, rsync -t and tar x put the old mtime back on new content: the key must still change.
    db = make_db(tmp_path / "db", "shop")
    key = gold_key(db, "SELECT count(*) FROM item", 30.0, 100)
    before = db.stat()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE item SET name = 'plum' WHERE id = 1")  # same size: pages change in place
    conn.commit()
    conn.close()
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert db.stat().st_size == before.st_size and db.stat().st_mtime_ns == before.st_mtime_ns
    assert gold_key(db, "SELECT count(*) FROM item", 30.0, 100) != key


def test_a_hash_is_taken_once_per_file_version(tmp_path, make_db, monkeypatch):
    db = make_db(tmp_path / "db", "shop")
    hashed = []
    real_sha = gold_cache._sha256
    monkeypatch.setattr(gold_cache, "_sha256", lambda path: hashed.append(path) or real_sha(path))
    for n in range(5):
        gold_key(db, f"SELECT {n}", 30.0, 100)
    assert len(hashed) == 1
    os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1))  # ctime moves too
    gold_key(db, "SELECT 1", 30.0, 100)
    assert len(hashed) == 2


def test_a_hash_taken_right_after_a_change_is_not_reused(tmp_path, make_db, monkeypatch):
    # A write in the same clock tick as the hash would leave every timestamp unchanged.
    monkeypatch.setattr(gold_cache, "RACY_WINDOW_NS", 2_000_000_000)
    db = make_db(tmp_path / "db", "shop")
    hashed = []
    real_sha = gold_cache._sha256
    monkeypatch.setattr(gold_cache, "_sha256", lambda path: hashed.append(path) or real_sha(path))
    gold_key(db, "SELECT 1", 30.0, 100)
    gold_key(db, "SELECT 1", 30.0, 100)
    assert len(hashed) == 2


def test_a_result_of_a_file_changed_after_hashing_is_not_stored(tmp_path, make_db):
    db = make_db(tmp_path / "db", "shop")
    key = gold_key(db, "SELECT 1", 30.0, 100)
    os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1))
    with GoldCache(tmp_path / "cache") as cache:
        assert cache.put_many([(key, QueryResult(sql="SELECT 1", rows=((1,),)))]) == 0


def test_a_damaged_cache_file_is_set_aside_with_one_warning(tmp_path, capsys):
    (tmp_path / CACHE_FILE).write_bytes(b"this is not a sqlite file at all" * 100)
    with GoldCache(tmp_path) as cache:
        assert cache.enabled
        assert cache.put_many([("k", QueryResult(sql="q"))]) == 1
        assert set(cache.get_many(["k"])) == {"k"}
    assert (tmp_path / "gold_results.broken").exists()
    warning = capsys.readouterr().err.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith("warning: gold-result cache")


def test_default_location_is_under_slmsql_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "home"))
    with GoldCache() as cache:
        assert cache.path == tmp_path / "home" / "gold" / CACHE_FILE
