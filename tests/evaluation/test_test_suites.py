"""Test-suite evaluation: several SQLite files per db_id, a question right only when it matches on
every one. The fixture suite is made here: the original database and two variants with the same
schema and other rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from slmsql.evaluation.datasets import load_file
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.suites import SuiteFinder

SCHEMA = "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, price REAL);"
ORIGINAL = "INSERT INTO item VALUES (1, 'apple', 1.5), (2, 'pear', 2.0), (3, 'leek', 1.0);"
VARIANTS = {
    "shop_1.sqlite": "INSERT INTO item VALUES (1, 'fig', 1.75), (2, 'plum', 3.0);",
    "shop_2.sqlite": "INSERT INTO item VALUES (7, 'lime', 0.5);",
}
QUESTIONS = [
    {"db_id": "shop", "question": "Pricier than 1.5?", "query": "SELECT name FROM item WHERE price > 1.5"},
    {"db_id": "shop", "question": "How many?", "query": "SELECT count(*) FROM item"},
]
# Question 0: ">= 2" agrees with "> 1.5" on the original (prices 1.5, 2.0, 1.0), not on shop_1 (1.75).
RIGHT_ONLY_ON_THE_ORIGINAL = {
    "0": "SELECT name FROM item WHERE price >= 2",
    "1": "SELECT count(id) FROM item",
}
RIGHT_EVERYWHERE = {"0": "SELECT name FROM item WHERE 1.5 < price", "1": "SELECT count(id) FROM item"}


def make(path: Path, rows: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA + rows)
    conn.close()
    return path


@pytest.fixture
def plain(tmp_path: Path):
    """A Spider-style set with one database per db_id, and a separate suite folder."""
    make(tmp_path / "database" / "shop" / "shop.sqlite", ORIGINAL)
    suite = tmp_path / "suite"
    make(suite / "shop" / "shop.sqlite", ORIGINAL)
    for name, rows in VARIANTS.items():
        make(suite / "shop" / name, rows)
    questions = tmp_path / "dev.json"
    questions.write_text(json.dumps(QUESTIONS))
    return load_file(questions, db_dir=tmp_path / "database"), suite


def test_one_database_by_default(plain):
    dataset, _suite = plain
    report = evaluate(dataset, RIGHT_ONLY_ON_THE_ORIGINAL, workers=0, details=True)
    assert report.correct == 2 and report.databases_per_question == {1: 2}
    assert {q.databases for q in report.questions} == {1}


def test_a_test_suite_folder_needs_a_match_on_every_database(plain):
    dataset, suite = plain
    report = evaluate(dataset, RIGHT_ONLY_ON_THE_ORIGINAL, workers=0, details=True, test_suite=suite)
    by_id = {q.id: q for q in report.questions}
    assert report.databases_per_question == {3: 2}
    assert by_id["0"].status == "wrong" and by_id["0"].databases == 3
    assert by_id["1"].status == "correct"
    assert not by_id["0"].bird_ex  # BIRD's EX is held to every database too
    report = evaluate(dataset, RIGHT_EVERYWHERE, workers=0, test_suite=suite)
    assert report.correct == 2


def test_suite_files_beside_the_database_are_used_without_options(plain, tmp_path):
    dataset, _suite = plain
    for name, rows in VARIANTS.items():
        make(tmp_path / "database" / "shop" / name, rows)
    report = evaluate(dataset, RIGHT_ONLY_ON_THE_ORIGINAL, workers=0)
    assert report.correct == 1 and report.databases_per_question == {3: 2}


def test_a_prediction_failing_on_one_database_names_it(plain):
    dataset, suite = plain
    conn = sqlite3.connect(suite / "shop" / "shop_2.sqlite")
    conn.executescript("DROP TABLE item; CREATE TABLE item (id INTEGER, title TEXT, price REAL);")
    conn.close()
    predictions = {"0": "SELECT id FROM item WHERE price > 1.5", "1": ""}
    report = evaluate(dataset, predictions, workers=0, details=True, test_suite=suite)
    gold_failure = report.questions[0]
    assert gold_failure.status == "gold_error" and "on shop_2.sqlite: " in gold_failure.gold_message
    assert report.questions[1].error == "empty"


def test_gold_results_are_cached_per_database(plain, tmp_path):
    from slmsql.evaluation.gold_cache import GoldCache

    dataset, suite = plain
    with GoldCache(tmp_path / "cache") as cache:
        first = evaluate(dataset, RIGHT_EVERYWHERE, workers=0, cache=cache, test_suite=suite)
        ran = []
        second = evaluate(
            dataset,
            RIGHT_EVERYWHERE,
            workers=0,
            cache=cache,
            test_suite=suite,
            progress=lambda _, n: ran.append(n),
        )
    assert first.correct == second.correct == 2
    assert set(ran) == {6}  # only the 2 predictions x 3 databases run again


def test_suite_finder_order_and_fallbacks(tmp_path):
    from slmsql.evaluation.datasets import Example

    folder = tmp_path / "db" / "shop"
    own = make(folder / "shop.sqlite", ORIGINAL)
    make(folder / "a_variant.sqlite", ORIGINAL)
    (folder / "shop.sqlite-journal").write_bytes(b"")
    example = Example("0", "shop", "?", "", "SELECT 1", None, own)
    assert [p.name for p in SuiteFinder().databases(example)] == ["shop.sqlite", "a_variant.sqlite"]
    # A suite folder without this db_id: the question's own database only.
    assert SuiteFinder(tmp_path / "elsewhere").databases(example) == (own,)
    # A flat layout (<db_dir>/<db_id>.sqlite) never takes its neighbours.
    flat = make(tmp_path / "flat" / "shop.sqlite", ORIGINAL)
    make(tmp_path / "flat" / "other.sqlite", ORIGINAL)
    assert SuiteFinder().databases(Example("0", "shop", "?", "", "SELECT 1", None, flat)) == (flat,)
    assert SuiteFinder().databases(Example("0", "shop", "?", "", "SELECT 1", None, None)) == ()
