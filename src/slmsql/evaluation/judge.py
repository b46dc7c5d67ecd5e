"""One question's verdict: which queries it needs run, and what their results say.

A question is planned first (:func:`plan_question`: its databases, and the texts of its gold and
predicted SQL as written and as Spider's execution match runs them), the queries are run by whoever
holds the workers, and :func:`judge` reads the results. BIRD's EX compares the queries as written,
Spider's the rewritten ones; with several databases (a test suite) a metric holds only when it holds
on every database. A prediction may run on another engine than its gold (``pred_on``, a database
URL): it then runs there once, against the gold on the question's one database, floats rounded.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from slmsql.db.execute import QueryResult
from slmsql.evaluation.datasets import Example
from slmsql.evaluation.metrics import (
    OFFICIAL,
    SpiderSemantics,
    bird_ex,
    order_matters,
    rounded_floats,
    spider_ex,
)
from slmsql.evaluation.report import QuestionOutcome
from slmsql.evaluation.spider_text import spider_sql

Query = tuple[str, str]  # (database path or URL, SQL): the unit that runs, and the key of its result


@dataclass(frozen=True)
class QueryTexts:
    as_written: str  # what BIRD's EX runs
    spider: str  # what Spider's execution match runs


@dataclass(frozen=True)
class QuestionPlan:
    example: Example
    databases: tuple[Path, ...]  # empty: the question is skipped
    gold: QueryTexts | None  # None: the dataset has no gold SQL
    pred: QueryTexts | None  # None: nothing was predicted
    ordered: bool  # Spider compares row order
    pred_on: str | None = None  # a database URL the prediction runs on instead of ``databases``

    def gold_queries(self) -> Iterator[Query]:
        return _queries(self.gold, self.gold_databases)

    def pred_queries(self) -> Iterator[Query]:
        return _queries(self.pred, self.pred_databases)

    @property
    def gold_databases(self) -> tuple[str, ...]:
        return tuple(str(db) for db in self.databases)

    @property
    def pred_databases(self) -> tuple[str, ...]:
        """Where the prediction runs: on ``pred_on`` (once, when the question has a database) or on
        the gold's databases."""
        if self.pred_on is not None:
            return (self.pred_on,) if self.databases else ()
        return self.gold_databases


def _queries(texts: QueryTexts | None, databases: tuple[str, ...]) -> Iterator[Query]:
    if texts is None:
        return
    for db in databases:
        yield db, texts.as_written
        if texts.spider != texts.as_written:
            yield db, texts.spider


def plan_question(
    example: Example,
    sql: str,
    databases: tuple[Path, ...],
    semantics: SpiderSemantics = OFFICIAL,
    pred_on: str | None = None,
) -> QuestionPlan:
    """``pred_on``: a database URL to run the prediction on (the gold then runs on ``databases``,
    which must be the question's one database)."""
    if pred_on is not None and len(databases) > 1:
        raise ValueError("a prediction on another engine is compared on one database only")

    def texts(text: str | None) -> QueryTexts | None:
        if not text or not text.strip():
            return None
        return QueryTexts(text, spider_sql(text, semantics))

    gold = texts(example.gold_sql)
    return QuestionPlan(
        example=example,
        databases=databases,
        gold=gold,
        pred=texts(sql),
        ordered=order_matters(gold.spider, semantics) if gold else False,
        pred_on=pred_on,
    )


def judge(
    plan: QuestionPlan,
    results: Mapping[Query, QueryResult],
    metric: str,
    semantics: SpiderSemantics = OFFICIAL,
) -> QuestionOutcome:
    """The outcome of a planned question, from the results of its queries. The dataset's own
    ``metric`` decides which texts' results give the error class, row counts and seconds."""
    example = plan.example
    common = dict(
        id=example.id, db_id=example.db_id, difficulty=example.difficulty, databases=len(plan.databases)
    )
    if not plan.databases:
        return QuestionOutcome(**common, status="skipped")
    field = "spider" if metric == "spider_ex" else "as_written"
    # Two engines need not give the same digits for one value: their floats are compared rounded.
    seen = rounded_floats if plan.pred_on is not None else _as_is

    def runs(texts: QueryTexts | None, which: str, databases: tuple[str, ...]) -> list[QueryResult] | None:
        if texts is None:
            return None
        return [seen(results[(db, getattr(texts, which))]) for db in databases]

    def pred_runs(which: str) -> list[QueryResult] | None:
        return runs(plan.pred, which, plan.pred_databases)

    def gold_runs(which: str) -> list[QueryResult] | None:
        return runs(plan.gold, which, plan.gold_databases)

    pred, gold = pred_runs(field), gold_runs(field)
    pred_fields = _prediction_fields(pred, plan.databases)
    if gold is None:
        return QuestionOutcome(
            **common,
            status="gold_error",
            gold_error="no_gold",
            gold_message="the dataset has no gold SQL",
            **pred_fields,
        )
    gold_failure = _first_failure(gold, plan.databases)
    if gold_failure is not None:
        result, where = gold_failure
        return QuestionOutcome(
            **common,
            status="gold_error",
            gold_error=result.error.value,
            gold_message=where + result.message,
            **pred_fields,
        )
    if pred is None or "error" in pred_fields:
        return QuestionOutcome(**common, status="error", gold_rows=len(gold[0].rows), **pred_fields)
    bird = _on_every_database(pred_runs("as_written"), gold_runs("as_written"), bird_ex)
    spider = _on_every_database(
        pred_runs("spider"),
        gold_runs("spider"),
        lambda p, g: spider_ex(p, g, ordered=plan.ordered, semantics=semantics),
    )
    right = spider if metric == "spider_ex" else bird
    return QuestionOutcome(
        **common,
        status="correct" if right else "wrong",
        bird_ex=bird,
        spider_ex=spider,
        ordered=plan.ordered,
        truncated=any(r.truncated for r in (*pred, *gold)),
        gold_rows=len(gold[0].rows),
        **pred_fields,
    )


def _as_is(result: QueryResult) -> QueryResult:
    return result


def _prediction_fields(pred: list[QueryResult] | None, databases: tuple[Path, ...]) -> dict:
    if pred is None:
        return dict(error="empty", message="no SQL predicted")
    seconds = sum(r.elapsed_s for r in pred)
    failure = _first_failure(pred, databases)
    if failure is not None:
        result, where = failure
        return dict(error=result.error.value, message=where + result.message, pred_seconds=seconds)
    return dict(pred_rows=len(pred[0].rows), pred_seconds=seconds)


def _first_failure(runs: list[QueryResult], databases: tuple[Path, ...]) -> tuple[QueryResult, str] | None:
    """The first failed run, with the database it failed on when there are several."""
    for result, db in zip(runs, databases, strict=True):
        if not result.ok:
            return result, (f"on {db.name}: " if len(databases) > 1 else "")
    return None


def _on_every_database(pred, gold, matches) -> bool:
    return all(matches(p, g) for p, g in zip(pred, gold, strict=True))


__all__ = ["Query", "QueryTexts", "QuestionPlan", "judge", "plan_question"]
