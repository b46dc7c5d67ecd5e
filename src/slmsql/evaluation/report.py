"""The result of an evaluation: per-question outcomes, the summary built from them, its JSON form
and the table shown to people."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Group
from rich.table import Table

from slmsql.evaluation.engine_urls import DatabaseURLTemplate
from slmsql.evaluation.metrics import FLOAT_PLACES, OFFICIAL, SpiderSemantics

DIFFICULTY_ORDER = ("simple", "moderate", "challenging")


@dataclass(frozen=True)
class QuestionOutcome:
    """How one question fared. ``status``: correct, wrong, error (the prediction failed to run,
    ``error`` says why), gold_error (the gold SQL failed: wrong, and listed apart) or skipped."""

    id: str
    db_id: str
    difficulty: str | None
    status: str
    bird_ex: bool = False
    spider_ex: bool = False
    error: str | None = None  # why the prediction did not run
    message: str = ""
    gold_error: str | None = None  # why the gold SQL did not run
    gold_message: str = ""
    ordered: bool = False  # Spider compared row order (the gold SQL has ORDER BY, per the semantics)
    truncated: bool = False  # a result hit the row cap: the comparison saw only the first rows
    pred_rows: int = 0
    gold_rows: int = 0
    pred_seconds: float = 0.0  # the prediction's execution time, summed over its databases
    databases: int = 1  # how many databases it ran on (a test suite has several; skipped: 0)

    @property
    def evaluated(self) -> bool:
        return self.status != "skipped"

    def correct(self, metric: str) -> bool:
        return self.bird_ex if metric == "bird_ex" else self.spider_ex

    def details_row(self, metric: str) -> dict[str, Any]:
        """One line of ``--details``: the outcome, with ``correct`` per the dataset's metric (None
        for a skipped question)."""
        return {"correct": self.correct(metric) if self.evaluated else None, **vars(self)}


@dataclass(frozen=True)
class Score:
    total: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "correct": self.correct, "accuracy": round(self.accuracy, 6)}


@dataclass(frozen=True)
class GoldError:
    id: str
    db_id: str
    error: str
    message: str


@dataclass(frozen=True)
class EvaluationReport:
    dataset: str
    format: str
    metric: str  # the dataset's own metric: bird_ex or spider_ex
    total: int
    evaluated: int
    skipped: int
    correct: int
    bird_ex: Score
    spider_ex: Score
    errors: int  # predictions that did not run (timeouts included)
    errors_by_class: Mapping[str, int]
    timeouts: int
    truncated: int
    gold_errors: tuple[GoldError, ...]
    by_difficulty: Mapping[str, Score]
    by_db: Mapping[str, Score]
    seconds: float
    spider_semantics: SpiderSemantics = OFFICIAL
    databases_per_question: Mapping[int, int] | None = None  # {databases: questions}, evaluated ones
    questions: tuple[QuestionOutcome, ...] | None = None  # with --details
    # With --db-url: the engine and the URL template (password masked) the predictions ran on.
    predictions_on: Mapping[str, str] | None = None

    @property
    def accuracy(self) -> float:
        return self.correct / self.evaluated if self.evaluated else 0.0

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "dataset": self.dataset,
            "format": self.format,
            "metric": self.metric,
            "total": self.total,
            "evaluated": self.evaluated,
            "skipped": self.skipped,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 6),
            "errors": self.errors,
            "errors_by_class": dict(self.errors_by_class),
            "timeouts": self.timeouts,
            "truncated": self.truncated,
            "gold_errors": [vars(g) for g in self.gold_errors],
            "by_difficulty": {k: v.to_json() for k, v in self.by_difficulty.items()},
            "by_db": {k: v.to_json() for k, v in self.by_db.items()},
            "seconds": round(self.seconds, 3),
            "bird_ex": self.bird_ex.to_json(),
            "spider_ex": self.spider_ex.to_json(),
            "spider_semantics": self.spider_semantics.to_json(),
            "databases_per_question": {str(k): v for k, v in (self.databases_per_question or {}).items()},
        }
        if self.predictions_on is not None:
            data["predictions_on"] = dict(self.predictions_on)
        if self.questions is not None:
            data["questions"] = [vars(q) for q in self.questions]
        return data


def build_report(
    *,
    dataset: str,
    format: str,
    metric: str,
    outcomes: Iterable[QuestionOutcome],
    seconds: float,
    details: bool = False,
    spider_semantics: SpiderSemantics = OFFICIAL,
    predictions_on: DatabaseURLTemplate | None = None,
) -> EvaluationReport:
    """Summarise ``outcomes`` (one per question, skipped ones included). ``predictions_on``: the
    engine the predictions ran on (``--db-url``)."""
    outcomes = tuple(outcomes)
    scored = [o for o in outcomes if o.evaluated]

    def correct(o: QuestionOutcome) -> bool:
        return o.correct(metric)

    def group(key) -> dict[str, Score]:
        totals: Counter[str] = Counter()
        rights: Counter[str] = Counter()
        for o in scored:
            name = key(o)
            if name is not None:
                totals[name] += 1
                rights[name] += correct(o)
        return {name: Score(totals[name], rights[name]) for name in totals}

    difficulties = group(lambda o: o.difficulty)
    ordered = {d: difficulties.pop(d) for d in DIFFICULTY_ORDER if d in difficulties}
    ordered.update(sorted(difficulties.items()))
    errors = Counter(o.error for o in scored if o.error is not None)
    return EvaluationReport(
        dataset=dataset,
        format=format,
        metric=metric,
        total=len(outcomes),
        evaluated=len(scored),
        skipped=len(outcomes) - len(scored),
        correct=sum(correct(o) for o in scored),
        bird_ex=Score(len(scored), sum(o.bird_ex for o in scored)),
        spider_ex=Score(len(scored), sum(o.spider_ex for o in scored)),
        errors=sum(errors.values()),
        errors_by_class=dict(errors.most_common()),
        timeouts=errors.get("timeout", 0),
        truncated=sum(o.truncated for o in scored),
        gold_errors=tuple(
            GoldError(o.id, o.db_id, o.gold_error or "", o.gold_message) for o in scored if o.gold_error
        ),
        by_difficulty=ordered,
        by_db=dict(sorted(group(lambda o: o.db_id).items())),
        seconds=seconds,
        spider_semantics=spider_semantics,
        databases_per_question=dict(sorted(Counter(o.databases for o in scored).items())),
        questions=outcomes if details else None,
        predictions_on=predictions_on.to_json() if predictions_on is not None else None,
    )


def write_details(report: EvaluationReport, path: Path) -> None:
    """``--details``: one JSON line per question (skipped ones included), in dataset order."""
    if report.questions is None:
        raise ValueError("the report was built without details")
    lines = (json.dumps(q.details_row(report.metric), ensure_ascii=False) for q in report.questions)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _score_table(title: str, label: str, scores: Mapping[str, Score]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(label)
    for name in ("total", "correct", "accuracy"):
        table.add_column(name, justify="right")
    for key, score in scores.items():
        table.add_row(key, str(score.total), str(score.correct), f"{score.accuracy:.2%}")
    return table


def _databases_text(counts: Mapping[int, int] | None) -> str:
    if not counts:
        return "-"
    if len(counts) == 1:
        return str(next(iter(counts)))
    return "; ".join(f"{k}: {n} questions" for k, n in counts.items())


def _engine_rows(predictions_on: Mapping[str, str] | None) -> list[tuple[str, str]]:
    if predictions_on is None:
        return []
    places = f"floats compared to {FLOAT_PLACES} decimals"
    return [("predictions ran on", f"{predictions_on['db_url']} (gold on SQLite; {places})")]


def render_report(report: EvaluationReport) -> Group:
    """The report as rich tables, for people."""
    summary = Table(
        title=f"Evaluation of {report.dataset} ({report.metric})", title_justify="left", show_header=False
    )
    summary.add_column("what")
    summary.add_column("value", justify="right")
    rows = [
        ("accuracy", f"{report.accuracy:.2%}"),
        ("correct", f"{report.correct} of {report.evaluated} evaluated"),
        ("questions", str(report.total)),
        ("skipped (no database)", str(report.skipped)),
        ("BIRD EX", f"{report.bird_ex.accuracy:.2%} ({report.bird_ex.correct})"),
        ("Spider EX", f"{report.spider_ex.accuracy:.2%} ({report.spider_ex.correct})"),
        ("Spider semantics", report.spider_semantics.describe()),
        ("databases per question", _databases_text(report.databases_per_question)),
        *_engine_rows(report.predictions_on),
        ("prediction errors", str(report.errors)),
        ("timeouts", str(report.timeouts)),
        ("gold errors", str(len(report.gold_errors))),
        ("truncated results", str(report.truncated)),
        ("seconds", f"{report.seconds:.1f}"),
    ]
    for what, value in rows:
        summary.add_row(what, value)
    parts: list = [summary]
    if report.errors_by_class:
        errors = Table(title="Prediction errors by class", title_justify="left")
        errors.add_column("class")
        errors.add_column("count", justify="right")
        for name, count in report.errors_by_class.items():
            errors.add_row(name, str(count))
        parts.append(errors)
    if report.gold_errors:
        gold = Table(title="Gold SQL that failed (scored wrong: a data problem)", title_justify="left")
        for name in ("id", "db_id", "error", "message"):
            gold.add_column(name, overflow="fold")
        for g in report.gold_errors:
            gold.add_row(g.id, g.db_id, g.error, g.message)
        parts.append(gold)
    if report.by_difficulty:
        parts.append(_score_table("By difficulty", "difficulty", report.by_difficulty))
    if report.by_db:
        parts.append(_score_table("By database", "db_id", report.by_db))
    return Group(*parts)


__all__ = [
    "EvaluationReport",
    "GoldError",
    "QuestionOutcome",
    "Score",
    "build_report",
    "render_report",
    "write_details",
]
