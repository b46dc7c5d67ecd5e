"""Self-check on the real benchmark data: the gold SQL scores exactly 1.0, wrong SQL scores wrong."""

from __future__ import annotations

import pytest

from slmsql.errors import InputError
from slmsql.evaluation.datasets import load_dataset
from slmsql.evaluation.evaluator import evaluate
from slmsql.evaluation.metrics import OFFICIAL, STRICT
from slmsql.evaluation.predictions import read_predictions

pytestmark = pytest.mark.data


def gold_of(dataset):
    return {e.id: e.gold_sql for e in dataset.examples}


@pytest.mark.parametrize("semantics", [OFFICIAL, STRICT], ids=["official", "strict"])
def test_spider_dev_gold_scores_one(data_dir, semantics):
    dataset = load_dataset("spider-dev", data_dir=data_dir)
    # The official gold file (SQL TAB db_id) read as a predictions file.
    predictions = read_predictions(data_dir / "spider" / "dev_gold.sql", dataset)
    assert predictions == {e.id: e.gold_sql.strip() for e in dataset.examples}
    report = evaluate(dataset, predictions, spider=semantics)
    assert report.spider_semantics == semantics
    assert (report.total, report.evaluated, report.skipped) == (1034, 972, 62)
    assert report.correct == 972 and report.accuracy == 1.0
    assert report.bird_ex.accuracy == 1.0 and report.spider_ex.accuracy == 1.0
    assert report.errors == 0 and report.gold_errors == () and report.truncated == 0


@pytest.mark.parametrize("semantics", [OFFICIAL, STRICT], ids=["official", "strict"])
def test_bird_minidev_gold_scores_one(data_dir, semantics):
    dataset = load_dataset("bird-minidev", data_dir=data_dir)
    report = evaluate(dataset, gold_of(dataset), spider=semantics)
    assert (report.total, report.evaluated, report.skipped) == (500, 140, 360)
    assert report.correct == 140 and report.accuracy == 1.0
    assert report.spider_ex.accuracy == 1.0  # Spider's reading of the same answers
    assert sum(s.total for s in report.by_difficulty.values()) == 140
    assert set(report.by_difficulty) == {"simple", "moderate", "challenging"}
    assert set(report.by_db) == {"superhero", "toxicology", "student_club"}


def test_wrong_predictions_score_wrong(data_dir):
    dataset = load_dataset("bird-minidev", data_dir=data_dir)
    examples = dataset.examples
    shifted = {examples[i].id: examples[i - 1].gold_sql for i in range(len(examples))}
    report = evaluate(dataset, shifted, details=True)
    assert report.evaluated == 140 and report.accuracy < 0.2
    broken = {**gold_of(dataset), dataset.runnable[0].id: "SELEC name FROM superhero"}
    report = evaluate(dataset, broken)
    assert report.correct == 139 and report.errors_by_class == {"syntax": 1}


def test_spider_dev_shifted_by_one_line_scores_lower(data_dir):
    dataset = load_dataset("spider-dev", data_dir=data_dir)
    examples = dataset.examples
    shifted = {examples[i].id: examples[i - 1].gold_sql for i in range(len(examples))}
    report = evaluate(dataset, shifted)
    # Spider asks most questions twice in a row with the same SQL, so about half stay right.
    assert report.evaluated == 972 and report.accuracy < 0.6


def test_bird_dev_is_absent_with_a_clear_error(data_dir):
    if (data_dir / "bird" / "dev.json").exists():
        pytest.skip("BIRD dev is present in this data folder")
    with pytest.raises(InputError, match=r"bird-dev: .*bird/dev\.json not found"):
        load_dataset("bird-dev", data_dir=data_dir)
