from __future__ import annotations

import json

import pytest

from slmsql.evaluation.datasets import load_file
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.gold_cache import GoldCache
from slmsql.evaluation.metrics import OFFICIAL, STRICT

NEVER_ENDS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


@pytest.fixture
def spider(spider_files):
    questions, db_dir = spider_files
    return load_file(questions, db_dir=db_dir)


@pytest.fixture
def bird(bird_files):
    questions, db_dir = bird_files
    return load_file(questions, db_dir=db_dir)


def gold_of(dataset):
    return {e.id: e.gold_sql for e in dataset.examples}


@pytest.mark.parametrize("workers", [0, 2])
def test_gold_predictions_are_all_correct(spider, workers):
    report = evaluate(spider, gold_of(spider), workers=workers)
    assert (report.total, report.evaluated, report.skipped, report.correct) == (4, 3, 1, 3)
    assert report.accuracy == 1.0 and report.metric == "spider_ex"
    assert report.errors == 0 and report.gold_errors == ()


def test_wrong_error_and_empty_predictions(spider):
    predictions = {
        "0": "SELECT count(*) FROM item WHERE kind = 'veg'",  # runs, wrong
        "1": "SELECT nme FROM item",  # no such column
        "2": "",  # empty
    }
    report = evaluate(spider, predictions, workers=0, details=True)
    assert report.correct == 0 and report.evaluated == 3
    assert report.errors == 2
    assert report.errors_by_class == {"no_such_column": 1, "empty": 1}
    statuses = {q.id: q.status for q in report.questions}
    assert statuses == {"0": "wrong", "1": "error", "2": "error", "3": "skipped"}


def test_order_sensitivity_follows_the_gold_sql(spider):
    # Question 1's gold is ordered by price; question 2's is not.
    predictions = {
        **gold_of(spider),
        "1": "SELECT name FROM item ORDER BY price DESC, id",
        "2": "SELECT kind FROM item ORDER BY kind DESC",
    }
    report = evaluate(spider, predictions, workers=0, details=True)
    by_id = {q.id: q for q in report.questions}
    assert by_id["1"].ordered and not by_id["1"].spider_ex and by_id["1"].bird_ex
    assert not by_id["2"].ordered and by_id["2"].spider_ex
    assert report.spider_ex.correct == 2 and report.bird_ex.correct == 3
    assert report.correct == 2  # the dataset's own metric


def test_set_versus_bag_on_duplicate_rows(spider):
    # Gold for question 2 returns kinds with duplicates (fruit x3, veg); DISTINCT drops them, unless
    # it is removed before running (the official Spider reading).
    predictions = {**gold_of(spider), "2": "SELECT DISTINCT kind FROM item"}
    strict = evaluate(spider, predictions, workers=0, details=True, spider=STRICT)
    outcome = next(q for q in strict.questions if q.id == "2")
    assert outcome.bird_ex and not outcome.spider_ex
    official = evaluate(spider, predictions, workers=0, details=True)
    outcome = next(q for q in official.questions if q.id == "2")
    assert outcome.bird_ex and outcome.spider_ex
    assert official.spider_semantics == OFFICIAL and strict.spider_semantics == STRICT


def test_bird_reports_by_difficulty_and_database(bird):
    predictions = {**gold_of(bird), "11": "SELECT name FROM item WHERE kind = 'veg'"}
    report = evaluate(bird, predictions, workers=0)
    assert report.metric == "bird_ex" and report.skipped == 1
    assert {k: (v.total, v.correct) for k, v in report.by_difficulty.items()} == {
        "simple": (1, 1),
        "moderate": (1, 0),
        "challenging": (1, 1),
    }
    assert list(report.by_difficulty) == ["simple", "moderate", "challenging"]
    assert {k: (v.total, v.correct) for k, v in report.by_db.items()} == {"shop": (3, 2)}


def test_timeouts_are_counted_and_stop_in_time(spider):
    report = evaluate(spider, {**gold_of(spider), "0": NEVER_ENDS}, workers=1, timeout_s=0.3)
    assert report.timeouts == 1 and report.errors_by_class == {"timeout": 1}
    assert report.correct == 2
    assert report.seconds < 10


