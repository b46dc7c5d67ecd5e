"""Evaluation: benchmark datasets, predictions files, execution-accuracy metrics and reports."""

from slmsql.evaluation.datasets import NAMED_SETS, Dataset, Example, load_dataset, load_file
from slmsql.evaluation.evaluator import EVAL_MAX_ROWS, evaluate, judge_one
from slmsql.evaluation.gold_cache import GoldCache
from slmsql.evaluation.metrics import (
    OFFICIAL,
    STRICT,
    SpiderSemantics,
    bird_ex,
    has_top_level_order_by,
    spider_ex,
)
from slmsql.evaluation.predictions import read_predictions
from slmsql.evaluation.report import EvaluationReport, QuestionOutcome, Score, render_report

__all__ = [
    "EVAL_MAX_ROWS",
    "NAMED_SETS",
    "OFFICIAL",
    "STRICT",
    "Dataset",
    "EvaluationReport",
    "Example",
    "GoldCache",
    "QuestionOutcome",
    "Score",
    "SpiderSemantics",
    "bird_ex",
    "evaluate",
    "has_top_level_order_by",
    "judge_one",
    "load_dataset",
    "load_file",
    "read_predictions",
    "render_report",
    "spider_ex",
]
