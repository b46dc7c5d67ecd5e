"""Score predicted SQL against a dataset's gold SQL by execution.

Gold and predicted queries run together in one :class:`~slmsql.db.pool.QueryPool` (worker processes,
a real per-query timeout, a stuck worker killed). Gold results come from the disk cache when they
can and are stored there after a run. A failure of one question (its prediction, its gold SQL or
its database) is recorded in that question's outcome and never stops the evaluation.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from slmsql.db.execute import DEFAULT_TIMEOUT_S, QueryResult
from slmsql.db.pool import QueryJob, QueryPool
from slmsql.evaluation.datasets import Dataset, Example
from slmsql.evaluation.gold_cache import GoldCache, gold_key
from slmsql.evaluation.metrics import DATASET_METRIC, bird_ex, has_top_level_order_by, spider_ex
from slmsql.evaluation.report import EvaluationReport, QuestionOutcome, build_report

# Large enough that a gold result is almost never cut; a cut comparison is flagged as truncated.
EVAL_MAX_ROWS = 100_000

Progress = Callable[[int, int], None]  # (queries done, queries in all)


@dataclass(frozen=True)
class _Pending:
    """Where a query's result goes: the gold result under ``key``, or the prediction of ``example``."""

    gold_key: str | None = None
    example_id: str | None = None


def evaluate(
    dataset: Dataset,
    predictions: Mapping[str, str],
    *,
    workers: int | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_rows: int = EVAL_MAX_ROWS,
    details: bool = False,
    cache: GoldCache | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
) -> EvaluationReport:
    """Evaluate ``predictions`` (SQL keyed by example id; a missing one counts as empty) on every
    question of ``dataset``. ``cache`` defaults to the gold cache under ``$SLMSQL_HOME``."""
    started = time.monotonic()
    runnable = dataset.runnable
    own_cache = cache is None and use_cache
    if own_cache:
        cache = GoldCache()
    try:
        gold_keys = {e.id: _gold_key(e, timeout_s, max_rows) for e in runnable}
        gold_results: dict[str, QueryResult] = (
            cache.get_many(k for k in gold_keys.values() if k) if cache else {}
        )

        jobs: list[QueryJob] = []
        pending: list[_Pending] = []
        queued_gold: set[str] = set()
        for example in runnable:
            key = gold_keys[example.id]
            if example.gold_sql and key not in gold_results and (key is None or key not in queued_gold):
                jobs.append(QueryJob(str(example.db_path), example.gold_sql))
                pending.append(_Pending(gold_key=key or f"uncached:{example.id}"))
                if key:
                    queued_gold.add(key)
            if predictions.get(example.id, "").strip():
                jobs.append(QueryJob(str(example.db_path), predictions[example.id]))
                pending.append(_Pending(example_id=example.id))

        results = _run(jobs, workers=workers, timeout_s=timeout_s, max_rows=max_rows, progress=progress)
        pred_results: dict[str, QueryResult] = {}
        fresh_gold: list[tuple[str, QueryResult]] = []
        for where, result in zip(pending, results, strict=True):
            if where.example_id is not None:
                pred_results[where.example_id] = result
            else:
                gold_results[where.gold_key] = result
                if not where.gold_key.startswith("uncached:"):
                    fresh_gold.append((where.gold_key, result))
        if cache and fresh_gold:
            cache.put_many(fresh_gold)
    finally:
        if own_cache and cache:
            cache.close()

    metric = DATASET_METRIC[dataset.format]
    outcomes = []
    for example in dataset.examples:
        if example.db_path is None:
            outcomes.append(QuestionOutcome(example.id, example.db_id, example.difficulty, "skipped"))
            continue
        key = gold_keys[example.id] or f"uncached:{example.id}"
        outcomes.append(_outcome(example, pred_results.get(example.id), gold_results.get(key), metric))
    return build_report(
        dataset=dataset.name,
        format=dataset.format,
        metric=metric,
        outcomes=outcomes,
        seconds=time.monotonic() - started,
        details=details,
    )


def _gold_key(example: Example, timeout_s: float, max_rows: int) -> str | None:
    if not example.gold_sql or example.db_path is None:
        return None
    return gold_key(example.db_path, example.gold_sql, timeout_s, max_rows)


def _run(jobs, *, workers, timeout_s, max_rows, progress) -> list[QueryResult]:
    if not jobs:
        return []
    total = len(jobs)
    done = 0

    def on_result(_index: int, _result: QueryResult) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    with QueryPool(
        min(workers, total) if workers else workers, timeout_s=timeout_s, max_rows=max_rows
    ) as pool:
        return pool.run(jobs, on_result)


def _outcome(
    example: Example, pred: QueryResult | None, gold: QueryResult | None, metric: str
) -> QuestionOutcome:
    common = dict(id=example.id, db_id=example.db_id, difficulty=example.difficulty)
    if pred is None:
        pred_fields = dict(error="empty", message="no SQL predicted")
    elif not pred.ok:
        pred_fields = dict(error=pred.error.value, message=pred.message, pred_seconds=pred.elapsed_s)
    else:
        pred_fields = dict(pred_rows=len(pred.rows), pred_seconds=pred.elapsed_s)
    if gold is None:
        return QuestionOutcome(
            **common,
            status="gold_error",
            gold_error="no_gold",
            gold_message="the dataset has no gold SQL",
            **pred_fields,
        )
    if not gold.ok:
        return QuestionOutcome(
            **common,
            status="gold_error",
            gold_error=gold.error.value,
            gold_message=gold.message,
            **pred_fields,
        )
    if pred is None or not pred.ok:
        return QuestionOutcome(**common, status="error", gold_rows=len(gold.rows), **pred_fields)
    ordered = has_top_level_order_by(example.gold_sql or "")
    bird, spider = bird_ex(pred, gold), spider_ex(pred, gold, ordered=ordered)
    right = bird if metric == "bird_ex" else spider
    return QuestionOutcome(
        **common,
        status="correct" if right else "wrong",
        bird_ex=bird,
        spider_ex=spider,
        ordered=ordered,
        truncated=pred.truncated or gold.truncated,
        gold_rows=len(gold.rows),
        **pred_fields,
    )


__all__ = ["EVAL_MAX_ROWS", "evaluate"]
