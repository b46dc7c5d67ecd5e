"""Evaluation: benchmark datasets, predictions files, execution-accuracy metrics and reports."""

from slmsql.evaluation.datasets import NAMED_SETS, Dataset, Example, load_dataset, load_file
from slmsql.evaluation.evaluator import EVAL_MAX_ROWS, evaluate
from slmsql.evaluation.gold_cache import GoldCache
from slmsql.evaluation.metrics import bird_ex, has_top_level_order_by, spider_ex
from slmsql.evaluation.predictions import read_predictions
from slmsql.evaluation.report import EvaluationReport, QuestionOutcome, Score, render_report

__all__ = [
    "EVAL_MAX_ROWS",
    "NAMED_SETS",
    "Dataset",
    "EvaluationReport",
    "Example",
    "GoldCache",
    "QuestionOutcome",
    "Score",
    "bird_ex",
    "evaluate",
    "has_top_level_order_by",
    "load_dataset",
    "load_file",
    "read_predictions",
    "render_report",
    "spider_ex",
]
