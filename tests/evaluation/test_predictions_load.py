from __future__ import annotations

import json

import pytest

from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_file
from slmsql.evaluation.predictions import read_predictions


@pytest.fixture
def spider(spider_files):
    questions, db_dir = spider_files
    return load_file(questions, db_dir=db_dir)


@pytest.fixture
def bird(bird_files):
    questions, db_dir = bird_files
    return load_file(questions, db_dir=db_dir)


def test_sql_lines_in_dataset_order_with_gold_style_db_ids(tmp_path, spider):
    path = tmp_path / "pred.sql"
    path.write_text("SELECT count(*) FROM item\tshop\nSELECT name FROM item\r\n\nSELECT 1\tgone\n")
    assert read_predictions(path, spider) == {
        "0": "SELECT count(*) FROM item",
        "1": "SELECT name FROM item",
        "2": "",  # an empty prediction is allowed: it scores wrong
        "3": "SELECT 1",
    }


def test_sql_lines_wrong_count(tmp_path, spider):
    path = tmp_path / "pred.sql"
    path.write_text("SELECT 1\nSELECT 2\nSELECT 3\n")
    with pytest.raises(InputError, match="3 lines but dataset dev has 4 questions"):
        read_predictions(path, spider)


def test_sql_lines_for_the_limited_part_only(tmp_path, spider):
    path = tmp_path / "pred.sql"
    path.write_text("SELECT 1\nSELECT 2\n")
    assert read_predictions(path, spider, evaluated=spider.limited(2)) == {"0": "SELECT 1", "1": "SELECT 2"}
    with pytest.raises(InputError, match=r"or 3 with --limit"):
        read_predictions(path, spider, evaluated=spider.limited(3))


def test_sql_lines_out_of_order_or_unknown_database(tmp_path, spider):
    path = tmp_path / "pred.sql"
    path.write_text("SELECT 1\tgone\nSELECT 2\tshop\nSELECT 3\tshop\nSELECT 4\tgone\n")
    with pytest.raises(InputError, match=r"line 1 names database 'gone' but question 0 is on 'shop'"):
        read_predictions(path, spider)
    path.write_text("SELECT 1\tnowhere\nSELECT 2\nSELECT 3\nSELECT 4\n")
    with pytest.raises(InputError, match=r"line 1 names database 'nowhere', unknown"):
        read_predictions(path, spider)


def test_jsonl_by_id(tmp_path, bird):
    path = tmp_path / "pred.jsonl"
    rows = [
        {"id": 10, "sql": "SELECT 1"},
        {"id": "11", "sql": None, "db_id": "shop"},
        {"id": 12, "sql": " SELECT 3 "},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    assert read_predictions(path, bird) == {"10": "SELECT 1", "11": "", "12": "SELECT 3"}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (['{"id": 10, "sql": "SELECT 1"}', "{not json"], r"line 2: malformed JSON"),
        (['{"id": 99, "sql": "SELECT 1"}'], r"line 1: id '99' is not in dataset"),
        (['{"id": 10}'], r"line 1: needs an object with 'id' and 'sql'"),
        (['{"id": 10, "sql": 5}'], r"'sql' is not text"),
        (['{"id": 10, "sql": "SELECT 1", "db_id": "other"}'], r"db_id 'other' but question 10 is on 'shop'"),
        (['{"id": 10, "sql": "A"}', '{"id": 10, "sql": "B"}'], r"line 2: id '10' appears twice"),
        (
            ['{"id": 10, "sql": "SELECT 1"}'],
            r"no prediction for 2 of 3 runnable questions \(first missing id: 11\)",
        ),
    ],
)
def test_jsonl_problems(tmp_path, bird, lines, message):
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError, match=message):
        read_predictions(path, bird)


def test_jsonl_needs_only_the_evaluated_questions(tmp_path, bird):
    path = tmp_path / "pred.jsonl"
    path.write_text('{"id": 10, "sql": "SELECT 1"}\n')
    assert read_predictions(path, bird, evaluated=bird.limited(1)) == {"10": "SELECT 1"}


def test_file_problems(tmp_path, spider):
    with pytest.raises(InputError, match="no such file"):
        read_predictions(tmp_path / "absent.sql", spider)
    with pytest.raises(InputError, match="is a directory"):
        read_predictions(tmp_path, spider)
    (tmp_path / "empty.sql").write_text("\n\n")
    with pytest.raises(InputError, match="the file is empty"):
        read_predictions(tmp_path / "empty.sql", spider)
    (tmp_path / "latin.sql").write_bytes(b"SELECT 1\nSELECT 'caf\xe9'\nSELECT 3\nSELECT 4\n")
    with pytest.raises(InputError, match="line 2 is not UTF-8"):
        read_predictions(tmp_path / "latin.sql", spider)


SEP = "\t----- bird -----\t"


def test_bird_predict_dev_json(tmp_path, bird):
    path = tmp_path / "predict_dev.json"
    released = {"10": f"SELECT 1{SEP}shop", "11": f"SELECT 2 {SEP}shop", "12": "SELECT 3"}
    path.write_text(json.dumps(released, indent=4))  # BIRD writes it indented
    assert read_predictions(path, bird) == {"10": "SELECT 1", "11": "SELECT 2", "12": "SELECT 3"}
    path.write_text(json.dumps({"10": f"SELECT 1{SEP}shop"}))  # one line: still BIRD's object
    assert read_predictions(path, bird, require_all=False) == {"10": "SELECT 1"}


@pytest.mark.parametrize(
    ("released", "message"),
    [
        (
            {"10": f"SELECT 1{SEP}other", "11": "A", "12": "B"},
            r"question '10': db_id 'other' but question 10",
        ),
        ({"10": 5, "11": "A", "12": "B"}, r"question '10': not text \(BIRD's predict_dev.json maps"),
        ({"10": "A", "11": "B", "12": "C", "99": "D"}, r"question '99': id '99' is not in dataset"),
        ({"10": "A"}, r"no prediction for 2 of 3 runnable questions"),
    ],
)
def test_bird_predict_dev_json_problems(tmp_path, bird, released, message):
    path = tmp_path / "predict_dev.json"
    path.write_text(json.dumps(released))
    with pytest.raises(InputError, match=message):
        read_predictions(path, bird)


def test_sql_lines_with_bird_endings(tmp_path, bird):
    path = tmp_path / "pred.sql"
    path.write_text(f"SELECT 1{SEP}shop\nSELECT 2{SEP}shop\nSELECT 3\nSELECT 4{SEP}missing_db\n")
    assert read_predictions(path, bird) == {
        "10": "SELECT 1",
        "11": "SELECT 2",
        "12": "SELECT 3",
        "13": "SELECT 4",
    }
    path.write_text(f"SELECT 1{SEP}missing_db\nA\nB\nC\n")
    with pytest.raises(InputError, match=r"line 1 names database 'missing_db' but question 10 is on 'shop'"):
        read_predictions(path, bird)