def test_a_corrupt_database_fails_its_questions_only(tmp_path, make_db, write_json):
    db_dir = tmp_path / "db"
    make_db(db_dir, "shop")
    (db_dir / "junk").mkdir()
    (db_dir / "junk" / "junk.sqlite").write_bytes(b"not a database" * 50)
    (db_dir / "torn").mkdir()
    (db_dir / "torn" / "torn.sqlite").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    records = [
        {"db_id": "junk", "question": "q", "query": "SELECT 1"},
        {"db_id": "torn", "question": "q", "query": "SELECT 1"},
        {"db_id": "shop", "question": "q", "query": "SELECT count(*) FROM item"},
    ]
    dataset = load_file(write_json(tmp_path / "q.json", records), db_dir=db_dir)
    report = evaluate(dataset, gold_of(dataset), workers=2)
    assert report.evaluated == 3 and report.correct == 1
    assert report.errors_by_class == {"database": 2}
    assert [(g.id, g.error) for g in report.gold_errors] == [("0", "database"), ("1", "database")]


def test_failing_gold_sql_is_wrong_and_listed(tmp_path, make_db, write_json):
    make_db(tmp_path / "db", "shop")
    records = [{"db_id": "shop", "question": "q", "query": "SELECT colx FROM nowhere"}]
    dataset = load_file(write_json(tmp_path / "q.json", records), db_dir=tmp_path / "db")
    report = evaluate(dataset, {"0": "SELECT 1"}, workers=0, details=True)
    assert report.evaluated == 1 and report.correct == 0 and report.errors == 0
    assert report.gold_errors[0].error == "no_such_table"
    assert report.questions[0].status == "gold_error"


def test_truncated_results_are_flagged(spider):
    report = evaluate(spider, gold_of(spider), workers=0, max_rows=2)
    assert report.truncated == 2  # questions 1 and 2 return 4 rows each


def test_gold_results_are_cached_on_disk(spider, tmp_path):
    with GoldCache(tmp_path / "gold") as cache:
        evaluate(spider, gold_of(spider), workers=0, cache=cache)
        stored = cache._conn.execute("SELECT count(*) FROM gold").fetchone()[0]
        assert stored == 3
        # A second run needs no gold query: with an empty prediction set, nothing runs at all.
        calls = []
        report = evaluate(spider, {}, workers=0, cache=cache, progress=lambda done, total: calls.append(done))
    assert calls == [] and report.errors_by_class == {"empty": 3} and report.gold_errors == ()


def test_default_cache_lives_under_slmsql_home(spider, tmp_path, monkeypatch):
    monkeypatch.setenv("SLMSQL_HOME", str(tmp_path / "myhome"))
    evaluate(spider, gold_of(spider), workers=0)
    assert (tmp_path / "myhome" / "gold" / "gold_results.sqlite3").is_file()


def test_progress_counts_every_query(spider):
    seen = []
    predictions = {key: sql + " LIMIT 10" for key, sql in gold_of(spider).items()}
    evaluate(spider, predictions, workers=0, use_cache=False, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 6) for i in range(1, 7)]  # 3 gold + 3 predictions


def test_a_query_runs_once_however_often_it_appears(spider):
    seen = []
    evaluate(spider, gold_of(spider), workers=0, use_cache=False, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(i, 3) for i in range(1, 4)]  # each prediction is its gold SQL: 3 distinct queries


def test_report_json_keys_and_details(bird):
    data = evaluate(bird, gold_of(bird), workers=0, details=True).to_json()
    for key in (
        "dataset", "metric", "total", "evaluated", "skipped", "correct", "accuracy", "errors",
        "errors_by_class", "timeouts", "by_difficulty", "by_db", "seconds", "bird_ex", "spider_ex",
        "gold_errors", "questions", "spider_semantics", "databases_per_question",
    ):  # fmt: skip
        assert key in data
    assert data["accuracy"] == 1.0 and data["bird_ex"] == {"total": 3, "correct": 3, "accuracy": 1.0}
    assert len(data["questions"]) == 4
    json.dumps(data)  # plain values only
    assert "questions" not in evaluate(bird, gold_of(bird), workers=0).to_json()
