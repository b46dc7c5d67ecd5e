from __future__ import annotations

import json
from pathlib import Path

import pytest

from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_dataset, load_file


def test_spider_json_ids_are_indexes_and_missing_db_is_skipped(spider_files):
    questions, db_dir = spider_files
    ds = load_file(questions, db_dir=db_dir)
    assert ds.format == "spider"
    assert [e.id for e in ds.examples] == ["0", "1", "2", "3"]
    assert ds.examples[1].gold_sql == "SELECT name FROM item ORDER BY price, id"
    assert ds.examples[0].db_path == db_dir / "shop" / "shop.sqlite"
    assert [e.id for e in ds.runnable] == ["0", "1", "2"]
    assert [e.id for e in ds.skipped] == ["3"]
    assert ds.skipped[0].db_path is None


def test_bird_json_uses_question_id_evidence_and_difficulty(bird_files):
    questions, db_dir = bird_files
    ds = load_file(questions, db_dir=db_dir)
    assert ds.format == "bird"
    first = ds.examples[0]
    assert (first.id, first.evidence, first.difficulty) == ("10", "cheapest = min(price)", "simple")
    assert first.gold_sql.startswith("SELECT name FROM item WHERE price")
    assert len(ds.runnable) == 3 and [e.id for e in ds.skipped] == ["13"]


def test_bird_without_question_id_falls_back_to_index(tmp_path, make_db, write_json):
    make_db(tmp_path / "db", "shop")
    path = write_json(
        tmp_path / "q.json", [{"db_id": "shop", "question": "q", "SQL": "SELECT 1", "evidence": ""}]
    )
    assert load_file(path, db_dir=tmp_path / "db").examples[0].id == "0"


def test_jsonl_in_either_format(tmp_path, make_db, write_jsonl):
    make_db(tmp_path / "db", "shop")
    spider = write_jsonl(tmp_path / "s.jsonl", [{"db_id": "shop", "question": "q", "query": "SELECT 1"}])
    bird = write_jsonl(
        tmp_path / "b.jsonl", [{"db_id": "shop", "question": "q", "SQL": "SELECT 2", "evidence": "e"}]
    )
    assert load_file(spider, db_dir=tmp_path / "db").format == "spider"
    loaded = load_file(bird, db_dir=tmp_path / "db")
    assert loaded.format == "bird" and loaded.examples[0].evidence == "e"


def test_malformed_jsonl_names_the_line(tmp_path, make_db):
    make_db(tmp_path / "db", "shop")
    path = tmp_path / "bad.jsonl"
    path.write_text('{"db_id": "shop", "question": "q", "query": "SELECT 1"}\n{"db_id": oops}\n')
    with pytest.raises(InputError, match=r"line 2: malformed JSON"):
        load_file(path, db_dir=tmp_path / "db")


def test_malformed_json_and_wrong_shapes(tmp_path, make_db):
    make_db(tmp_path / "db", "shop")
    cases = {
        "broken.json": ("[{", "malformed JSON at line 1"),
        "object.json": (json.dumps({"db_id": "shop"}), "expected a JSON list"),
        "empty.json": ("[]", "holds no questions"),
        "nofmt.json": (json.dumps([{"db_id": "shop", "question": "q"}]), "cannot tell the format"),
        "nodb.json": (json.dumps([{"question": "q", "query": "SELECT 1"}]), "question 0 has no 'db_id'"),
    }
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text)
        with pytest.raises(InputError, match=message):
            load_file(tmp_path / name, db_dir=tmp_path / "db")


def test_non_utf8_dataset(tmp_path, make_db):
    make_db(tmp_path / "db", "shop")
    (tmp_path / "latin.json").write_bytes(b'[{"db_id": "shop", "question": "caf\xe9", "query": "SELECT 1"}]')
    with pytest.raises(InputError, match="not UTF-8"):
        load_file(tmp_path / "latin.json", db_dir=tmp_path / "db")


def test_database_folder_found_beside_the_file_or_asked_for(spider_files, tmp_path, write_json):
    questions, db_dir = spider_files
    assert load_dataset(questions).db_dir == db_dir
    lonely = write_json(
        tmp_path / "elsewhere" / "q.json", [{"db_id": "x", "question": "q", "query": "SELECT 1"}]
    )
    with pytest.raises(InputError, match="pass --db-dir"):
        load_dataset(lonely)
    with pytest.raises(InputError, match="not a directory"):
        load_dataset(questions, db_dir=tmp_path / "nowhere")


def test_named_sets_resolve_under_the_data_dir(tmp_path, make_db, write_json):
    root = tmp_path / "data"
    make_db(root / "spider" / "database", "shop")
    write_json(root / "spider" / "dev.json", [{"db_id": "shop", "question": "q", "query": "SELECT 1"}])
    (root / "spider" / "tables.json").write_text("[]")
    ds = load_dataset("spider-dev", data_dir=root)
    assert (ds.name, ds.format, len(ds.runnable)) == ("spider-dev", "spider", 1)
    assert ds.tables_json == root / "spider" / "tables.json"


def test_missing_named_set_names_the_missing_file(tmp_path):
    (tmp_path / "data").mkdir()
    with pytest.raises(InputError) as info:
        load_dataset("bird-dev", data_dir=tmp_path / "data")
    assert str(Path("bird") / "dev.json") in info.value.message


def test_unknown_name_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="unknown name") as info:
        load_dataset("spider-test", data_dir=tmp_path)
    assert "spider-dev" in info.value.message  # lists the known names
    with pytest.raises(InputError, match="no such file"):
        load_dataset(tmp_path / "absent.json")
    with pytest.raises(InputError, match="is a directory"):
        load_dataset(tmp_path)


def test_duplicate_ids_are_refused(tmp_path, make_db, write_json):
    make_db(tmp_path / "db", "shop")
    record = {"question_id": 5, "db_id": "shop", "question": "q", "SQL": "SELECT 1", "evidence": ""}
    path = write_json(tmp_path / "dup.json", [record, record])
    with pytest.raises(InputError, match="id 5 appears twice"):
        load_file(path, db_dir=tmp_path / "db")


def test_limited_keeps_the_first_questions(spider_files):
    questions, db_dir = spider_files
    ds = load_file(questions, db_dir=db_dir)
    assert [e.id for e in ds.limited(2).examples] == ["0", "1"]
    assert ds.limited(None) is ds and ds.limited(99) is ds
