"""One question's verdict: which queries it needs run, and what their results say.

A question is planned first (:func:`plan_question`: its databases, and the texts of its gold and
predicted SQL as written and as Spider's execution match runs them), the queries are run by whoever
holds the workers, and :func:`judge` reads the results. BIRD's EX compares the queries as written,
Spider's the rewritten ones; with several databases (a test suite) a metric holds only when it holds
on every database.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from slmsql.db.execute import QueryResult
from slmsql.evaluation.datasets import Example
from slmsql.evaluation.metrics import OFFICIAL, SpiderSemantics, bird_ex, order_matters, spider_ex
from slmsql.evaluation.report import QuestionOutcome
from slmsql.evaluation.spider_text import spider_sql

Query = tuple[str, str]  # (database path, SQL): the unit that runs, and the key of its result


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

    def gold_queries(self) -> Iterator[Query]:
        return self._queries(self.gold)

    def pred_queries(self) -> Iterator[Query]:
        return self._queries(self.pred)

    def _queries(self, texts: QueryTexts | None) -> Iterator[Query]:
        if texts is None:
            return
        for db in self.databases:
            yield str(db), texts.as_written
            if texts.spider != texts.as_written:
                yield str(db), texts.spider


def plan_question(
    example: Example, sql: str, databases: tuple[Path, ...], semantics: SpiderSemantics = OFFICIAL
) -> QuestionPlan:
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

    def runs(texts: QueryTexts | None, which: str) -> list[QueryResult] | None:
        if texts is None:
            return None
        return [results[(str(db), getattr(texts, which))] for db in plan.databases]

    pred, gold = runs(plan.pred, field), runs(plan.gold, field)
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
    bird = _on_every_database(runs(plan.pred, "as_written"), runs(plan.gold, "as_written"), bird_ex)
    spider = _on_every_database(
        runs(plan.pred, "spider"),
        runs(plan.gold, "spider"),
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
